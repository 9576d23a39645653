/**
 * Download files of every chart of one edition: <chart>.csv (UTF-8 with BOM) and <chart>.svg
 * (standalone, titled, sourced). The PNG is drawn from that SVG in the reader's browser (see
 * islands/chart-figure.ts): rasterising hundreds of charts at build time cost most of the build,
 * and would not scale to a national dataset.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import { allCharts, chartFigure, type RegisteredChart } from './chart-registry.ts';
import { chartCsv, standaloneSvg } from './chart-files.ts';
import type { Locale } from '../lib/format.ts';
import { PREVIEW_ORIGIN } from '../lib/paths.ts';
import { t } from '../i18n/index.ts';
import { chartDigest } from './page-keys.ts';

export function chartDownloadPaths(locale: Locale, site: URL | undefined, base: string) {
  const { dataset, index } = siteData();
  const siteLine = `${t(locale, 'site.name')} · ${new URL(base, site ?? PREVIEW_ORIGIN).href}`;
  return allCharts({ dataset, index, locale, base }).flatMap((chart) =>
    ['csv', 'svg'].map((ext) => ({ params: { file: `${chart.id}.${ext}` }, props: { chart, siteLine, locale, base }, cacheKey: chartDigest(dataset, index, chart) })),
  );
}

export const chartDownload: APIRoute = ({ params, props }) => {
  const locale = props.locale as Locale;
  const { dataset, index } = siteData();
  // Drawn here, not in getStaticPaths: the paths of every chart are listed before the first file is written.
  const figure = chartFigure({ dataset, index, locale, base: String(props.base) }, props.chart as RegisteredChart);
  if (String(params.file).endsWith('.csv')) return new Response(chartCsv(figure, t(locale, 'table.source')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(standaloneSvg(figure, String(props.siteLine), t(locale, 'table.source')), { headers: { 'Content-Type': 'image/svg+xml' } });
};
