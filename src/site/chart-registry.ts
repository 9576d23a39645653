/** Every chart on the site, by id: what the download files and embed pages are made from. */
import type { ChartFigure } from '../charts/figure.ts';
import { comparisonFigure } from '../charts/comparison-figure.ts';
import { comparisonOf } from '../derived/comparison-rows.ts';
import { indicatorsInUse } from '../derived/indicator-rows.ts';
import { overviewCharts, parkCharts, sourceLine, type ChartEnv } from './page-charts.ts';
import { localized, routes } from '../lib/paths.ts';
import { cached } from '../lib/memo.ts';

export interface RegisteredChart {
  figure: ChartFigure;
  /** The page the chart lives on (below the base). */
  page: string;
}

export function allCharts(env: ChartEnv): RegisteredChart[] {
  return cached(env.dataset, `allCharts|${env.locale}|${env.base}`, () => computeAllCharts(env));
}

function computeAllCharts(env: ChartEnv): RegisteredChart[] {
  const out: RegisteredChart[] = [];
  const push = (figure: ChartFigure | null, page: string) => { if (figure) out.push({ figure, page }); };
  const o = overviewCharts(env);
  const page = (p: string) => localized(env.locale, p);
  push(o.investmentsByPark, page(routes.investments()));
  push(o.pipeline, page(routes.home()));
  push(o.land, page(routes.home()));
  for (const p of env.dataset.parks) {
    const c = parkCharts(env, p.id);
    for (const f of [c.promise, c.trend, c.investments, c.land, c.pipeline]) push(f, page(routes.park(p.id)));
  }
  for (const u of indicatorsInUse(env.dataset)) {
    const rows = comparisonOf(env.dataset, env.index, env.locale, env.base, u.def.id);
    if (rows.length === 0) continue;
    const docs = rows.map((d) => ({ doc_id: d.docId }));
    push(comparisonFigure(`cmp-${u.def.id}`, `${env.locale === 'zh-CN' ? u.def.name : u.def.name_en}（${u.def.unit}）`, rows, env.locale, sourceLine(env.index, docs)), page(routes.indicator(u.def.id)));
  }
  return out;
}
