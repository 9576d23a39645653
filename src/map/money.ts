/**
 * The investment layer's numbers: 人民币 rows only (units.csv's dimension money: 元/万元/亿元…,
 * converted to 万元 with toBase; 美元 is a currency of its own and never enters these totals),
 * garbled rows excluded, summed per park or per zone; and the bubble scale, whose *area* is
 * proportional to the amount (d3.scaleSqrt from 0).
 */
import { scaleSqrt } from 'd3';
import { isPlottable, type Investment } from '../data/model.ts';
import { isMoney, toBase } from '../lib/units.ts';
import { cached } from '../lib/memo.ts';

export interface MoneyTotal {
  /** Park id or zone id. */
  readonly key: string;
  /** Sum in 万元. */
  readonly wan: number;
  /** The rows summed, in file order. */
  readonly rows: readonly Investment[];
  readonly years: readonly number[];
  /** Some row is flagged (suspect, inferred or estimated): the total is shown with that warning. */
  readonly doubtful: boolean;
}

/** A row the money layer may use: a money unit, and not garbled. */
export function isMoneyRow(r: Investment): boolean {
  return isMoney(r.unitDef) && isPlottable(r);
}

/** Money in 万元 (the lower bound of a range). */
export const wanOf = (r: Investment): number => toBase(r.amount, r.unitDef).value;

/** Sums money rows by `key` (rows whose key is undefined are skipped), keys in first-seen order. */
export function moneyTotals(rows: readonly Investment[], key: (r: Investment) => string | undefined): MoneyTotal[] {
  const groups = new Map<string, Investment[]>();
  for (const r of rows) {
    if (!isMoneyRow(r)) continue;
    const k = key(r);
    if (k === undefined || k === '') continue;
    const list = groups.get(k);
    if (list) list.push(r);
    else groups.set(k, [r]);
  }
  return [...groups].map(([k, list]) => ({
    key: k,
    wan: Math.round(list.reduce((s, r) => s + wanOf(r), 0) * 1e4) / 1e4,
    rows: list,
    years: [...new Set(list.map((r) => r.year))].sort((a, b) => a - b),
    doubtful: list.some((r) => r.flag !== 'ok'),
  }));
}

const byParkCache = new WeakMap<readonly Investment[], MoneyTotal[]>();
/** Totals per park, cached per row list (each park page asks for all parks' totals). */
export const moneyByPark = (rows: readonly Investment[]): MoneyTotal[] => {
  let r = byParkCache.get(rows);
  if (!r) {
    r = moneyTotals(rows, (x) => x.park_id);
    byParkCache.set(rows, r);
  }
  return r;
};
/** Where each park's total sits in `moneyByPark(rows)`: a park map finds its own and its neighbours' totals by key. */
export const moneyByParkRank = (rows: readonly Investment[]): ReadonlyMap<string, number> =>
  cached(moneyByPark(rows), 'rank', () => new Map(moneyByPark(rows).map((m, i) => [m.key, i])));
export const moneyByZone = (rows: readonly Investment[]): MoneyTotal[] => moneyTotals(rows, (r) => r.zone_id || undefined);

/** Radius for an amount: area ∝ amount, `maxWan` gets `maxRadius`. */
export function bubbleRadius(maxWan: number, maxRadius: number): (wan: number) => number {
  const s = scaleSqrt().domain([0, Math.max(maxWan, 1e-9)]).range([0, maxRadius]);
  return (wan) => s(wan);
}
