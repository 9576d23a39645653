/** What the indicator pages show. Pure; cached per dataset so each page does not rescan all rows. */
import type { Dataset, DatasetIndex, Indicator, IndicatorDef } from '../data/model.ts';
import { cached } from '../lib/memo.ts';
import { pairPromises, type PromiseRow } from './promises.ts';

export interface IndicatorUse {
  def: IndicatorDef;
  parks: number;
  rows: number;
}

/** Rows by indicator id, built once per dataset. */
export function rowsByIndicator(d: Dataset): Map<string, Indicator[]> {
  return cached(d, 'rowsByIndicator', () => {
    const m = new Map<string, Indicator[]>();
    for (const r of d.indicators) {
      const list = m.get(r.indicator);
      if (list) list.push(r);
      else m.set(r.indicator, [r]);
    }
    return m;
  });
}

/** Indicators that have at least one row, most widely reported first. */
export function indicatorsInUse(d: Dataset): IndicatorUse[] {
  return cached(d, 'indicatorsInUse', () => {
    const by = rowsByIndicator(d);
    return d.indicatorDefs
      .map((def) => {
        const rows = by.get(def.id) ?? [];
        return { def, rows: rows.length, parks: new Set(rows.map((r) => r.park_id)).size };
      })
      .filter((u) => u.rows > 0)
      .sort((a, b) => b.parks - a.parks || b.rows - a.rows);
  });
}

export function indicatorPromises(d: Dataset, index: DatasetIndex, id: string): PromiseRow[] {
  return pairPromises(rowsByIndicator(d).get(id) ?? [], (x) => index.indicatorDef(x).higher_is_better).sort(
    (a, b) => a.parkId.localeCompare(b.parkId) || b.year - a.year,
  );
}
