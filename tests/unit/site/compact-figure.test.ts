import { describe, expect, it } from 'vitest';
import type { ChartFigure } from '../../../src/charts/figure.ts';
import { drawnOnce, packFigures, unpackFigures } from '../../../src/site/compact-figure.ts';

const svgOf = (w: number) => `<svg viewBox="0 0 ${w} 200" role="img"><title>临湘：目标完成了吗？</title>${Array.from({ length: 300 }, (_, i) => `<rect x="${i}" y="${(i * 7) % 200}" width="1" height="2" fill="#1f6f8b"><title>第${i}行 “2023年工业总产值12.3亿元”</title></rect>`).join('')}</svg>`;

const figure: ChartFigure = {
  id: 'promise-linxiang',
  title: '临湘：目标完成了吗？',
  takeaway: '四项目标中三项完成',
  desc: '条形图',
  source: '临湘高新区2022年工作计划',
  svg: svgOf(352),
  table: { caption: 'c', columns: ['指标', '目标'], rows: [['工业总产值', '12.3']], numeric: [false, true], hrefs: ['/quote/a'] },
  note: '时期不同',
  legend: [{ label: '目标', color: '#999' }],
};

interface Two { promise: ChartFigure | null; land: ChartFigure | null }

describe('packFigures', () => {
  it('reads back the same figures, as often as asked, key order included', () => {
    const figures: Two = { promise: figure, land: null };
    const p = packFigures(figures);
    for (let i = 0; i < 2; i++) {
      const back = unpackFigures(p);
      expect(back).toEqual(figures);
      expect(JSON.stringify(back)).toBe(JSON.stringify(figures));
    }
  });

  it('holds the figures deflated, outside the strings it was given', () => {
    const p = packFigures({ promise: figure, land: null });
    expect(p.bytes).toBeInstanceOf(Buffer);
    expect(p.bytes.length).toBeLessThan(JSON.stringify(figure).length / 4);
  });
});

describe('drawnOnce', () => {
  it('draws each key once, hands back the object while recent and an equal copy after', () => {
    const owner = {};
    let draws = 0;
    const get = (key: string) => drawnOnce(owner, 'charts', key, 1, () => { draws++; return { promise: { ...figure, id: key }, land: null }; });
    const a = get('a');
    expect(get('a')).toBe(a);
    get('b'); // a leaves the recent ones, packed
    const again = get('a');
    expect(again).not.toBe(a);
    expect(again).toEqual(a);
    expect(draws).toBe(2);
  });
});
