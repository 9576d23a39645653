import { describe, expect, it } from 'vitest';
import { promiseChart, promisePoints } from '../../src/charts/promise-tracker.ts';
import { investmentChart, investmentSegments } from '../../src/charts/investments.ts';
import { labelledTicks, trendChart, trendPoints } from '../../src/charts/trend.ts';
import { parkStageBlocks, pipelineBlocks, pipelineChart } from '../../src/charts/pipeline.ts';
import { landBars, landChart } from '../../src/charts/land.ts';
import { comparisonOrder, comparisonSvg, periodsDiffer, type ComparisonDatum } from '../../src/lib/comparison-svg.ts';
import { comparisonData } from '../../src/derived/comparison-rows.ts';
import { parkPromises } from '../../src/derived/park-promises.ts';
import { roundNumbers } from '../../src/charts/render.ts';
import { CHART_WIDTH } from '../../src/lib/label-text.ts';
import { realData, quoteHref } from './fixture.ts';
import { expectSvgSnapshot } from './snapshot.ts';

const locale = 'zh-CN' as const;

describe('promise tracker', () => {
  it('checks 双牌 2017: 50.6 of 55亿元 behind (1-11月), growth 45.2% vs 21% met', () => {
    const { dataset, index } = realData();
    const points = promisePoints(parkPromises(dataset, index, 'shuangpai'), { locale, def: index.indicatorDef, quoteHref });
    const output = points.find((p) => p.label.startsWith('规模工业总产值 '));
    expect(output).toMatchObject({ status: 'behind', pct: 92, partial: true, text: '50.6亿元 / 55亿元 (1-11月)' });
    expect(points.find((p) => p.label.startsWith('规模工业总产值增速'))).toMatchObject({ status: 'met', pct: 215.2 });
    // 调整前 → 调整后 is a change of plan, not a promise
    expect(points.some((p) => p.label.startsWith('规划面积'))).toBe(false);
  });
  it('renders a stable SVG with role=img, title and desc, marks linking to sentences', async () => {
    const { dataset, index } = realData();
    const f = promiseChart('promise-shuangpai', '双牌：目标完成了吗？', parkPromises(dataset, index, 'shuangpai'), { locale, def: index.indicatorDef, quoteHref }, 'src');
    expect(f).not.toBeNull();
    const svg = f?.svg ?? '';
    const open = /^<svg[^>]*>/.exec(svg)?.[0] ?? '';
    expect(open).toContain(' role="img"');
    expect(open).toContain(' aria-labelledby="promise-shuangpai-svg-title promise-shuangpai-svg-desc"');
    expect(open).toContain(' viewBox="0 0 352 ');
    expect(open).not.toContain('font-family');
    expect(svg).toContain('<title id="promise-shuangpai-svg-title">');
    expect(svg).not.toContain('<style');
    expect(svg).toContain('data-href="/sources/shuangpai-2017/#q-shuangpai-2017-i17"');
    expect(svg).not.toContain('<a ');
    expect(svg).not.toMatch(/<g[^>]* aria-label=/);
    expect(f?.note).toContain('1-11月');
    await expectSvgSnapshot(svg, 'promise-shuangpai');
  });
  it('has nothing to draw for plans without actuals (临湘)', () => {
    const { dataset, index } = realData();
    expect(promiseChart('p', 't', parkPromises(dataset, index, 'linxiang'), { locale, def: index.indicatorDef, quoteHref }, 's')).toBeNull();
  });
});

describe('investment breakdown', () => {
  it('sums money only, in 万元, without garbled rows', () => {
    const { dataset } = realData();
    const segs = investmentSegments(dataset.investments, { locale, groupLabel: (r) => r.park_id, quoteHref });
    expect(segs.every((s) => !s.id.startsWith('xx-health-food-v03'))).toBe(true);
    expect(segs.find((s) => s.id === 'linxiang-2017-v01')?.amount).toBe(8739.66);
    const areaRow = dataset.investments.find((r) => r.unit === '万平方米');
    expect(segs.some((s) => s.id === areaRow?.id)).toBe(false);
  });
  it('renders by category for 临湘', async () => {
    const { index } = realData();
    const f = investmentChart('invest-linxiang', '临湘：钱投向哪里', index.investmentsOf('linxiang'), { locale, groupLabel: (r) => r.category, quoteHref }, 'src');
    expect(f?.takeaway).toMatch(/个有金额的项目合计/);
    await expectSvgSnapshot(f?.svg ?? '', 'invest-linxiang');
  });
});

