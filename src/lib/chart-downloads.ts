/** Download files of every chart of one edition: <chart>.csv (UTF-8 BOM), .svg (titled, sourced) and .png (2×). */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import type { ChartFigure } from '../charts/figure.ts';
import { allCharts } from './chart-registry.ts';
import { chartCsv, standaloneSvg } from './chart-files.ts';
import { fontsFor, svgToPng } from './card-render.ts';
import type { Locale } from './format.ts';
import { t } from '../i18n/index.ts';

export function chartDownloadPaths(locale: Locale, site: URL | undefined, base: string) {
  const { dataset, index } = siteData();
  const siteLine = `${t(locale, 'site.name')} · ${new URL(base, site ?? 'http://localhost:4321').href}`;
  const charts = allCharts({ dataset, index, locale, base }).map(({ figure }) => ({ figure, svg: standaloneSvg(figure, siteLine, t(locale, 'table.source')) }));
  // One font subset for every PNG: all characters any chart prints.
  const charset = [...new Set(charts.map((c) => c.svg).join(''))].join('');
  return charts.flatMap(({ figure, svg }) => ['csv', 'svg', 'png'].map((ext) => ({ params: { file: `${figure.id}.${ext}` }, props: { figure, svg, charset, locale } })));
}

export const chartDownload: APIRoute = async ({ params, props }) => {
  const file = String(params.file);
  const locale = props.locale as Locale;
  if (file.endsWith('.csv')) return new Response(chartCsv(props.figure as ChartFigure, t(locale, 'table.source')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  if (file.endsWith('.svg')) return new Response(String(props.svg), { headers: { 'Content-Type': 'image/svg+xml' } });
  const fonts = await fontsFor(String(props.charset));
  return new Response(Buffer.from(svgToPng(String(props.svg), fonts, 1440)), { headers: { 'Content-Type': 'image/png' } });
};
