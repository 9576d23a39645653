/** The investment layer: money rows only, garbled excluded, units converted, area ∝ amount. */
import { describe, expect, it } from 'vitest';
import { bubbleRadius, isMoneyRow, moneyByPark, moneyByZone, wanOf } from '../../src/map/money.ts';
import { renderParkMap } from '../../src/map/park-map.ts';
import { renderProvinceMap } from '../../src/map/province-map.ts';
import { data, hunan, investment } from './fixtures.ts';

describe('money rows', () => {
  it.each([
    ['万元', 'ok', true],
    ['亿元', 'ok', true],
    ['元', 'suspect', true],
    ['万元', 'garbled', false],
    ['亩', 'ok', false],
    ['万平方米', 'ok', false],
    ['万伏', 'ok', false],
    ['亿美元', 'ok', false],
    ['万美元', 'ok', false],
  ] as const)('%s flagged %s → plotted: %s', (unit, flag, expected) => {
    expect(isMoneyRow(investment({ unit, flag }))).toBe(expected);
  });

  it('converts 亿元 to 万元 before summing, per park and per zone', () => {
    const rows = [
      investment({ id: 'a', park_id: 'p', zone_id: 'z1', amount: 0.3, unit: '亿元', year: 2017 }),
      investment({ id: 'b', park_id: 'p', zone_id: 'z1', amount: 500, unit: '万元', year: 2018 }),
      investment({ id: 'c', park_id: 'p', amount: 2023, unit: '万元', flag: 'garbled' }),
      investment({ id: 'd', park_id: 'q', amount: 8, unit: '亩' }),
      investment({ id: 'e', park_id: 'q', amount: 10, unit: '万元', flag: 'suspect' }),
    ];
    expect(wanOf(rows[0] as never)).toBe(3000);
    expect(moneyByPark(rows).map((m) => [m.key, m.wan, m.rows.length, m.years, m.doubtful])).toEqual([
      ['p', 3500, 2, [2017, 2018], false],
      ['q', 10, 1, [2017], true],
    ]);
    expect(moneyByZone(rows).map((m) => [m.key, m.wan])).toEqual([['z1', 3500]]);
  });

  it('never adds 美元 to 元: a 亿美元 row is not money the map totals', () => {
    const rows = [
      investment({ id: 'a', park_id: 'p', amount: 500, unit: '万元' }),
      investment({ id: 'b', park_id: 'p', amount: 2, unit: '亿美元' }),
      investment({ id: 'c', park_id: 'q', amount: 300, unit: '万美元' }),
    ];
    expect(moneyByPark(rows).map((m) => [m.key, m.wan, m.rows.length])).toEqual([['p', 500, 1]]);
  });

  it('on the embedded data: 临湘 6.35亿元 across two documents, 君山 50万元, 双牌 none; the garbled 2023 rows never count', () => {
    const { dataset } = data();
    const byPark = Object.fromEntries(moneyByPark(dataset.investments).map((m) => [m.key, m.wan]));
    expect(byPark).toEqual({ linxiang: 63461.7, 'xx-health-food': 4000, junshan: 50 });
    expect(moneyByZone(dataset.investments).map((m) => [m.key, m.wan])).toEqual([
      ['linxiang-ruxi', 24000],
      ['linxiang-sanwan', 4000],
      ['linxiang-lshg', 2000],
      ['junshan-biaozhunhua', 50],
    ]);
  });
});

describe('bubble areas', () => {
  it('are proportional to amounts (scaleSqrt from zero)', () => {
    const r = bubbleRadius(63461.7, 28);
    expect(r(63461.7)).toBeCloseTo(28, 6);
    expect(r(0)).toBe(0);
    for (const [a, b] of [[50, 63461.7], [4000, 24000], [1, 2]] as const) {
      expect((r(a) ** 2) / (r(b) ** 2)).toBeCloseTo(a / b, 9);
    }
  });

  it('on the province map and the park map, drawn radii² are proportional to the totals', () => {
    const { dataset, index } = data();
    const b = hunan();
    const pm = renderProvinceMap({ basemap: b, parks: dataset.parks, investments: dataset.investments, base: '/' });
    const lin = pm.marks.find((m) => m.id === 'linxiang-money');
    const jun = pm.marks.find((m) => m.id === 'junshan-money');
    expect(pm.marks.find((m) => m.id === 'shuangpai-money')).toBeUndefined();
    // the unplaced park's money is listed, not drawn
    expect(pm.marks.find((m) => m.id === 'xx-health-food-money')).toBeUndefined();
    expect(((jun?.r ?? 0) / (lin?.r ?? 1)) ** 2).toBeCloseTo(50 / 63461.7, 2);

    const park = renderParkMap({ basemap: b, park: index.park('linxiang'), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/' });
    const total = park.marks.find((m) => m.id === 'linxiang-money')?.r ?? 0;
    const ruxi = park.schematic?.bubbles.find((x) => x.zoneId === 'linxiang-ruxi')?.r ?? 0;
    expect((ruxi / total) ** 2).toBeCloseTo(24000 / 63461.7, 6);
  });
});
