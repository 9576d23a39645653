import { z } from 'zod';
import { decimal, optionalText, requiredText, unit } from './fields.ts';

/**
 * units.csv — every unit a row of indicators.csv, investments.csv or indicator_defs.csv may use,
 * written exactly as reports put it after a number. The extractor reads units from this table,
 * and the checker compares each row's unit with the one its quote writes.
 */
export const unitRow = z.object({
  /** The unit as the text writes it: 亿元, 亿美元, 户, 公里, 万千瓦, %. */
  unit: unit(),
  /**
   * What it measures, in snake_case. Units are compared, summed or charted together only within one
   * dimension: `money` is 人民币 (the site's money totals, in 万元), `money_usd` is 美元 — a currency
   * of its own, never added to or compared with 元. `percent` marks shares and rates (may be negative).
   */
  dimension: requiredText('a dimension such as money, money_usd, length, count'),
  /** The unit of the same dimension that values are converted to (factor 1 in its own row). */
  base: unit(),
  /** How many `base` one of this unit is: 亿元 → 10000 (万元), 公里 → 1000 (米). */
  factor: decimal({ what: 'a number above 0, e.g. 10000' }),
  /** The unit in the English edition; empty when an English number needs no unit word (个). */
  name_en: optionalText(),
});

export type UnitRow = z.output<typeof unitRow>;
