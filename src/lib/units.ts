/**
 * Units as data: the rows of data/units.csv (read and validated by src/data) say, for every unit a
 * row may use, its dimension, the base unit of that dimension and the factor to it. Nothing here
 * lists units: the table is passed in, so an editor adds a unit without touching src/.
 *
 * Rows keep the unit the source text used (亿元, 亿美元, 万平方米…) so the number stays readable in
 * its quote; values are compared or summed only within one dimension, after `toBase`. Each currency
 * is its own dimension (`money` is 人民币, `money_usd` is 美元), so no code path ever adds, compares
 * or converts 美元 with 元.
 */

/** A unit as the site knows it: one row of data/units.csv. */
export interface UnitDef {
  /** The unit exactly as reports write it after a number (亿元, 亿美元, 户, 公里…). */
  readonly unit: string;
  /** What it measures; values of two units are comparable only when their dimensions are equal. */
  readonly dimension: string;
  /** The unit of this dimension every value is converted to before comparing or summing. */
  readonly base: string;
  /** How many `base` one of this unit is (亿元 → 10000 万元). */
  readonly factor: number;
  /** The unit in the English edition ('' when the English number needs no unit word). */
  readonly name_en: string;
}

/** The units by name, in the order data/units.csv lists them. */
export type UnitTable = ReadonlyMap<string, UnitDef>;

/** A unit name as a row writes it; valid when the dataset's unit table holds it. */
export type Unit = string;

/** The dimension whose totals the site shows: 人民币 in 万元 (the map's money layer, the investment explorer). */
export const MONEY = 'money';
/** 美元 in 万美元: its own currency, shown as written and never added to 元. */
export const MONEY_USD = 'money_usd';
export const PERCENT = 'percent';

export function unitTable(rows: readonly UnitDef[]): UnitTable {
  return new Map(rows.map((r) => [r.unit, r]));
}

/** Round away binary noise such as 274.14 * 10000 = 2741399.9999999995. */
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** Converts a value to the base unit of its dimension (亿元 → 万元, 万平方米 → 平方米). */
export function toBase(value: number, unit: UnitDef): { value: number; unit: string } {
  return { value: round6(value * unit.factor), unit: unit.base };
}

/** Converts a base-unit value into `unit` (万元 → 亿元). */
export function fromBase(value: number, unit: UnitDef): number {
  return round6(value / unit.factor);
}

/** True when two units measure the same thing (亿元 and 万元; never 亿元 and 亿美元). */
export const sameDimension = (a: UnitDef, b: UnitDef): boolean => a.dimension === b.dimension;

export const isMoney = (unit: UnitDef): boolean => unit.dimension === MONEY;

/**
 * The longest unit of the table that `text` starts with ("亿美元以上" → 亿美元, not 亿元's prefix),
 * or undefined. Used to read the unit a quote puts after its number.
 */
export function unitAtStart(text: string, table: UnitTable): UnitDef | undefined {
  let best: UnitDef | undefined;
  for (const def of table.values()) {
    if (text.startsWith(def.unit) && (!best || def.unit.length > best.unit.length)) best = def;
  }
  return best;
}
