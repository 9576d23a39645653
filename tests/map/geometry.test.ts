/** Projection, park placement, path encoding: markers land in their counties, the map fits its box. */
import { geoContains, geoPath, polygonContains } from 'd3';
import { describe, expect, it } from 'vitest';
import { countyFeature, countyFeatures } from '../../src/map/basemap.ts';
import { placeParks } from '../../src/map/geo-parks.ts';
import { nearestInView, renderParkMap } from '../../src/map/park-map.ts';
import { LIMITS } from '../../src/lib/limits.ts';
import { encodePath, projectedLines, type ProjectedLine } from '../../src/map/path.ts';
import { conicFor, fitWidth, pad, project } from '../../src/map/projection.ts';
import { renderProvinceMap } from '../../src/map/province-map.ts';
import { data, hunan } from './fixtures.ts';

describe('park placement', () => {
  it('places every park that has coordinates, and only those (location_basis=unknown is listed, not placed)', () => {
    const { dataset } = data();
    const { placed, unplaced } = placeParks(dataset.parks, hunan());
    expect(placed.map((p) => p.park.id).sort()).toEqual(['junshan', 'linxiang', 'shuangpai']);
    expect(unplaced.map((u) => [u.park.id, u.prefecture])).toEqual([['xx-health-food', '4301']]);
    expect(unplaced[0]?.reason).toContain('浏东公路');
  });

  it('every park marker falls inside its county polygon (d3.geoContains), on the sphere and on the map', () => {
    const { dataset } = data();
    const b = hunan();
    const { placed } = placeParks(dataset.parks, b);
    const map = renderProvinceMap({ basemap: b, parks: dataset.parks, investments: dataset.investments, base: '/' });
    const all = { type: 'FeatureCollection' as const, features: countyFeatures(b) };
    const { projection } = fitWidth(all, map.width, pad(14));
    for (const p of placed) {
      const county = countyFeature(b, p.park.adcode);
      expect(county, p.park.id).toBeDefined();
      if (!county) continue;
      expect([p.park.id, geoContains(county, [...p.lonLat])]).toEqual([p.park.id, true]);
      // the county seat written in parks.csv is the base map's seat
      expect(p.lonLat).toEqual(county.properties.center);
      // and the drawn marker is inside the drawn county (projected rings)
      const mark = map.marks.find((m) => m.id === p.park.id);
      expect(mark).toBeDefined();
      const rings = projectedLines(county, projection).map((l) => l.points.map(([x, y]) => [x, y] as [number, number]));
      expect([p.park.id, rings.some((r) => polygonContains(r, [mark?.x ?? NaN, mark?.y ?? NaN]))]).toEqual([p.park.id, true]);
    }
  });

  it('park maps place the park inside the frame and inside its county', () => {
    const { dataset, index } = data();
    const b = hunan();
    for (const id of ['linxiang', 'shuangpai', 'junshan']) {
      const m = renderParkMap({ basemap: b, park: index.park(id), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/' });
      const mark = m.marks.find((k) => k.id === id);
      expect(m.placed).toBe(true);
      expect(mark?.x).toBeGreaterThan(0);
      expect(mark?.x).toBeLessThan(m.width);
      expect(mark?.y).toBeGreaterThan(0);
      expect(mark?.y).toBeLessThan(m.height);
    }
    const vague = renderParkMap({ basemap: b, park: index.park('xx-health-food'), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/' });
    expect(vague.placed).toBe(false);
    expect(vague.marks.some((k) => k.id === 'xx-health-food')).toBe(false);
    expect(vague.svg).toContain('m-vague');
  });
});

describe('park map at national density', () => {
  const at = (id: string, x: number, y: number) => ({ p: { park: { id } }, xy: [x, y] as [number, number] });

  it('keeps the park and its nearest neighbours, in data order, and counts the rest', () => {
    const others = Array.from({ length: 50 }, (_, i) => at(`p${i}`, 100 + (i % 2 === 0 ? i : -i) * 3, 100));
    const { inView, hiddenParks } = nearestInView([...others, at('self', 100, 100)], 'self', [0, 0]);
    expect(inView[0]?.p.park.id).toBe('self');
    expect(inView).toHaveLength(1 + LIMITS.parkMapNeighbours);
    expect(hiddenParks).toBe(50 - LIMITS.parkMapNeighbours);
    const kept = inView.slice(1);
    const far = Math.max(...kept.map((m) => Math.abs(m.xy[0] - 100)));
    const hidden = others.filter((m) => !kept.includes(m));
    expect(hidden.every((m) => Math.abs(m.xy[0] - 100) >= far)).toBe(true);
    expect(kept.map((m) => others.indexOf(m))).toEqual([...kept.map((m) => others.indexOf(m))].sort((a, b) => a - b));
  });

  it('measures from the frame centre when the park is not placed, and hides nothing below the limit', () => {
    const few = [at('a', 0, 0), at('b', 10, 10)];
    expect(nearestInView(few, 'self', [5, 5])).toEqual({ inView: few, hiddenParks: 0 });
  });

  it('a park among hundreds in its prefecture marks only the nearest, and says how many it left out', () => {
    const { dataset, index } = data();
    const b = hunan();
    const home = index.park('linxiang');
    // 200 parks at the seats of the counties around Linxiang (the same county repeated)
    const seats = countyFeatures(b).filter((f) => f.properties.adcode.startsWith('4306'));
    const crowd = Array.from({ length: 200 }, (_, i) => {
      const f = seats[i % seats.length];
      return { ...home, id: `crowd-${i}`, adcode: f?.properties.adcode ?? home.adcode, lon: f?.properties.center[0], lat: f?.properties.center[1] };
    });
    const m = renderParkMap({ basemap: b, park: home, parks: [...dataset.parks, ...crowd], zones: dataset.zones, investments: dataset.investments, base: '/' });
    const parkMarks = m.marks.filter((k) => !k.id.endsWith('-money'));
    expect(parkMarks[0]?.id).toBe('linxiang');
    expect(parkMarks).toHaveLength(1 + LIMITS.parkMapNeighbours);
    expect(m.hiddenParks).toBeGreaterThanOrEqual(200 - LIMITS.parkMapNeighbours);
    // the park's own name is always there; neighbours are named only where a label fits
    const parksLayer = m.svg.slice(m.svg.lastIndexOf('data-layer="parks"'));
    const named = parksLayer.split('<g class="m-pb"').slice(1).filter((g) => g.includes('<text'));
    expect(named.length).toBeGreaterThan(0);
    expect(named.length).toBeLessThan(parkMarks.length);
    expect(parksLayer.split('<g class="m-pb"')[1]).toContain('<text');
    const plain = renderParkMap({ basemap: b, park: home, parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/' });
    expect(plain.hiddenParks).toBe(0);
  });
});

describe('projection', () => {
  it('is a conic centred on the data: Hunan gets 111.5°E and parallels inside 24.6–30.1°N', () => {
    const p = conicFor({ type: 'FeatureCollection', features: countyFeatures(hunan()) });
    expect(p.rotate()[0]).toBeCloseTo(-111.52, 1);
  });

  it('fits the province inside the padded box at the requested width', () => {
    const all = { type: 'FeatureCollection' as const, features: countyFeatures(hunan()) };
    const { projection, width, height } = fitWidth(all, 560, pad(14));
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(all);
    expect(width).toBe(560);
    expect(x0).toBeCloseTo(14, 0);
    expect(x1).toBeCloseTo(546, 0);
    expect(y0).toBeGreaterThanOrEqual(13.9);
    expect(y1).toBeLessThanOrEqual(height - 13.9);
    expect(height / width).toBeGreaterThan(1);
    expect(height / width).toBeLessThan(1.3);
  });

  it('respects a maximum height by fitting both ways and centring', () => {
    const b = hunan();
    const shape = { type: 'FeatureCollection' as const, features: countyFeatures(b).filter((f) => f.properties.adcode.startsWith('4306')) };
    const { projection, height } = fitWidth(shape, 400, pad(24), { maxHeight: 360 });
    const [[x0, y0], [x1, y1]] = geoPath(projection).bounds(shape);
    expect(height).toBeLessThanOrEqual(360);
    expect(x0).toBeGreaterThanOrEqual(23.9);
    expect(x1).toBeLessThanOrEqual(376.1);
    expect(y0).toBeGreaterThanOrEqual(23.9);
    expect(y1).toBeLessThanOrEqual(height - 23.9);
    expect(project(projection, [113.4448, 29.4741])[0]).toBeGreaterThan(x0);
  });
});

/** Parses our path data back to absolute points (M/m/l/z only). */
function decode(d: string, grid: number): { points: [number, number][]; closed: boolean }[] {
  const out: { points: [number, number][]; closed: boolean }[] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MmLlz])([^MmLlz]*)/g)) {
    const nums = (args ?? '').match(/-?\d+/g)?.map(Number) ?? [];
    if (cmd === 'z') {
      const last = out[out.length - 1];
      if (last) { last.closed = true; const start = last.points[0]; if (start) { x = start[0] * grid; y = start[1] * grid; } }
      continue;
    }
    for (let i = 0; i < nums.length; i += 2) {
      const dx = nums[i] ?? 0;
      const dy = nums[i + 1] ?? 0;
      if (cmd === 'M' && i === 0) { x = dx; y = dy; }
      else { x += dx; y += dy; }
      if ((cmd === 'M' || cmd === 'm') && i === 0) out.push({ points: [], closed: false });
      out[out.length - 1]?.points.push([x / grid, y / grid]);
    }
  }
  return out;
}

describe('encodePath', () => {
  const ring: ProjectedLine = { closed: true, points: [[10, 10], [20, 10], [20, 20], [10, 20]] };
  const line: ProjectedLine = { closed: false, points: [[1.1, 2.2], [3.3, 4.4], [3.31, 4.41], [6, 0]] };

  it.each([
    ['a ring with relative steps', [ring], 1, 'M10 10l10 0 0 10-10 0z'],
    ['a line, repeated snapped points dropped', [line], 1, 'M1 2l2 2 3-4'],
    ['a quarter-pixel grid', [line], 4, 'M4 9l9 9 11-18'],
    ['a second subpath starts relative to the end of the first ring', [ring, ring], 1, 'M10 10l10 0 0 10-10 0zm0 0l10 0 0 10-10 0z'],
    ['degenerate rings and lines vanish', [{ closed: true, points: [[0, 0], [0.1, 0.1], [0, 0]] }, { closed: false, points: [[5, 5]] }], 1, ''],
  ] as const)('%s', (_, lines, grid, expected) => {
    expect(encodePath(lines as readonly ProjectedLine[], grid)).toBe(expected);
  });

  it('round-trips real county borders to within half a grid step, with no drift', () => {
    const b = hunan();
    const all = { type: 'FeatureCollection' as const, features: countyFeatures(b) };
    const { projection } = fitWidth(all, 560, pad(14));
    const lines = projectedLines(all, projection).slice(0, 40);
    const decoded = decode(encodePath(lines, 4), 4);
    expect(decoded.length).toBe(lines.length);
    for (const [i, l] of lines.entries()) {
      const first = l.points[0];
      const back = decoded[i]?.points[0];
      expect(Math.abs((back?.[0] ?? 0) - (first?.[0] ?? 0))).toBeLessThanOrEqual(0.125 + 1e-9);
      expect(Math.abs((back?.[1] ?? 0) - (first?.[1] ?? 0))).toBeLessThanOrEqual(0.125 + 1e-9);
      const lastIn = l.points[l.points.length - 1];
      const lastOut = decoded[i]?.points[(decoded[i]?.points.length ?? 1) - 1];
      if (!l.closed) expect(Math.hypot((lastOut?.[0] ?? 0) - (lastIn?.[0] ?? 0), (lastOut?.[1] ?? 0) - (lastIn?.[1] ?? 0))).toBeLessThanOrEqual(0.18);
    }
  });
});
