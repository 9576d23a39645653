/** The pure helpers of src/cli/prepare-geo.ts (the base-map data loader). */
import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import {
  badAreas, countySeatsCsv, gcj02ToWgs84Position, isAdcode, parkAdcodes, parseCli, provincesOf, rewindPolygonForD3,
  roundTo, sourceFeatures, toCountyFeature, toSourceFeature, type Ring,
} from '../../src/cli/prepare-geo.ts';

const ccw: Ring = [[112, 28], [112.1, 28], [112.1, 28.1], [112, 28.1], [112, 28]]; // RFC 7946 exterior
const cw: Ring = [...ccw].reverse();

describe('prepare-geo helpers', () => {
  it.each([
    ['430682', true],
    [' 430682', false],
    ['4306', false],
    [430682, false],
  ] as const)('isAdcode(%j) → %s', (v, expected) => {
    expect(isAdcode(v)).toBe(expected);
  });

  it('takes the sorted unique provinces of valid adcodes', () => {
    expect(provincesOf(['430682', '431123', ' 420100 ', 'xx', '4301'])).toEqual(['42', '43']);
    expect(provincesOf([])).toEqual([]);
  });

  it('reads the adcode column of a parks CSV, and refuses a CSV without one', () => {
    expect(parkAdcodes('id,adcode\na,430682\nb,\nc,430100\n')).toEqual(['430682', '430100']);
    expect(() => parkAdcodes('id,code\na,1\n')).toThrow(/no "adcode" column/);
  });

  it('rounds to decimals', () => {
    expect(roundTo(113.44484, 4)).toBe(113.4448);
    expect(roundTo(-0.00004, 4)).toBeCloseTo(0, 9);
  });

  it('converts GCJ-02 to WGS84 by about 0.006° west and 0.0025° north in Hunan', () => {
    const [lon, lat] = gcj02ToWgs84Position([113.4507, 29.4716]);
    expect(113.4507 - lon).toBeGreaterThan(0.004);
    expect(113.4507 - lon).toBeLessThan(0.008);
    expect(lat - 29.4716).toBeGreaterThan(0.001);
    expect(lat - 29.4716).toBeLessThan(0.004);
  });

  it('rewinds RFC 7946 rings for d3 (exterior clockwise, holes counter-clockwise), idempotently', () => {
    const hole: Ring = [[112.02, 28.02], [112.02, 28.04], [112.04, 28.04], [112.04, 28.02], [112.02, 28.02]]; // clockwise in RFC terms
    const fixed = rewindPolygonForD3([ccw, hole]);
    expect(geoArea({ type: 'Polygon', coordinates: fixed })).toBeLessThan(1e-4);
    expect(geoArea({ type: 'Polygon', coordinates: fixed })).toBeGreaterThan(0);
    expect(rewindPolygonForD3(fixed)).toEqual(fixed);
    expect(rewindPolygonForD3([cw])).toEqual([cw]);
  });

  it('reports features that cover the globe or have no geometry', () => {
    const f = (ring: Ring, adcode: string) => ({ type: 'Feature' as const, properties: { adcode }, geometry: { type: 'Polygon' as const, coordinates: [ring] } });
    expect(badAreas([f(cw, '430001'), f(ccw, '430002')])).toEqual(['430002']);
  });

  it('validates DataV features and skips anything that is not an area with a 6-digit adcode', () => {
    const good = { type: 'Feature', properties: { adcode: 430682, name: '临湘市', center: [113.45, 29.47] }, geometry: { type: 'Polygon', coordinates: [ccw] } };
    expect(toSourceFeature(good)?.adcode).toBe('430682');
    expect(toSourceFeature({ ...good, properties: { ...good.properties, adcode: 4306 } })).toBeUndefined();
    expect(toSourceFeature({ ...good, geometry: { type: 'Point', coordinates: [1, 2] } })).toBeUndefined();
    expect(sourceFeatures({ type: 'FeatureCollection', features: [good, {}] })).toHaveLength(1);
    expect(() => sourceFeatures({ type: 'Feature' })).toThrow(/FeatureCollection/);
  });

  it('builds county features in WGS84 with d3 winding, and the seats CSV sorted by adcode', () => {
    const src = toSourceFeature({ type: 'Feature', properties: { adcode: '430682', name: '临湘市', center: [113.4507, 29.4716] }, geometry: { type: 'Polygon', coordinates: [ccw] } });
    if (!src) throw new Error('fixture');
    const f = toCountyFeature(src);
    expect(badAreas([f])).toEqual([]);
    expect(f.properties.center[0]).toBeLessThan(113.4507);
    const other = { ...f, properties: { ...f.properties, adcode: '430102', name: '芙蓉区', center: [112.9825, 28.1965] as [number, number] } };
    expect(countySeatsCsv([f, other])).toBe(`adcode,name,lat,lon\n430102,芙蓉区,28.1965,112.9825\n430682,临湘市,${f.properties.center[1].toFixed(4)},${f.properties.center[0].toFixed(4)}\n`);
  });

  it('resolves --parks and --out against the working directory', () => {
    expect(parseCli(['--parks', 'x.csv', '--out', 'o'], '/tmp/w')).toEqual({ parks: '/tmp/w/x.csv', out: '/tmp/w/o' });
    expect(() => parseCli(['--nope'])).toThrow();
  });
});
