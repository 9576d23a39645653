/** What a park page shows, in the order it shows it. Pure: takes the dataset, returns rows. */
import type { Dataset, DatasetIndex } from '../data/model.ts';
import { pairPromises, pairRowId, type PromiseRow } from './promises.ts';

/** Targets paired with actuals, newest year first, then in the order of indicator_defs.csv. */
export function parkPromises(d: Dataset, index: DatasetIndex, parkId: string): PromiseRow[] {
  const order = new Map(d.indicatorDefs.map((def, i) => [def.id, i]));
  return pairPromises(index.indicatorsOf(parkId), (id) => index.indicatorDef(id).higher_is_better).sort(
    (a, b) => b.year - a.year || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0),
  );
}

/** The park page's row id of each of the park's indicator rows: its pair's (a paired target sits in its actual's row). */
export function parkIndicatorRowIds(d: Dataset, index: DatasetIndex, parkId: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of parkPromises(d, index, parkId)) {
    for (const r of [p.target, p.actual]) if (r) out.set(r.id, pairRowId(p));
  }
  return out;
}
