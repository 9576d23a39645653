/** Which charts each page shows, assembled from the dataset (build time). */
import type { Dataset, DatasetIndex } from '../data/model.ts';
import type { ChartFigure } from '../charts/figure.ts';
import { promiseChart, promisePoints, type PromiseContext } from '../charts/promise-tracker.ts';
import { investmentChart, investmentSegments, type InvestmentContext } from '../charts/investments.ts';
import { trendChart, trendPoints, type TrendContext } from '../charts/trend.ts';
import { pipelineChart } from '../charts/pipeline.ts';
import { landBars, landChart, type LandContext } from '../charts/land.ts';
import { t } from '../i18n/index.ts';
import { countWord, type Locale } from '../lib/format.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { localized, routes, withBase } from '../lib/paths.ts';
import { parkName } from '../derived/names.ts';
import { cached } from '../lib/memo.ts';
import { drawnOnce } from './compact-figure.ts';
import { LIMITS } from '../lib/limits.ts';

export interface ChartEnv {
  dataset: Dataset;
  index: DatasetIndex;
  locale: Locale;
  base: string;
}

/** The link to the sentence a row quotes, in the edition and under the base: the one href charts and tables share. */
export function quoteHref(base: string, locale: Locale) {
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

export type ParkChartKind = keyof ParkCharts;

const PARK_CHART_PREFIX: Record<ParkChartKind, string> = { promise: 'promise', trend: 'trend', investments: 'invest', land: 'land', pipeline: 'pipeline' };

/** The id of one of a park's charts: "invest-linxiang". */
export const parkChartId = (kind: ParkChartKind, parkId: string): string => `${PARK_CHART_PREFIX[kind]}-${parkId}`;

/** A park's charts in the order its embed pages and downloads list them. */
export const PARK_CHART_KINDS: readonly ParkChartKind[] = ['promise', 'trend', 'investments', 'land', 'pipeline'];

/**
 * How many parks' charts stay cached as objects. A park's charts serve its page, then (routes
 * later) its embed pages and downloads, each a few files in a row; between routes they wait
 * packed (compact-figure.ts's drawnOnce), drawn once per build.
 */
const RECENT_PARKS = 4;

export function parkCharts(env: ChartEnv, parkId: string): ParkCharts {
  return drawnOnce(env.dataset, `parkCharts|${env.locale}|${env.base}`, parkId, RECENT_PARKS, () => {
    const specs = parkChartSpecs(env, parkId);
    return { promise: specs.promise.draw(), trend: specs.trend.draw(), investments: specs.investments.draw(), pipeline: specs.pipeline.draw(), land: specs.land.draw() };
  });
}

/** Which charts a park has, without drawing any (for the lists of embed pages and downloads). */
export function parkChartKinds(env: ChartEnv, parkId: string): ParkChartKind[] {
  const specs = parkChartSpecs(env, parkId);
  return PARK_CHART_KINDS.filter((k) => specs[k].exists());
}

interface ParkChartSpec {
  /** Whether `draw` returns a figure: each builder returns null exactly when these points are empty. */
  exists: () => boolean;
  draw: () => ChartFigure | null;
}

function parkChartSpecs(env: ChartEnv, parkId: string): Record<ParkChartKind, ParkChartSpec> {
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
  const promiseCtx: PromiseContext = { locale, def: index.indicatorDef, quoteHref: href };
  const trendCtx: TrendContext = { locale, def: index.indicatorDef, quoteHref: href };
  const investCtx: InvestmentContext = { locale, groupLabel: catLabel, quoteHref: href };
  const landCtx: LandContext = { locale, def: index.indicatorDef, parkName: (id: string) => parkName(index.park(id), locale), quoteHref: href };
  return {
    promise: {
      exists: () => promisePoints(parkPromises(dataset, index, parkId), promiseCtx).length > 0,
      draw: () => promiseChart(parkChartId('promise', parkId), zh ? `${name}：目标完成了吗？` : `${name}: were the targets met?`, parkPromises(dataset, index, parkId), promiseCtx, sourceLine(index, indicators)),
    },
    trend: {
      exists: () => trendPoints(indicators, trendCtx).length > 0,
      draw: () => trendChart(parkChartId('trend', parkId), zh ? `${name}：历年文件中的数字` : `${name}: figures across the years`, indicators, trendCtx, sourceLine(index, indicators)),
    },
    investments: {
      exists: () => investmentSegments(investments, investCtx).length > 0,
      draw: () => investmentChart(parkChartId('investments', parkId), zh ? `${name}：钱投向哪里` : `${name}: where the money goes`, investments, investCtx, sourceLine(index, investments)),
    },
    pipeline: {
      exists: () => projects.length > 0,
      draw: () => pipelineChart(parkChartId('pipeline', parkId), zh ? `${name}：企业项目走到了哪一步` : `${name}: how far the projects got`, projects, { locale, parkName: (id) => parkName(index.park(id), locale), quoteHref: href }, sourceLine(index, projects)),
    },
    land: {
      exists: () => landRows.length > 0 && landBars(indicators, investments, landCtx).length > 0,
      draw: () => (landRows.length > 0 ? landChart(parkChartId('land', parkId), zh ? `${name}：土地（亩）` : `${name}: land (mu)`, indicators, investments, landCtx, sourceLine(index, landRows)) : null),
    },
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
