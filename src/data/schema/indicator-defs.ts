import { z } from 'zod';
import { bool, indicatorId, oneOf, optionalText, requiredText, unit } from './fields.ts';

export const INDICATOR_GROUPS = [
  'economy', 'growth', 'fiscal', 'investment', 'attraction', 'enterprises', 'projects', 'land', 'environment', 'service', 'governance',
] as const;

/** indicator_defs.csv — the vocabulary of indicators. */
export const indicatorDefRow = z.object({
  id: indicatorId(),
  name: requiredText('the Chinese name'),
  name_en: requiredText('the English name'),
  group: oneOf(INDICATOR_GROUPS),
  /** The unit the indicator is usually reported in; rows may use another unit of the same dimension. */
  unit: unit(),
  higher_is_better: bool(),
  description: optionalText(),
});

export type IndicatorDefRow = z.output<typeof indicatorDefRow>;
