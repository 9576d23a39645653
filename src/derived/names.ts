/** Names as each edition shows them: Chinese names stay; English adds name_en where the data has one. */
import type { IndicatorDef, Park } from '../data/model.ts';
import type { Locale } from '../lib/format.ts';

export function parkName(p: Park, locale: Locale): string {
  return locale === 'en' && p.name_en ? p.name_en : p.name;
}

export function indicatorName(d: IndicatorDef, locale: Locale): string {
  return locale === 'en' ? d.name_en : d.name;
}
