/**
 * Every Plot option set the site renders for a dataset — per park and locale, the five park charts
 * and the three overview charts — as page-charts.ts builds them, for the chart DOM
 * benchmark and for the test that compares svg-dom with linkedom.
 */
import type * as Plot from '@observablehq/plot';
import { investmentPlot, investmentSegments, limitGroups } from '../charts/investments.ts';
import { landBars, landPlot } from '../charts/land.ts';
import { parkStageBlocks, pipelineBlocks, pipelinePlot, stageTotals } from '../charts/pipeline.ts';
import { promisePoints, promiseTrackerPlot } from '../charts/promise-tracker.ts';
import { trendPlot, trendPoints } from '../charts/trend.ts';
import { svgId } from '../charts/figure.ts';
import { CHART_WIDTH } from '../lib/label-text.ts';
import type { ChartText } from '../charts/render.ts';
import type { Dataset, DatasetIndex } from '../data/model.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { parkName } from '../derived/names.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { LIMITS } from '../lib/limits.ts';

export interface ChartCase {
  text: ChartText;
  /** Fresh options on each call, so no two renders share mark state. */
  options: () => Plot.PlotOptions;
}

const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

export function chartCases(dataset: Dataset, index: DatasetIndex): ChartCase[] {
  const out: ChartCase[] = [];
  const add = (id: string, n: number, make: (width: number) => Plot.PlotOptions) => {
    if (n === 0) return;
    out.push({ text: { id: svgId(id), title: id, desc: id }, options: () => make(CHART_WIDTH) });
  };
  for (const locale of LOCALES) {
    const quoteHref = (docId: string, rowId: string) => `/${locale}/sources/${docId}/#q-${rowId}`;
    const nameOf = (id: string) => parkName(index.park(id), locale);
    const ctx = { locale, def: index.indicatorDef, parkName: nameOf, quoteHref };
    for (const park of dataset.parks) {
      const id = `${locale}-${park.id}`;
      const indicators = index.indicatorsOf(park.id);
      const investments = index.investmentsOf(park.id);
      const promise = promisePoints(parkPromises(dataset, index, park.id), ctx);
      add(`promise-${id}`, promise.length, (w) => promiseTrackerPlot(promise, w, locale));
      const trend = trendPoints(indicators, ctx);
      add(`trend-${id}`, trend.length, (w) => trendPlot(trend, w, locale));
      const catLabel = (r: { category: string }) => t(locale, `category.${r.category}` as Parameters<typeof t>[1]);
      const segments = investmentSegments(investments, { locale, groupLabel: catLabel, quoteHref });
      add(`invest-${id}`, segments.length, (w) => investmentPlot(segments, w, locale));
      const blocks = pipelineBlocks(index.projectsOf(park.id), ctx);
      add(`pipeline-${id}`, blocks.length, (w) => pipelinePlot(blocks, w, locale));
      const bars = landBars(indicators, investments, ctx);
      add(`land-${id}`, bars.length, (w) => landPlot(bars, w, locale));
    }
    const all = investmentSegments(dataset.investments, { locale, groupLabel: (r) => nameOf(r.park_id), quoteHref });
    const grouped = limitGroups(all, LIMITS.chartGroups, (n) => t(locale, 'chart.others', { n }));
    add(`invest-all-${locale}`, grouped.length, (w) => investmentPlot(grouped, w, locale));
    const projects = dataset.projects.length > LIMITS.pipelineBlocks ? stageTotals(dataset.projects, ctx) : parkStageBlocks(dataset.projects, ctx);
    add(`pipeline-all-${locale}`, projects.length, (w) => pipelinePlot(projects, w, locale));
    const land = landBars(dataset.indicators, dataset.investments, ctx);
    const topLand = land.length > LIMITS.chartBars
      ? [...land].sort((a, b) => b.mu - a.mu).slice(0, LIMITS.chartBars).sort((a, b) => a.park.localeCompare(b.park) || b.mu - a.mu)
      : land;
    add(`land-all-${locale}`, topLand.length, (w) => landPlot(topLand, w, locale));
  }
  return out;
}
