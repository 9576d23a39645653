/** getStaticPaths for the chart embed pages of one edition, and the chart each page draws. */
import { siteData } from '../data/site-data.ts';
import { allCharts, chartFigure, type RegisteredChart } from './chart-registry.ts';
import type { ChartFigure } from '../charts/figure.ts';
import type { Locale } from '../lib/format.ts';
import { localized } from '../lib/paths.ts';
import { chartDigest, digestOf, layoutDigest } from './page-keys.ts';

export function embedPaths(locale: Locale, base: string) {
  const { dataset, index } = siteData();
  return allCharts({ dataset, index, locale, base }).map((c) => ({ params: { id: c.id }, props: { chart: c }, cacheKey: digestOf(['embed', chartDigest(dataset, index, c), layoutDigest(dataset, locale, localized(locale, `embed/chart/${c.id}/`))]) }));
}

/** The figure of an embed page, drawn when the page renders (the paths carry only its name). */
export function embedFigure(chart: RegisteredChart, locale: Locale, base: string): ChartFigure {
  const { dataset, index } = siteData();
  return chartFigure({ dataset, index, locale, base }, chart);
}
