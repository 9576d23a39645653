import { describe, expect, it } from 'vitest';
import type { ChartFigure } from '../../../src/charts/figure.ts';
import { compactFigure } from '../../../src/site/compact-figure.ts';

const svgOf = (w: number) => `<svg viewBox="0 0 ${w} 200" role="img"><title>临湘：目标完成了吗？</title>${Array.from({ length: 300 }, (_, i) => `<rect x="${i}" y="${(i * 7) % 200}" width="1" height="2" fill="#1f6f8b"><title>第${i}行 “2023年工业总产值12.3亿元”</title></rect>`).join('')}</svg>`;

const figure: ChartFigure = {
  id: 'promise-linxiang',
  title: '临湘：目标完成了吗？',
  takeaway: '四项目标中三项完成',
  desc: '条形图',
  source: '临湘高新区2022年工作计划',
  svg: svgOf(352),
  table: { caption: 'c', columns: ['指标', '目标'], rows: [['工业总产值', '12.3']], numeric: [false, true] },
  legend: [{ label: '目标', color: '#999' }],
};

describe('compactFigure', () => {
  it('reads back the same SVG, as often as asked', () => {
    const c = compactFigure(figure);
    expect(c.svg).toBe(figure.svg);
    expect(c.svg).toBe(figure.svg);
  });

  it('is the same figure to spreads, JSON and key lists', () => {
    const c = compactFigure(figure);
    expect({ ...c }).toEqual(figure);
    expect(JSON.parse(JSON.stringify(c))).toEqual(figure);
    expect(Object.keys(c).sort()).toEqual(Object.keys(figure).sort());
  });

  it('does not hold the SVG string itself', () => {
    const c = compactFigure(figure);
    const d = Object.getOwnPropertyDescriptor(c, 'svg');
    expect(d?.get).toBeTypeOf('function');
    expect(d?.value).toBeUndefined();
  });
});