describe('trend across documents', () => {
  it('follows 临湘 2017 → 2022: 274.14 → 390 and 211.59 → 420 亿元', async () => {
    const { index } = realData();
    const ctx = { locale, def: index.indicatorDef, quoteHref };
    const pts = trendPoints(index.indicatorsOf('linxiang'), ctx);
    const series = (name: string) => pts.filter((p) => p.series === name).map((p) => [p.year, p.value]);
    expect(series('规模工业总产值')).toEqual([[2017, 274.14], [2022, 390]]);
    expect(series('技工贸总收入')).toEqual([[2017, 211.59], [2022, 420]]);
    const f = trendChart('trend-linxiang', '临湘', index.indicatorsOf('linxiang'), ctx, 'src');
    await expectSvgSnapshot(f?.svg ?? '', 'trend-linxiang');
    // Every gridline stays; no y tick label sits within a text line of a first-year value label.
    const svg = f?.svg ?? '';
    expect(svg.match(/<line y2="[\d.]+" y1="[\d.]+" x2="276" x1="84" \/>/g)?.length).toBe(10);
    const tickYs = [...svg.matchAll(/<text transform="translate\(84,([\d.]+)\)" y="0\.3em">/g)].map((m) => Number(m[1]));
    const left = /<g transform="translate\(-10,0\)"[^>]*>(.*?)<\/g>/.exec(svg)?.[1] ?? '';
    const leftYs = [...left.matchAll(/transform="translate\(100,([\d.]+)\)"/g)].map((m) => Number(m[1]));
    expect([tickYs.length > 4, leftYs.length]).toEqual([true, 4]);
    for (const t of tickYs) for (const y of leftYs) expect(Math.abs(t - y)).toBeGreaterThanOrEqual(13);
  });

  it('labels the y ticks that no value label at the left covers', () => {
    const y = (v: number) => 270 - v;
    expect(labelledTicks([0, 50, 100, 150], y, [y(60), y(148)])).toEqual([0, 100]);
    expect(labelledTicks([0, 50], y, [])).toEqual([0, 50]);
    expect(labelledTicks([0, 13, 26], y, [y(13)])).toEqual([0, 26]);
  });
});

describe('pipeline and land', () => {
  it('orders projects by stage and links each block', async () => {
    const { dataset, index } = realData();
    const blocks = pipelineBlocks(dataset.projects, { locale, parkName: (id) => index.park(id).name, quoteHref });
    expect(blocks).toHaveLength(dataset.projects.length);
    expect(blocks[0]?.stage).toBe('洽谈');
    const f = pipelineChart('pipeline-all', '企业项目', dataset.projects, { locale, parkName: (id) => index.park(id).name, quoteHref }, 'src');
    await expectSvgSnapshot(f?.svg ?? '', 'pipeline-all');
  });
  it('draws several parks as one block per park and stage, and still lists every project in its table', async () => {
    const { dataset, index } = realData();
    const ctx = { locale, parkName: (id: string) => index.park(id).name, quoteHref };
    const blocks = parkStageBlocks(dataset.projects, ctx);
    expect(blocks.reduce((s, b) => s + b.count, 0)).toBe(dataset.projects.length);
    expect(new Set(blocks.map((b) => b.id)).size).toBe(blocks.length);
    const linxiangTalks = dataset.projects.filter((p) => p.park_id === 'linxiang' && p.stage === 'negotiating').length;
    expect(blocks.find((b) => b.id === `洽谈|${index.park('linxiang').name}`)?.count).toBe(linxiangTalks);
    const f = pipelineChart('pipeline-all', '企业项目', dataset.projects, ctx, 'src', Infinity, true);
    expect(f?.table.rows).toHaveLength(dataset.projects.length);
    expect((f?.svg.match(/class="mark"/g) ?? []).length).toBe(blocks.length);
    expect(f?.svg).not.toContain('“');
    await expectSvgSnapshot(f?.svg ?? '', 'pipeline-all-by-park');
  });
  it('draws land in 亩 and leaves the garbled 20230亩 out', async () => {
    const { dataset, index } = realData();
    const ctx = { locale, def: index.indicatorDef, parkName: (id: string) => index.park(id).name, quoteHref };
    const bars = landBars(dataset.indicators, dataset.investments, ctx);
    expect(bars.some((b) => b.mu === 20230)).toBe(false);
    expect(bars.find((b) => b.id === 'linxiang-2017-v14')?.mu).toBe(1321);
    const f = landChart('land-all', '土地', dataset.indicators, dataset.investments, ctx, 'src');
    await expectSvgSnapshot(f?.svg ?? '', 'land-all');
  });
});

describe('comparison (d3, shared with the browser)', () => {
  const d = (p: Partial<ComparisonDatum>): ComparisonDatum => ({
    id: 'x', docId: 'd', indicator: 'i', park: 'p', parkName: 'P', year: 2017, period: '全年', kind: 'actual', value: 1, unit: '亿元',
    text: '1亿元', tip: 't', href: '/h', partial: false, ...p,
  });
  it('sorts largest first, escapes every text and flags differing periods', () => {
    const rows = [d({ id: 'a', value: 2 }), d({ id: 'b', value: 5, parkName: '<script>alert(1)</script>', period: '1-9月', tip: '"><svg onload=alert(1)>' })];
    expect(comparisonOrder(rows).map((r) => r.id)).toEqual(['b', 'a']);
    expect(periodsDiffer(rows)).toBe(true);
    const svg = comparisonSvg(rows, { id: 'c', title: 'T&', desc: 'D', width: 720, locale, targetLabel: '目标' });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('"><svg onload');
    expect(svg).toContain('&lt;script&gt;');
    expect(svg).toContain('<title id="c-title">T&amp;</title>');
  });
  it('renders 规模工业总产值 across the parks', async () => {
    const { dataset, index } = realData();
    const data = comparisonData(dataset, index, locale, '/').filter((x) => x.indicator === 'industrial_output');
    expect(new Set(data.map((x) => x.park)).size).toBeGreaterThanOrEqual(3);
    await expectSvgSnapshot(comparisonSvg(data, { id: 'cmp', title: '规模工业总产值', desc: 'd', width: CHART_WIDTH, locale, targetLabel: '目标' }), 'compare-industrial-output');
  });
});

describe('roundNumbers', () => {
  it('rounds long decimals inside tags only', () => {
    expect(roundNumbers('<path d="M1.23456,2.5"/>12.3456')).toBe('<path d="M1.2,2.5"/>12.3456');
  });
});
