/** What the indicator pages show. Pure. */
import type { Dataset, DatasetIndex, IndicatorDef } from '../data/model.ts';
import { pairPromises, type PromiseRow } from './promises.ts';

export interface IndicatorUse {
  def: IndicatorDef;
  parks: number;
  rows: number;
}

/** Indicators that have at least one row, most widely reported first. */
export function indicatorsInUse(d: Dataset): IndicatorUse[] {
  return d.indicatorDefs
    .map((def) => {
      const rows = d.indicators.filter((r) => r.indicator === def.id);
      return { def, rows: rows.length, parks: new Set(rows.map((r) => r.park_id)).size };
    })
    .filter((u) => u.rows > 0)
    .sort((a, b) => b.parks - a.parks || b.rows - a.rows);
}

export function indicatorPromises(d: Dataset, index: DatasetIndex, id: string): PromiseRow[] {
  return pairPromises(
    d.indicators.filter((r) => r.indicator === id),
    (x) => index.indicatorDef(x).higher_is_better,
  ).sort((a, b) => a.parkId.localeCompare(b.parkId) || b.year - a.year);
}
