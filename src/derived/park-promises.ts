/** What a park page shows, in the order it shows it. Pure: takes the dataset, returns rows. */
import type { Dataset, DatasetIndex } from '../data/model.ts';
import { pairPromises, type PromiseRow } from './promises.ts';

/** Targets paired with actuals, newest year first, then in the order of indicator_defs.csv. */
export function parkPromises(d: Dataset, index: DatasetIndex, parkId: string): PromiseRow[] {
  const order = new Map(d.indicatorDefs.map((def, i) => [def.id, i]));
  return pairPromises(index.indicatorsOf(parkId), (id) => index.indicatorDef(id).higher_is_better).sort(
    (a, b) => b.year - a.year || (order.get(a.indicator) ?? 0) - (order.get(b.indicator) ?? 0),
  );
}
