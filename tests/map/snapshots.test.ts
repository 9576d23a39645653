/** SVG snapshots of the province map (both editions) and of one park map (county context + zone schematic). */
import { describe, expect, it } from 'vitest';
import { parkMapPrefectures, prefectureShapesFile, renderParkMap } from '../../src/map/park-map.ts';
import { provinceShapesFile, renderProvinceMap } from '../../src/map/province-map.ts';
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

describe('province map with its shapes in a shared file', () => {
  it('draws the same shapes from the file: every <use> into it names a path the file has, and the page keeps only what its own marks paint', () => {
    const { dataset } = data();
    const input = { basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/yuanqu/' };
    const inline = renderProvinceMap(input).svg;
    const shared = renderProvinceMap({ ...input, shapesHref: '/yuanqu/map/counties.svg' }).svg;
    const file = provinceShapesFile(hunan(), dataset.parks);
    const pathsOf = (svg: string) => new Map([...svg.matchAll(/<path id="([^"]+)" d="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
    const inFile = pathsOf(file);
    const inlinePaths = pathsOf(inline);
    // The file holds exactly the prefecture shapes the inline map defines, plus the county borders.
    expect([...inFile.keys()].sort()).toEqual([...inlinePaths.keys(), 'pm-cb'].sort());
    for (const [id, d] of inlinePaths) expect(inFile.get(id), id).toBe(d);
    expect(inFile.get('pm-cb')).toBe(/<path class="m-cb" d="([^"]+)"/.exec(inline)?.[1]);
    const refs = [...shared.matchAll(/<use (?:class="[^"]*" )?href="\/yuanqu\/map\/counties\.svg#([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(refs.length).toBe(3 * (inFile.size - 1) + 1);
    for (const id of refs) expect(inFile.has(id), id).toBe(true);
    // The hatch of a park placed only in its prefecture still finds its shape in the page.
    const local = [...pathsOf(shared).keys()];
    const hatched = [...shared.matchAll(/<use href="#([^"]+)" fill="url\(#pm-hatch\)"/g)].map((m) => m[1]);
    expect(hatched.length).toBeGreaterThan(0);
    expect(local.sort()).toEqual([...new Set(hatched)].sort());
    expect(shared.length).toBeLessThan(inline.length / 2);
    expect(file).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"><defs>/);
  });
});

describe('park maps with their shapes in a shared file per prefecture', () => {
  const pathsOf = (svg: string) => new Map([...svg.matchAll(/<path id="([^"]+)" d="([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? '']));
  it('draw the same shapes from their prefecture\'s file, which the parks of one prefecture share', () => {
    const { dataset, index } = data();
    const codes = parkMapPrefectures(dataset.parks);
    expect(codes).toEqual(['4301', '4306', '4311']);
    const hrefs = new Map<string, string>();
    for (const park of dataset.parks) {
      const input = { basemap: hunan(), park: index.park(park.id), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base: '/yuanqu/' };
      const code = park.adcode.slice(0, 4);
      const href = `/yuanqu/map/prefectures/${code}.svg`;
      const inline = renderParkMap(input).svg;
      const shared = renderParkMap({ ...input, shapesHref: href }).svg;
      const file = prefectureShapesFile(hunan(), dataset.parks, code);
      const inFile = pathsOf(file);
      // The file holds the shapes the inline map defines (under the prefecture's ids) and the borders.
      const inlinePaths = [...pathsOf(inline)].map(([id, d]) => [id.replace(`pk-${park.id}-`, `pf${code}-`), d] as const);
      expect([...inFile.keys()].sort()).toEqual([...inlinePaths.map(([id]) => id), `pf${code}-cb`].sort());
      for (const [id, d] of inlinePaths) expect(inFile.get(id), id).toBe(d);
      const refs = [...shared.matchAll(/<use (?:class="[^"]*" )?href="([^"#]*)#([^"]+)"/g)].map((m) => [m[1] ?? '', m[2] ?? ''] as const);
      for (const [from, id] of refs) {
        if (from === '') expect(pathsOf(shared).has(id), id).toBe(true);
        else expect([from, inFile.has(id)], id).toEqual([href, true]);
      }
      expect(refs.filter(([from]) => from === href).length).toBe(3 * (inFile.size - 1) + 1);
      // What the page keeps is what its own hatch paints: nothing in this data but the hatched prefecture.
      const hatched = [...shared.matchAll(/<use href="#([^"]+)" fill="url\(#pk-[^"]+-hatch\)"/g)].map((m) => m[1]);
      expect([...pathsOf(shared).keys()].sort()).toEqual([...new Set(hatched)].sort());
      expect(shared.length).toBeLessThan(inline.length - 3000);
      hrefs.set(park.id, href);
    }
    expect(hrefs.get('linxiang')).toBe(hrefs.get('junshan'));
  });
});
