/**
 * The chart registry lists every chart without drawing it, and draws one when its file renders.
 * The list must name exactly the charts the builders draw (a page listed for a chart that draws
 * nothing would fail the build; a chart left out would lose its embed page and downloads).
 */
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/data/load.ts';
import { indexDataset, type Dataset, type DatasetIndex } from '../../../src/data/model.ts';
import { allCharts, chartFigure } from '../../../src/site/chart-registry.ts';
import { PARK_CHART_KINDS, parkChartKinds, parkCharts, type ChartEnv } from '../../../src/site/page-charts.ts';
import { embedPaths } from '../../../src/site/embed-paths.ts';
import { chartDownloadPaths } from '../../../src/site/chart-downloads.ts';
import { data } from '../../map/fixtures.ts';
import { miniFiles, readerOf } from '../../fixtures/mini-dataset.ts';

const LOCALES = ['zh-CN', 'en'] as const;

function mini(): { dataset: Dataset; index: DatasetIndex } {
  const dataset = loadDatasetOrThrow(readerOf(miniFiles()));
  return { dataset, index: indexDataset(dataset) };
}

const envs = (d: { dataset: Dataset; index: DatasetIndex }): ChartEnv[] => LOCALES.map((locale) => ({ ...d, locale, base: '/' }));

describe('chart registry', () => {
  it.each([['embedded data', data], ['mini dataset', mini]])('%s: a park\'s listed charts are exactly the ones drawn', (_, load) => {
    for (const env of envs(load())) {
      for (const p of env.dataset.parks) {
        const drawn = parkCharts(env, p.id);
        expect(parkChartKinds(env, p.id)).toEqual(PARK_CHART_KINDS.filter((k) => drawn[k] !== null));
      }
    }
  });

  it('the mini dataset has a park without some charts (the case the list must leave out)', () => {
    const [env] = envs(mini());
    const id = env?.dataset.parks[0]?.id ?? '';
    expect(env && parkChartKinds(env, id).length).toBeLessThan(PARK_CHART_KINDS.length);
  });

  it('every listed chart draws the figure of its id, with unique ids', () => {
    for (const env of envs(data())) {
      const list = allCharts(env);
      expect(new Set(list.map((c) => c.id)).size).toBe(list.length);
      for (const c of list) expect(chartFigure(env, c).id).toBe(c.id);
    }
  });

  it('the embed and download paths carry names, not drawn charts', () => {
    for (const locale of LOCALES) {
      const props = [...embedPaths(locale, '/'), ...chartDownloadPaths(locale, undefined, '/')].map((p) => JSON.stringify(p.props));
      expect(props.length).toBeGreaterThan(0);
      for (const p of props) {
        expect(p).not.toContain('<svg');
        expect(p.length).toBeLessThan(500);
      }
    }
  });
});
