/**
 * Every chart on the site, by id: what the download files and embed pages are made from. The list
 * names the charts without drawing them; `chartFigure` draws one when its file is rendered, so
 * the build does not hold every park's charts from its first page to its last.
 */
import type { ChartFigure } from '../charts/figure.ts';
import { comparisonFigure } from '../charts/comparison-figure.ts';
import { comparisonOf } from '../derived/comparison-rows.ts';
import { indicatorsInUse } from '../derived/indicator-rows.ts';
import { overviewCharts, parkChartId, parkChartKinds, parkCharts, sourceLine, type ChartEnv, type OverviewCharts, type ParkChartKind } from './page-charts.ts';
import { localized, routes } from '../lib/paths.ts';
import { cached } from '../lib/memo.ts';
import { drawnOnce } from './compact-figure.ts';

/** Where a chart's figure comes from: enough to draw it again, and small enough to pass as a prop. */
export type ChartRef =
  | { of: 'overview'; chart: keyof OverviewCharts }
  | { of: 'park'; parkId: string; chart: ParkChartKind }
  | { of: 'indicator'; indicatorId: string };

export interface RegisteredChart {
  /** The figure's id (the embed page's and the download files' name). */
  id: string;
  /** The page the chart lives on (below the base). */
  page: string;
  ref: ChartRef;
}

export function allCharts(env: ChartEnv): RegisteredChart[] {
  // Asked for by the embed pages and the downloads of each edition; names only, so cheap to keep.
  return cached(env.dataset, `allCharts|${env.locale}|${env.base}`, () => listCharts(env));
}

function listCharts(env: ChartEnv): RegisteredChart[] {
  const out: RegisteredChart[] = [];
  const page = (p: string) => localized(env.locale, p);
  const o = overviewCharts(env);
  const overview = (chart: keyof OverviewCharts, p: string) => {
    const f = o[chart];
    if (f) out.push({ id: f.id, page: page(p), ref: { of: 'overview', chart } });
  };
  overview('investmentsByPark', routes.investments());
  overview('pipeline', routes.home());
  overview('land', routes.home());
  for (const p of env.dataset.parks) {
    for (const chart of parkChartKinds(env, p.id)) out.push({ id: parkChartId(chart, p.id), page: page(routes.park(p.id)), ref: { of: 'park', parkId: p.id, chart } });
  }
  for (const u of indicatorsInUse(env.dataset)) {
    if (comparisonOf(env.dataset, env.index, env.locale, env.base, u.def.id).length === 0) continue;
    out.push({ id: `cmp-${u.def.id}`, page: page(routes.indicator(u.def.id)), ref: { of: 'indicator', indicatorId: u.def.id } });
  }
  return out;
}

/** Draws the chart a registry entry names; a park's charts and a comparison come from small caches of recent ones. */
export function chartFigure(env: ChartEnv, { id, ref }: RegisteredChart): ChartFigure {
  const f = ref.of === 'overview' ? overviewCharts(env)[ref.chart] : ref.of === 'park' ? parkCharts(env, ref.parkId)[ref.chart] : indicatorFigure(env, ref.indicatorId);
  if (!f || f.id !== id) throw new Error(`chart registry: ${id} (${JSON.stringify(ref)}) drew ${f ? f.id : 'nothing'}`);
  return f;
}

/** An indicator's comparison across parks, drawn once for its embed page and its two downloads (one route after the other). */
function indicatorFigure(env: ChartEnv, indicatorId: string): ChartFigure {
  return drawnOnce(env.dataset, `cmpFigure|${env.locale}|${env.base}`, indicatorId, 1, () => {
    const def = env.index.indicatorDef(indicatorId);
    const rows = comparisonOf(env.dataset, env.index, env.locale, env.base, indicatorId);
    const docs = rows.map((d) => ({ doc_id: d.docId }));
    return { figure: comparisonFigure(`cmp-${def.id}`, `${env.locale === 'zh-CN' ? def.name : def.name_en}（${def.unit}）`, rows, env.locale, sourceLine(env.index, docs)) };
  }).figure;
}
