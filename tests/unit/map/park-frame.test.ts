/**
 * What every park map of a prefecture shares is worked out once per prefecture, and a park map
 * finds its own park and money totals by id: at national scale, a per-map pass over every park
 * grew each park page with the number of parks.
 */
import { describe, expect, it } from 'vitest';
import type { Park } from '../../../src/data/model.ts';
import { prefectureCode, prefectureCodes, prefectureShape } from '../../../src/map/basemap.ts';
import { placedOf, placeParks, unplacedOf } from '../../../src/map/geo-parks.ts';
import { moneyByPark, moneyByParkRank } from '../../../src/map/money.ts';
import { markedTotals, prefectureFrame, renderParkMap } from '../../../src/map/park-map.ts';
import { pathData, pathDataOnce, type Streamable } from '../../../src/map/path.ts';
import { fitWidth, pad } from '../../../src/map/projection.ts';
import { data, hunan, investment } from '../../map/fixtures.ts';

/** `n` copies of `park` placed far outside Hunan, each counting every property read. */
function farParks(park: Park, n: number): { parks: Park[]; reads: () => number } {
  let reads = 0;
  const parks = Array.from({ length: n }, (_, i) => new Proxy({ ...park, id: `far-${i}`, adcode: '650102', lon: 87.6, lat: 43.8 }, {
    get: (t, k, recv) => {
      reads++;
      return Reflect.get(t, k, recv);
    },
  }));
  return { parks, reads: () => reads };
}

describe('park map frames', () => {
  it('one frame per prefecture and park list: the same object for every park of the prefecture', () => {
    const { dataset } = data();
    const places = placeParks(dataset.parks, hunan());
    const code4 = prefectureCode(dataset.parks[0]?.adcode ?? '');
    const frame = prefectureFrame(hunan(), places, code4);
    expect(prefectureFrame(hunan(), places, code4)).toBe(frame);
    expect(prefectureFrame(hunan(), placeParks([...dataset.parks], hunan()), code4)).not.toBe(frame);
    // the parks in the frame are those whose marker falls inside it, in data order
    expect(frame.inFrame.map((m) => m.p)).toEqual(places.placed.filter((p) => frame.inFrame.some((m) => m.p === p)));
    for (const { xy } of frame.inFrame) expect(xy[0] >= 0 && xy[0] <= 400 && xy[1] >= 0 && xy[1] <= frame.height).toBe(true);
  });

  it('a park map after the first reads no property of a park outside its frame', () => {
    const { dataset, index } = data();
    const far = farParks(dataset.parks[0] as Park, 50);
    const parks = [...far.parks, ...dataset.parks];
    const map = (p: Park) => renderParkMap({ basemap: hunan(), park: p, parks, zones: index.zonesOf(p.id), investments: dataset.investments, base: '/' });
    const [first, ...others] = dataset.parks;
    const svg = map(first as Park).svg;
    const afterFirst = far.reads();
    expect(afterFirst).toBeGreaterThan(0);
    for (const p of others) map(p);
    expect(map(first as Park).svg).toBe(svg);
    expect(far.reads()).toBe(afterFirst);
  });

  it('finds a park among the places by id', () => {
    const { dataset } = data();
    const places = placeParks(dataset.parks, hunan());
    for (const p of dataset.parks) {
      expect(placedOf(places, p.id)).toEqual(places.placed.filter((x) => x.park.id === p.id));
      expect(unplacedOf(places, p.id)).toEqual(places.unplaced.filter((x) => x.park.id === p.id));
    }
    expect(places.unplaced.length).toBeGreaterThan(0);
    expect(placedOf(places, 'nowhere')).toEqual([]);
  });
});

describe('pathDataOnce', () => {
  it('draws each object once, as pathData does', () => {
    const [c1, c2] = prefectureCodes(hunan());
    const one = prefectureShape(hunan(), c1 ?? '');
    const two = prefectureShape(hunan(), c2 ?? '');
    const { projection } = fitWidth(one, 400, pad(0));
    let streams = 0;
    const counted: Streamable = { stream: (sink) => { streams++; return projection.stream(sink); } };
    const draw = pathDataOnce(counted, 2);
    expect(draw(one)).toBe(pathData(one, projection, 2));
    expect(draw(one)).toBe(pathData(one, projection, 2));
    expect(streams).toBe(1);
    expect(draw(two)).toBe(pathData(two, projection, 2));
    expect(streams).toBe(2);
  });
});

describe('markedTotals', () => {
  const rows = [
    investment({ park_id: 'c', amount: 3 }),
    investment({ park_id: 'a', amount: 1 }),
    investment({ park_id: 'b', amount: 2 }),
    investment({ park_id: 'd', amount: 4 }),
  ];

  it('gives this park\'s total and the other marked parks\' in the order of the totals, as a pass over them would', () => {
    const totals = moneyByPark(rows);
    const rank = moneyByParkRank(rows);
    expect(moneyByParkRank(rows)).toBe(rank);
    for (const [parkId, marked] of [['a', ['a', 'd', 'b', 'x']], ['x', ['d', 'c', 'd']], ['b', []]] as const) {
      const { total, others } = markedTotals(totals, rank, parkId, marked);
      expect(total).toBe(totals.find((m) => m.key === parkId));
      expect(others).toEqual(totals.filter((m) => m.key !== parkId && marked.some((k) => k === m.key)));
    }
    expect(markedTotals(totals, rank, 'a', ['d', 'b']).others.map((m) => m.key)).toEqual(['b', 'd']);
  });
});
