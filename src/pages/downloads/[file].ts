/** Per chart: /downloads/<chart>.csv (data, UTF-8 BOM), .svg (standalone, titled, sourced) and .png (2×). */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { allCharts } from '../../lib/chart-registry.ts';
import { chartCsv, standaloneSvg } from '../../lib/chart-files.ts';
import { fontsFor, svgToPng } from '../../lib/card-render.ts';
import { t } from '../../i18n/index.ts';

export function getStaticPaths({ site }: { site?: URL }) {
  const { dataset, index } = siteData();
  const base = import.meta.env.BASE_URL;
  const siteLine = `${t('zh-CN', 'site.name')} · ${new URL(base, site ?? 'http://localhost:4321').href}`;
  const charts = allCharts({ dataset, index, locale: 'zh-CN', base }).map(({ figure }) => ({ figure, svg: standaloneSvg(figure, siteLine) }));
  // One font subset for every PNG: all characters any chart prints.
  const charset = [...new Set(charts.map((c) => c.svg).join(''))].join('');
  return charts.flatMap(({ figure, svg }) => ['csv', 'svg', 'png'].map((ext) => ({ params: { file: `${figure.id}.${ext}` }, props: { figure, svg, charset } })));
}

export const GET: APIRoute = async ({ params, props }) => {
  const file = String(params.file);
  if (file.endsWith('.csv')) return new Response(chartCsv(props.figure as Parameters<typeof chartCsv>[0], t('zh-CN', 'table.source')), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
  if (file.endsWith('.svg')) return new Response(String(props.svg), { headers: { 'Content-Type': 'image/svg+xml' } });
  const fonts = await fontsFor(String(props.charset));
  return new Response(Buffer.from(svgToPng(String(props.svg), fonts, 1440)), { headers: { 'Content-Type': 'image/png' } });
};
