/** Parks checked against the base map: an adcode it lacks, coordinates outside the park's county. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import type { Park } from '../../src/data/model.ts';
import { parseBasemap, provinceCodes, scopeBasemap } from '../../src/map/basemap.ts';
import { placeIssues, rowLocator } from '../../src/map/check-places.ts';
import { renderProvinceMap } from '../../src/map/province-map.ts';

const TIANJIN = 'tests/fixtures/datasets/tianjin';
const basemap = parseBasemap(JSON.parse(readFileSync(resolve(TIANJIN, 'geo/counties.topo.json'), 'utf8')));
const HEADER = 'id,name,name_en,province,prefecture,county,adcode,level,lat,lon,location_basis,identity_basis,identity_note,industries';
const park = (over: Partial<Park>): Park => ({
  id: 'teda', name: '天津经济技术开发区', name_en: 'TEDA', province: '天津市', prefecture: '天津市', county: '滨海新区', adcode: '120116', level: '经济技术开发区',
  lat: 39.032, lon: 117.648, location_basis: 'county_seat', identity_basis: 'named', identity_note: '', industries: [], ...over,
} as Park);
const check = (p: Park) => placeIssues([p], basemap, 'data/parks.csv', rowLocator(`${HEADER}\nx,…\nteda,…\n`), 'data/geo/county-seats.csv').map(formatIssue);

describe('check-data: where the parks are', () => {
  it('accepts a park at its county seat, inside its county, or with no coordinates', () => {
    expect(check(park({}))).toEqual([]);
    expect(check(park({ lat: 39.0, lon: 117.7, location_basis: 'approximate' }))).toEqual([]);
    expect(check(park({ lat: undefined, lon: undefined, location_basis: 'unknown' }))).toEqual([]);
  });

  it('rejects coordinates outside the county of the adcode, at file:line:col with the seat in the hint', () => {
    expect(check(park({ lat: 29.4741, lon: 113.4448 }))).toEqual([
      'data/parks.csv:3:9: value "29.4741" in column lat (with lon 113.4448) lies outside 滨海新区 (120116), the county of the park\'s adcode (滨海新区\'s county seat is at lat 39.0320, lon 117.6480 (data/geo/county-seats.csv); check that lat and lon are not swapped and are WGS84 (not GCJ-02 or BD-09), or correct the adcode)',
    ]);
  });

  it('rejects an adcode the base map does not have, naming the county\'s code when it knows the name', () => {
    expect(check(park({ adcode: '120199' }))).toEqual([
      'data/parks.csv:3:7: value "120199" in column adcode is not a county (or prefecture) of the base map, so the park cannot be drawn (data/geo/county-seats.csv has 滨海新区 as 120116)',
    ]);
  });
});

describe('the province map of parks in one province or several', () => {
  it('draws the parks\' province alone, or every province of the base map', () => {
    expect(provinceCodes(scopeBasemap(basemap, ['430682']))).toEqual(['43']);
    expect(provinceCodes(scopeBasemap(basemap, ['430682', '120116']))).toEqual(['12', '43']);
    const both = renderProvinceMap({ basemap, parks: [park({}), park({ id: 'lx', name: '临湘', province: '湖南省', prefecture: '岳阳市', county: '临湘市', adcode: '430682', lat: 29.4741, lon: 113.4448 })], investments: [], base: '/' });
    expect(both.svg).not.toContain('NaN');
    expect(both.svg).toContain('<title id="pm-t">天津、湖南园区分布示意图</title>');
    for (const m of both.marks) {
      expect(m.x).toBeGreaterThan(0);
      expect(m.x).toBeLessThan(both.width);
      expect(m.y).toBeGreaterThan(0);
      expect(m.y).toBeLessThan(both.height);
    }
  });
});
