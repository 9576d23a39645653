/**
 * Download files of every chart of one edition: <chart>.csv (UTF-8 with BOM) and <chart>.svg
 * (standalone, titled, sourced). The PNG is drawn from that SVG in the reader's browser (see
 * islands/chart-figure.ts): rasterising hundreds of charts at build time cost most of the build,
 * and would not scale to a national dataset.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import type { ChartFigure } from '../charts/figure.ts';
import { allCharts } from './chart-registry.ts';
import { chartCsv, standaloneSvg } from './chart-files.ts';
import type { Locale } from '../lib/format.ts';
import { t } from '../i18n/index.ts';

export function chartDownloadPaths(locale: Locale, site: URL | undefined, base: string) {
  const { dataset, index } = siteData();
  const siteLine = `${t(locale, 'site.name')} · ${new URL(base, site ?? 'http://localhost:4321').href}`;
  return allCharts({ dataset, index, locale, base }).flatMap(({ figure }) =>
    ['csv', 'svg'].map((ext) => ({ params: { file: `${figure.id}.${ext}` }, props: { figure, siteLine, locale } })),
  );
}

export const chartDownload: APIRoute = ({ params, props }) => {
  const locale = props.locale as Locale;
  const figure = props.figure as ChartFigure;
  if (String(params.file).endsWith('.csv')) return new Response(chartCsv(figure, t(locale, 'table.source')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  return new Response(standaloneSvg(figure, String(props.siteLine), t(locale, 'table.source')), { headers: { 'Content-Type': 'image/svg+xml' } });
};
