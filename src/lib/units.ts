/**
 * The fixed list of units a row may use, and how each converts to the base unit of its
 * dimension. Rows keep the unit the source text used (亿元, 万平方米…) so the number stays
 * readable in its quote; charts compare values only after `toBase`.
 */
export const UNITS = {
  亿元: { dimension: 'money', base: '万元', factor: 10_000 },
  万元: { dimension: 'money', base: '万元', factor: 1 },
  元: { dimension: 'money', base: '万元', factor: 0.0001 },
  '%': { dimension: 'percent', base: '%', factor: 1 },
  亩: { dimension: 'land', base: '亩', factor: 1 },
  平方公里: { dimension: 'land', base: '亩', factor: 1500 },
  平方米: { dimension: 'floor', base: '平方米', factor: 1 },
  万平方米: { dimension: 'floor', base: '平方米', factor: 10_000 },
  个: { dimension: 'count', base: '个', factor: 1 },
  家: { dimension: 'enterprises', base: '家', factor: 1 },
  项: { dimension: 'count', base: '项', factor: 1 },
  座: { dimension: 'count', base: '座', factor: 1 },
  所: { dimension: 'count', base: '所', factor: 1 },
  栋: { dimension: 'count', base: '栋', factor: 1 },
  条: { dimension: 'count', base: '条', factor: 1 },
  次: { dimension: 'times', base: '次', factor: 1 },
  批次: { dimension: 'times', base: '批次', factor: 1 },
  名: { dimension: 'people', base: '名', factor: 1 },
  人次: { dimension: 'people', base: '人次', factor: 1 },
  位: { dimension: 'rank', base: '位', factor: 1 },
  吨: { dimension: 'mass', base: '吨', factor: 1 },
  '吨/小时': { dimension: 'flow', base: '吨/小时', factor: 1 },
  千伏: { dimension: 'voltage', base: '千伏', factor: 1 },
  万伏: { dimension: 'voltage', base: '千伏', factor: 10 },
} as const;

export type Unit = keyof typeof UNITS;
export type Dimension = (typeof UNITS)[Unit]['dimension'];

export const UNIT_NAMES = Object.keys(UNITS) as Unit[];

export function isUnit(s: string): s is Unit {
  return Object.hasOwn(UNITS, s);
}

/** Converts a value to the base unit of its dimension (亿元 → 万元, 万平方米 → 平方米). */
export function toBase(value: number, unit: Unit): { value: number; unit: Unit } {
  const u = UNITS[unit];
  // Round away binary noise such as 274.14 * 10000 = 2741399.9999999995.
  return { value: Math.round(value * u.factor * 1e6) / 1e6, unit: u.base };
}

/** Converts a base-unit value into `unit` (万元 → 亿元). */
export function fromBase(value: number, unit: Unit): number {
  return Math.round((value / UNITS[unit].factor) * 1e6) / 1e6;
}

export const dimensionOf = (unit: Unit): Dimension => UNITS[unit].dimension;

/** English names of units, for the English edition and axis labels. */
export const UNIT_EN: Record<Unit, string> = {
  亿元: '100m yuan',
  万元: '10k yuan',
  元: 'yuan',
  '%': '%',
  亩: 'mu',
  平方公里: 'km²',
  平方米: 'm²',
  万平方米: '10k m²',
  个: '',
  家: 'firms',
  项: 'items',
  座: '',
  所: '',
  栋: 'buildings',
  条: 'items',
  次: 'times',
  批次: 'trips',
  名: 'people',
  人次: 'person-times',
  位: 'rank',
  吨: 't',
  '吨/小时': 't/h',
  千伏: 'kV',
  万伏: '10 kV',
};
