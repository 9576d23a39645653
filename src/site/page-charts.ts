/** Which charts each page shows, assembled from the dataset (build time). */
import type { Dataset, DatasetIndex } from '../data/model.ts';
import type { ChartFigure } from '../charts/figure.ts';
import { promiseChart } from '../charts/promise-tracker.ts';
import { investmentChart } from '../charts/investments.ts';
import { trendChart } from '../charts/trend.ts';
import { pipelineChart } from '../charts/pipeline.ts';
import { landChart } from '../charts/land.ts';
import { t } from '../i18n/index.ts';
import { countWord, type Locale } from '../lib/format.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { localized, routes, withBase } from '../lib/paths.ts';
import { parkName } from '../derived/names.ts';
import { cached } from '../lib/memo.ts';
import { compactFigure } from './compact-figure.ts';
import { LIMITS } from '../lib/limits.ts';

export interface ChartEnv {
  dataset: Dataset;
  index: DatasetIndex;
  locale: Locale;
  base: string;
}

function quoteHref(base: string, locale: Locale) {
  return (docId: string, rowId: string) => withBase(base, localized(locale, routes.quote(docId, rowId)));
}

/** "临湘工业园区2017年工作规划；临湘高新区2022年工作计划" for the rows' documents. */
export function sourceLine(index: DatasetIndex, rows: readonly { doc_id: string }[]): string {
  const docs = [...new Set(rows.map((r) => r.doc_id))];
  // Name up to five documents; a national chart draws on thousands.
  const named = docs.slice(0, 5).map((id) => index.document(id).title).join('；');
  return docs.length > 5 ? `${named} … (+${docs.length - 5})` : named;
}

export interface ParkCharts {
  promise: ChartFigure | null;
  trend: ChartFigure | null;
  investments: ChartFigure | null;
  pipeline: ChartFigure | null;
  land: ChartFigure | null;
}

export function parkCharts(env: ChartEnv, parkId: string): ParkCharts {
  return cached(env.dataset, `parkCharts|${env.locale}|${env.base}|${parkId}`, () => {
    const c = computeParkCharts(env, parkId);
    const keep = (f: ChartFigure | null) => (f ? compactFigure(f) : null);
    return { promise: keep(c.promise), trend: keep(c.trend), investments: keep(c.investments), pipeline: keep(c.pipeline), land: keep(c.land) };
  });
}

function computeParkCharts(env: ChartEnv, parkId: string): ParkCharts {
  const { dataset, index, locale, base } = env;
  const park = index.park(parkId);
  const name = parkName(park, locale);
  const indicators = index.indicatorsOf(parkId);
  const investments = index.investmentsOf(parkId);
  const projects = index.projectsOf(parkId);
  const href = quoteHref(base, locale);
  const zh = locale === 'zh-CN';
  const catLabel = (r: { category: string; zone_id?: string }) => t(locale, `category.${r.category}` as Parameters<typeof t>[1]);
  const landRows = [...indicators.filter((r) => r.unit === '亩'), ...investments.filter((r) => r.unit === '亩')];
  return {
    promise: promiseChart(`promise-${parkId}`, zh ? `${name}：目标完成了吗？` : `${name}: were the targets met?`, parkPromises(dataset, index, parkId), { locale, def: index.indicatorDef, quoteHref: href }, sourceLine(index, indicators)),
    trend: trendChart(`trend-${parkId}`, zh ? `${name}：历年文件中的数字` : `${name}: figures across the years`, indicators, { locale, def: index.indicatorDef, quoteHref: href }, sourceLine(index, indicators)),
    investments: investmentChart(`invest-${parkId}`, zh ? `${name}：钱投向哪里` : `${name}: where the money goes`, investments, { locale, groupLabel: catLabel, quoteHref: href }, sourceLine(index, investments)),
    pipeline: pipelineChart(`pipeline-${parkId}`, zh ? `${name}：企业项目走到了哪一步` : `${name}: how far the projects got`, projects, { locale, parkName: (id) => parkName(index.park(id), locale), quoteHref: href }, sourceLine(index, projects)),
    land: landRows.length > 0 ? landChart(`land-${parkId}`, zh ? `${name}：土地（亩）` : `${name}: land (mu)`, indicators, investments, { locale, def: index.indicatorDef, parkName: (id) => parkName(index.park(id), locale), quoteHref: href }, sourceLine(index, landRows)) : null,
  };
}

export interface OverviewCharts {
  investmentsByPark: ChartFigure | null;
  pipeline: ChartFigure | null;
  land: ChartFigure | null;
}

export function overviewCharts(env: ChartEnv): OverviewCharts {
  return cached(env.dataset, `overview|${env.locale}|${env.base}`, () => computeOverviewCharts(env));
}

function computeOverviewCharts(env: ChartEnv): OverviewCharts {
  const { dataset, index, locale, base } = env;
  const href = quoteHref(base, locale);
  const zh = locale === 'zh-CN';
  const nameOf = (id: string) => parkName(index.park(id), locale);
  return {
    investmentsByPark: investmentChart('invest-all', zh ? `${countWord(dataset.parks.length, locale)}个园区的基础设施与建设投入` : `Infrastructure spending in the ${countWord(dataset.parks.length, locale)} parks`, dataset.investments, { locale, groupLabel: (r) => nameOf(r.park_id), quoteHref: href, groupLimit: LIMITS.chartGroups, otherLabel: (n) => t(locale, 'chart.others', { n }) }, sourceLine(index, dataset.investments)),
    pipeline: pipelineChart('pipeline-all', zh ? '企业项目：从签约到投产' : 'Enterprise projects: from signing to production', dataset.projects, { locale, parkName: nameOf, quoteHref: href }, sourceLine(index, dataset.projects), LIMITS.pipelineBlocks, true),
    land: landChart('land-all', zh ? '各园区的土地数字（亩）' : 'Land figures by park (mu)', dataset.indicators, dataset.investments, { locale, def: index.indicatorDef, parkName: nameOf, quoteHref: href }, sourceLine(index, [...dataset.indicators.filter((r) => r.unit === '亩'), ...dataset.investments.filter((r) => r.unit === '亩')]), LIMITS.chartBars),
  };
}
