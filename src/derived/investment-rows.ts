/** Rows of the investments explorer: each investment with its park, zone and money in 万元. */
import type { Dataset, DatasetIndex, Investment } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import { isMoney, toBase } from '../lib/units.ts';

export interface ExplorerRow {
  row: Investment;
  parkName: string;
  zoneId?: string;
  zoneName?: string;
  /** 万元, when the row is money and its value is usable. */
  money?: number;
}

export function explorerRows(d: Dataset, index: DatasetIndex): ExplorerRow[] {
  return d.investments.map((row) => {
    const zone = row.zone_id ? index.zone(row.zone_id) : undefined;
    return {
      row,
      parkName: index.park(row.park_id).name,
      zoneId: zone?.id,
      zoneName: zone?.name,
      money: isMoney(row.unitDef) && isPlottable(row) ? toBase(row.amount, row.unitDef).value : undefined,
    };
  });
}
