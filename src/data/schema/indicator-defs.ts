import { z } from 'zod';
import { aliases, bool, indicatorId, oneOf, optionalText, requiredText, unit } from './fields.ts';

export const INDICATOR_GROUPS = [
  'economy', 'growth', 'fiscal', 'investment', 'attraction', 'enterprises', 'projects', 'land', 'environment', 'service', 'governance',
] as const;

/** indicator_defs.csv — the vocabulary of indicators. */
export const indicatorDefRow = z.object({
  id: indicatorId(),
  name: requiredText('the Chinese name'),
  name_en: requiredText('the English name'),
  group: oneOf(INDICATOR_GROUPS),
  /** The unit the indicator is usually reported in (a unit of units.csv); rows may use another unit of the same dimension. */
  unit: unit(),
  higher_is_better: bool(),
  description: optionalText(),
  /**
   * Other names reports give the indicator, separated by | (规上工业总产值|规模以上工业总产值). The
   * extractor matches the name and these words; a figure named by one of them is drafted at high
   * confidence, so each must name exactly this indicator (万元生产总值能耗 is not 万元工业增加值能耗).
   */
  aliases: aliases(),
});

export type IndicatorDefRow = z.output<typeof indicatorDefRow>;
