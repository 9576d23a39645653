// derived/: read-only facts derived from the dataset, shared by pages, charts and cards.
/**
 * The promise tracker's logic: pairs each target with the actual reported for the same park,
 * indicator and year, and says whether the promise was met. Pure; no formatting.
 */
import type { Indicator } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import { sameDimension, toBase } from '../lib/units.ts';

export type PromiseStatus = 'met' | 'behind' | 'no_actual' | 'no_target' | 'unreadable';

export interface PromiseRow {
  key: string;
  parkId: string;
  indicator: string;
  year: number;
  target?: Indicator;
  actual?: Indicator;
  status: PromiseStatus;
  /** Actual ÷ target in a common unit, when both are readable and comparable. */
  progress?: number;
  /** The actual covers part of the year (1-11月) while the target is for the whole year. */
  partial: boolean;
}

/**
 * The id a pair's table row carries (`r-<id>`), on the park page and the indicator page alike:
 * its actual's, else its target's. A target paired with an actual has no row of its own, so a
 * link to it goes to this id.
 */
export function pairRowId(p: Pick<PromiseRow, 'target' | 'actual'>): string {
  const row = p.actual ?? p.target;
  if (!row) throw new Error('a promise pair has a target or an actual');
  return row.id;
}

const FULL_PERIODS = new Set(['全年', '年度', '十三五末']);

/** Periods a promise can be checked over: a year, a plan period, or months of a year. */
export function isYearPeriod(period: string): boolean {
  return FULL_PERIODS.has(period) || /^\d{1,2}-\d{1,2}月$/.test(period) || /^截至\d{1,2}月底$/.test(period);
}

export function isPartialPeriod(period: string): boolean {
  return !FULL_PERIODS.has(period) && /月/.test(period);
}

function comparable(a: Indicator, b: Indicator): boolean {
  return sameDimension(a.unitDef, b.unitDef);
}

/** Whether `actual` meets `target`, honouring the comparator and the indicator's direction. */
export function meets(target: Indicator, actual: Indicator, higherIsBetter: boolean): boolean {
  const t = toBase(target.value, target.unitDef).value;
  const a = toBase(actual.value, actual.unitDef).value;
  if (target.comparator === '<=' || !higherIsBetter) return a <= (target.value_high !== undefined ? toBase(target.value_high, target.unitDef).value : t);
  if (target.comparator === '>') return a > t;
  return a >= t;
}

/**
 * Pairs targets and actuals. `higherIsBetter` looks up the indicator's direction.
 * Rows are grouped by park, indicator and year; where a group has several rows of one kind
 * the first in reading order is used and the rest stay listed in their own groups.
 */
export function pairPromises(rows: readonly Indicator[], higherIsBetter: (indicator: string) => boolean): PromiseRow[] {
  const groups = new Map<string, { targets: Indicator[]; actuals: Indicator[] }>();
  for (const r of rows) {
    // A state before/after a change (调整前/调整后) is not a promise kept or broken: keep such rows apart.
    const key = `${r.park_id}|${r.indicator}|${r.year}${isYearPeriod(r.period) ? '' : `|${r.period}`}`;
    const g = groups.get(key) ?? { targets: [], actuals: [] };
    (r.kind === 'target' ? g.targets : g.actuals).push(r);
    groups.set(key, g);
  }
  const out: PromiseRow[] = [];
  for (const [key, g] of groups) {
    const n = Math.max(g.targets.length, g.actuals.length);
    for (let i = 0; i < n; i++) {
      const target = g.targets[i];
      const actual = g.actuals[i];
      const any = (target ?? actual) as Indicator;
      const base = { key: n > 1 ? `${key}|${i}` : key, parkId: any.park_id, indicator: any.indicator, year: any.year, target, actual };
      const partial = actual !== undefined && target !== undefined && isPartialPeriod(actual.period) && !isPartialPeriod(target.period);
      if ((target && !isPlottable(target)) || (actual && !isPlottable(actual))) {
        out.push({ ...base, status: 'unreadable', partial });
      } else if (!actual) {
        out.push({ ...base, status: 'no_actual', partial: false });
      } else if (!target) {
        out.push({ ...base, status: 'no_target', partial: false });
      } else if (!comparable(target, actual)) {
        out.push({ ...base, status: 'unreadable', partial });
      } else {
        const t = toBase(target.value, target.unitDef).value;
        const a = toBase(actual.value, actual.unitDef).value;
        out.push({
          ...base,
          status: meets(target, actual, higherIsBetter(any.indicator)) ? 'met' : 'behind',
          progress: t === 0 ? undefined : a / t,
          partial,
        });
      }
    }
  }
  return out;
}
