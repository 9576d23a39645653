/** getStaticPaths for the chart embed pages of one edition. */
import { siteData } from '../data/site-data.ts';
import { allCharts } from './chart-registry.ts';
import type { Locale } from '../lib/format.ts';

export function embedPaths(locale: Locale, base: string) {
  const { dataset, index } = siteData();
  return allCharts({ dataset, index, locale, base }).map((c) => ({ params: { id: c.figure.id }, props: { chart: c } }));
}
