/** SVG snapshots of the province map (both editions) and of one park map (county context + zone schematic). */
import { describe, expect, it } from 'vitest';
import { renderParkMap } from '../../src/map/park-map.ts';
import { renderProvinceMap } from '../../src/map/province-map.ts';
import { data, expectSvgSnapshot, hunan } from './fixtures.ts';

describe('map snapshots', () => {
  it('province', async () => {
    const { dataset } = data();
    const m = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/' });
    // numbers are rounded: no coordinate with more than two decimals anywhere
    expect(m.svg).not.toMatch(/\d\.\d{3,}/);
    await expectSvgSnapshot(m.svg, '__snapshots__/province.svg');
  });

  it('province, English edition', async () => {
    const { dataset } = data();
    const m = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/', locale: 'en' });
    expect(m.svg).not.toMatch(/\d\.\d{3,}/);
    await expectSvgSnapshot(m.svg, '__snapshots__/province-en.svg');
  });

  it('park linxiang (county context)', async () => {
    const { dataset, index } = data();
    const m = renderParkMap({ basemap: hunan(), park: index.park('linxiang'), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/' });
    expect(m.svg).not.toMatch(/\d\.\d{3,}/);
    await expectSvgSnapshot(m.svg, '__snapshots__/park-linxiang.svg');
  });

  it('park linxiang (zone schematic)', async () => {
    const { dataset, index } = data();
    const m = renderParkMap({ basemap: hunan(), park: index.park('linxiang'), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/yuanqu/' });
    expect(m.schematic?.svg).toContain('href="/yuanqu/sources/linxiang-2022/#q-linxiang-sanwan"');
    await expectSvgSnapshot(m.schematic?.svg ?? '', '__snapshots__/park-linxiang-zones.svg');
  });

  it('is deterministic: ids are stable and unique within an SVG', () => {
    const { dataset } = data();
    const a = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/' }).svg;
    const b = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/' }).svg;
    expect(a).toBe(b);
    const ids = [...a.matchAll(/ id="([^"]+)"/g)].map((x) => x[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // the English edition has exactly the same ids (only text and links differ)
    const en = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/', locale: 'en' }).svg;
    expect([...en.matchAll(/ id="([^"]+)"/g)].map((x) => x[1])).toEqual(ids);
  });
});
