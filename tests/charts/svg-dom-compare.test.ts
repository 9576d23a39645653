/**
 * Charts rendered with svg-dom.ts must be byte-identical to the same charts rendered with linkedom
 * (the DOM the snapshots were made with): every chart of the embedded dataset, hostile text, and a
 * few Plot features the site does not use yet.
 */
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { chartCases } from '../../src/bench/chart-options.ts';
import { promiseTrackerPlot, type PromisePoint } from '../../src/charts/promise-tracker.ts';
import { linkedomDocument, renderPlot, svgDocument, type ChartText } from '../../src/charts/render.ts';
import { realData } from './fixture.ts';

function expectSame(options: () => Plot.PlotOptions, text: ChartText): string {
  // Plot numbers clip paths and markers from a process-wide counter (plot-clip-1, -2…): not the DOM.
  const ids = (svg: string) => svg.replace(/\bplot-(clip|marker|pattern)-\d+/g, 'plot-$1-N');
  const ours = renderPlot(options(), text, svgDocument());
  expect(ids(ours)).toBe(ids(renderPlot(options(), text, linkedomDocument())));
  return ours;
}

const text = (id: string): ChartText => ({ id, title: id, desc: id });

describe('svg-dom renders charts exactly as linkedom did', () => {
  it('every chart of the embedded dataset, both locales', () => {
    const { dataset, index } = realData();
    const cases = chartCases(dataset, index);
    expect(cases.length).toBeGreaterThan(20);
    for (const kind of ['promise', 'trend', 'invest', 'pipeline', 'land']) expect(cases.some((c) => c.text.id.startsWith(kind))).toBe(true);
    for (const c of cases) expectSame(c.options, c.text);
  });

  it('labels, tips and links with & < > " and no-break spaces', () => {
    const hostile = 'A&B <i>"x"</i>\u00a0→ \'y\'';
    const points: PromisePoint[] = [
      { key: 'k1', label: hostile, status: 'met', pct: 123.456, text: hostile, partial: false, tip: `${hostile}\n“quote & more”`, href: '/s/?a=1&b="2"<x>' },
      { key: 'k2', label: 'plain', status: 'behind', pct: 45.5, text: '1\u00a0000', partial: true, tip: 'tip', href: '/s/2' },
    ];
    for (const width of [360, 720]) {
      const svg = expectSame(() => promiseTrackerPlot(points, width, 'en'), text(`hostile-${width}`));
      expect(svg).toContain('A&amp;B &lt;i&gt;"x"&lt;/i&gt;&#160;→');
      expect(svg).toContain('data-href="/s/?a=1&b=&quot;2&quot;<x>"');
    }
  });

  it('Plot features the site does not use yet: facets, clip, multiline text, tips, legends, styles', () => {
    const data = [
      { x: 1, y: 2.5, g: 'a', t: 'one\ntwo' },
      { x: 2, y: 1.25, g: 'b', t: 'three' },
      { x: 3, y: 3.75, g: 'a', t: 'four' },
    ];
    const cases: Record<string, () => Plot.PlotOptions> = {
      facets: () => ({ fy: { label: null }, marks: [Plot.dot(data, { x: 'x', y: 'y', fy: 'g' }), Plot.frame()] }),
      clip: () => ({ x: { domain: [0, 2] }, marks: [Plot.line(data, { x: 'x', y: 'y', clip: true }), Plot.areaY(data, { x: 'x', y: 'y', clip: 'frame', fillOpacity: 0.2 })] }),
      multiline: () => ({ marks: [Plot.text(data, { x: 'x', y: 'y', text: 't', title: 't', lineWidth: 3 }), Plot.tip(data, { x: 'x', y: 'y', title: 't' })] }),
      legend: () => ({ color: { legend: true, type: 'ordinal' }, marks: [Plot.barY(data, { x: 'g', y: 'y', fill: 'g', mixBlendMode: 'multiply' })] }),
      style: () => ({ style: { fontSize: '14px', backgroundColor: 'white', color: 'red' }, marks: [Plot.dot(data, { x: 'x', y: 'y', r: 'y' }), Plot.ruleY([0]), Plot.gridX(), Plot.axisY({ label: 'multi\nline ↑', tickFormat: (d: number) => `${d}&` })] }),
    };
    for (const [name, options] of Object.entries(cases)) expectSame(options, text(name));
  });

  it('takes a style string, which linkedom could not (its element.style has no setter)', () => {
    const options = () => ({ style: 'font-size: 14px; color: red', marks: [Plot.ruleY([0])] });
    expect(renderPlot(options(), text('s'), svgDocument())).toMatch(/^<svg [^>]* style="font-size: 14px; color: red"/);
    expect(() => renderPlot(options(), text('s'), linkedomDocument())).toThrow(TypeError);
  });
});

describe('renderPlot', () => {
  it('falls back to linkedom for a chart that needs more than svg-dom offers', () => {
    // A custom mark that parses HTML: svg-dom cannot, linkedom can.
    const parsed: Plot.Markish = (_index, _scales, _values, _dimensions, context) => {
      const g = context.document.createElementNS('http://www.w3.org/2000/svg', 'g');
      g.innerHTML = '<circle r="3"></circle>';
      return g;
    };
    const options = () => ({ marks: [Plot.ruleY([0]), parsed] });
    expect(() => renderPlot(options(), text('custom'), svgDocument())).toThrow(/svg-dom does not support/);
    const svg = renderPlot(options(), text('custom'));
    expect(svg).toContain('<circle');
    expect(svg).toBe(renderPlot(options(), text('custom'), linkedomDocument()));
  });
});

describe('renderPlot with a Plot legend', () => {
  it('returns the chart, not a legend swatch', () => {
    // (A continuous ramp legend needs a canvas, which neither DOM has.)
    const data = [{ g: 'a', y: 1 }, { g: 'b', y: 2 }];
    const svg = renderPlot({ color: { legend: true, type: 'ordinal' }, marks: [Plot.barY(data, { x: 'g', y: 'y', fill: 'g' })] }, { id: 'legend-chart', title: 't', desc: 'd' });
    expect(svg).toMatch(/^<svg[^>]*id="legend-chart"/);
    expect((svg.match(/<rect/g) ?? []).length).toBe(2);
  });
});
