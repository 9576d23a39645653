import { geoArea } from 'd3';
import { describe, expect, it } from 'vitest';
import { BasemapError, countyBorders, countyFeatures, isPrefectureCode, parseBasemap, prefectureCodes, prefectureShape } from '../../src/map/basemap.ts';
import { hunan } from './fixtures.ts';

const square = (x0: number, y0: number, d: number) => [[x0, y0], [x0, y0 + d], [x0 + d, y0 + d], [x0 + d, y0], [x0, y0]];
function topo(props: unknown, ring = square(112, 28, 0.1), type = 'Polygon'): unknown {
  return {
    type: 'Topology',
    arcs: [ring],
    objects: { counties: { type: 'GeometryCollection', geometries: [{ type, arcs: [[0]], properties: props }] } },
  };
}
const good = { adcode: '430102', name: '芙蓉区', center: [112.98, 28.2] };

describe('parseBasemap', () => {
  it('accepts the committed Hunan base map: 122 counties in 14 prefectures, all small and d3-wound', () => {
    const b = hunan();
    const fs = countyFeatures(b);
    expect(fs).toHaveLength(122);
    expect(prefectureCodes(b)).toHaveLength(14);
    for (const f of fs) expect(geoArea(f)).toBeLessThan(1e-3);
  });

  it('accepts a minimal valid topology (clockwise ring)', () => {
    expect(countyFeatures(parseBasemap(topo(good)))[0]?.properties.name).toBe('芙蓉区');
  });

  it.each([
    ['not a topology', { type: 'FeatureCollection' }, /not a TopoJSON Topology/],
    ['wrong object name', { type: 'Topology', arcs: [], objects: { china: { type: 'GeometryCollection', geometries: [] } } }, /no GeometryCollection named "counties"/],
    ['a point geometry', topo(good, square(112, 28, 0.1), 'Point'), /Polygon or MultiPolygon/],
    ['a 4-digit adcode', topo({ ...good, adcode: '4301' }), /adcode "4301" is not a 6-digit string/],
    ['a numeric adcode', topo({ ...good, adcode: 430102 }), /adcode 430102/],
    ['no name', topo({ ...good, name: '' }), /name is missing/],
    ['no center', topo({ adcode: '430102', name: 'x' }), /center is not \[lon, lat\]/],
    ['RFC 7946 winding (covers the globe in d3)', topo(good, [...square(112, 28, 0.1)].reverse()), /wound the wrong way/],
  ])('rejects %s with a readable reason', (_, json, message) => {
    expect(() => parseBasemap(json)).toThrow(BasemapError);
    expect(() => parseBasemap(json)).toThrow(message);
  });
});

describe('derived shapes', () => {
  it('knows prefecture codes from county codes', () => {
    expect(isPrefectureCode('430100')).toBe(true);
    expect(isPrefectureCode('430682')).toBe(false);
    expect(isPrefectureCode('430000')).toBe(false);
  });

  it('merges a prefecture from its counties (长沙 has 9 county-level units)', () => {
    const b = hunan();
    expect(countyFeatures(b).filter((f) => f.properties.adcode.startsWith('4301'))).toHaveLength(9);
    const shape = prefectureShape(b, '4301');
    expect(shape.type).toBe('MultiPolygon');
    expect(geoArea(shape)).toBeGreaterThan(0);
    expect(geoArea(shape)).toBeLessThan(1e-3);
  });

  it('draws county borders inside prefectures once, and none for a prefecture with one county', () => {
    const b = hunan();
    expect(countyBorders(b).coordinates.length).toBeGreaterThan(50);
    expect(countyBorders(b, '4301').coordinates.length).toBeGreaterThan(0);
    expect(countyBorders(b, '9999').coordinates).toEqual([]);
  });
});
