/** /compare-data/<indicator>.json: one indicator's comparison rows, fetched by the compare island on demand. */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import { comparisonOf } from '../derived/comparison-rows.ts';
import { indicatorsInUse } from '../derived/indicator-rows.ts';
import type { Locale } from '../lib/format.ts';
import { jsonResponse } from './json-api.ts';
import { indicatorDigest } from './page-keys.ts';

export function compareJsonPaths(locale: Locale, base: string) {
  const { dataset, index } = siteData();
  return indicatorsInUse(dataset).map((u) => ({ params: { indicator: u.def.id }, props: { rows: comparisonOf(dataset, index, locale, base, u.def.id) }, cacheKey: indicatorDigest(dataset, index, u.def.id) }));
}

export const compareJson: APIRoute = ({ props }) => jsonResponse(props.rows);
