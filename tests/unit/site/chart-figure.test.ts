import { describe, expect, it } from 'vitest';
import type { ChartFigure } from '../../../src/charts/figure.ts';
import { renderPlot } from '../../../src/charts/render.ts';
import { chartHeadingId, chartTakeawayId, svgInPage } from '../../../src/site/chart-figure.ts';

function figure(title: string, desc: string, takeaway: string): ChartFigure {
  const svg = renderPlot({ marks: [], width: 200, height: 100 }, { id: 'demo-svg', title, desc });
  return { id: 'demo', title, takeaway, desc, source: 's', svg, table: { caption: 'c', columns: ['a'], rows: [], numeric: [false] } };
}

describe('a chart SVG as its page shows it', () => {
  it('drops the <title> and <desc> the heading and takeaway above it repeat, and is named by those', () => {
    const f = figure('A & B: output', 'Rose from 1 to 2 <fast>', 'Rose from 1 to 2 <fast>');
    expect(f.svg).toContain('<title id="demo-svg-title">A &amp; B: output</title>');
    const page = svgInPage(f);
    expect(page).not.toContain('<title');
    expect(page).not.toContain('<desc');
    expect(page).toContain(`aria-labelledby="${chartHeadingId('demo')} ${chartTakeawayId('demo')}"`);
    // Everything else is the same SVG.
    expect(page.replace(/aria-labelledby="[^"]*"/, '')).toBe(f.svg.replace(/aria-labelledby="[^"]*"/, '').replace(/<title.*?<\/desc>/, ''));
  });

  it('keeps a <desc> that says more than the takeaway', () => {
    const page = svgInPage(figure('T', 'A longer description', 'Short'));
    expect(page).not.toContain('<title');
    expect(page.match(/<desc\b/g)).toEqual(['<desc']);
    expect(page).toContain('<desc id="demo-svg-desc">A longer description</desc>');
    expect(page).toContain(`aria-labelledby="${chartHeadingId('demo')} demo-svg-desc"`);
  });

  it('leaves an SVG whose <title> is not the heading as it is', () => {
    const f = { ...figure('T', 'D', 'D'), title: 'Another heading' };
    expect(svgInPage(f)).toBe(f.svg);
  });
});
