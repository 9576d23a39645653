/**
 * The map's two editions: same shape of text table, Chinese output untouched (the zh snapshots),
 * English text with no Chinese interface words left (only data names, which have no English
 * form), links that stay in the edition, numbers and park names in the locale.
 */
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../src/data/model.ts';
import { countyFeatures } from '../../src/map/basemap.ts';
import { wrapWords, textWidth } from '../../src/map/labels.ts';
import { localized, mapHref, parkName } from '../../src/map/locale.ts';
import { renderParkMap } from '../../src/map/park-map.ts';
import { renderProvinceMap } from '../../src/map/province-map.ts';
import { mapText, type MapText } from '../../src/i18n/map-text.ts';
import { data, hunan } from './fixtures.ts';

const HAN = /\p{Script=Han}/u;

/** Every string the data contributes (names, places, quotes…), longest first. */
function dataStrings(d: Dataset): string[] {
  const b = hunan();
  const all = [
    ...d.parks.flatMap((p) => [p.name, p.prefecture, p.county, p.identity_note, ...p.industries]),
    ...d.zones.flatMap((z) => [z.name, z.quote, ...z.industries]),
    ...countyFeatures(b).map((f) => f.properties.name),
  ];
  return [...new Set(all.filter((s) => s !== ''))].sort((a, b2) => b2.length - a.length);
}

/** The text a reader gets from an SVG: element text, titles, descs and aria-labels. */
function readable(svg: string): string[] {
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [
    ...[...svg.matchAll(/>([^<>]+)</g)].map((m) => m[1] ?? ''),
    ...[...svg.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? ''),
  ].map(unescape).filter((s) => s.trim() !== '');
}

/**
 * The Chinese runs of `s` that are not data: a name may be cut out whole or wrapped over lines
 * (a run that is part of a data string is data). 审图号 is quoted in the English honesty note.
 */
function interfaceHan(s: string, names: readonly string[]): string[] {
  let out = s;
  for (const n of names) out = out.split(n).join(' ');
  const runs = out.match(/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]+/gu) ?? [];
  return runs.filter((r) => HAN.test(r) && r !== '审图号' && !names.some((n) => n.includes(r)));
}

function shapeOf(v: unknown): unknown {
  if (typeof v === 'function') return 'function';
  if (typeof v === 'string') return 'string';
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, shapeOf(x)]));
  return typeof v;
}

describe('map text tables', () => {
  it('the default is the Chinese table; the English one has the same shape', () => {
    expect(mapText()).toBe(mapText('zh-CN'));
    expect(shapeOf(mapText('en'))).toEqual(shapeOf(mapText('zh-CN')));
  });

  it('the English table has no Chinese outside the names it is given (审图号 is quoted on purpose)', () => {
    const en: MapText = mapText('en');
    const samples: string[] = [];
    // every function is called with Latin placeholders of each argument pattern the table uses
    const patterns: readonly (readonly unknown[])[] = [['A'], ['A', 'B'], ['A', 'B', true], ['A', 'B', false], [2, [2017, 2022]], [2, ['X', 'Y'], 122], ['A', ['x', 'y'], 'q'], [['x', 'y']], [[]]];
    const visit = (v: unknown): void => {
      if (typeof v === 'string') samples.push(v);
      else if (typeof v === 'function') {
        for (const args of patterns) {
          try {
            samples.push(String((v as (...a: readonly unknown[]) => unknown)(...args)));
          } catch {
            // not this function's arguments
          }
        }
      } else if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    visit(en);
    const leaks = samples.map((s) => s.replace(/审图号/g, '')).filter((s) => HAN.test(s));
    expect(leaks).toEqual([]);
  });

  it('Chinese sentences keep their wording', () => {
    const zh = mapText('zh-CN');
    expect(zh.seat('临湘市')).toBe('标于临湘市县城');
    expect(zh.summaryPlaced('临湘高新区', '岳阳市临湘市')).toBe(`临湘高新区${zh.seatLong('岳阳市临湘市')}。`);
    expect(zh.summaryVague('某园', '长沙市', true)).toBe(`某园${zh.vague('长沙市')}（图上斜线区域）。`);
    // Nothing hatched, nothing said about hatching.
    expect(zh.summaryVague('某园', '长沙市', false)).toBe(`某园${zh.vague('长沙市')}。`);
    expect(zh.summaryZones(['三湾 4000万元', '滨江 1亿元'])).toBe('，其中注明板块的：三湾 4000万元、滨江 1亿元。');
    expect(zh.summaryZones([])).toBe('。');
  });

  it('English sentences', () => {
    const en = mapText('en');
    expect(en.seatLong('临湘市')).toBe('Placed at the county seat of 临湘市, not the park’s actual site');
    expect(en.schematic).toBe('Schematic · not to scale · not actual positions');
    expect(en.honesty).toContain('not an approved standard map (no map review number 审图号)');
    expect(en.moneyDetail(1, [2024])).toBe('1 item, 2024; planned, under construction and completed added together, for orders of magnitude only');
    expect(en.moneyDetail(10, [2017, 2022])).toMatch(/^10 items, 2017, 2022;/);
    expect(en.place('岳阳市', '临湘市')).toBe('临湘市, 岳阳市');
    expect(en.locationBasis.unknown).toBe('Location unknown; not placed on the map');
  });
});

describe('edition links and names', () => {
  it('localized / mapHref put English under en/ and leave Chinese at the root', () => {
    expect(localized('zh-CN', 'parks/linxiang/')).toBe('parks/linxiang/');
    expect(localized('en', 'parks/linxiang/')).toBe('en/parks/linxiang/');
    expect(localized('en', '')).toBe('en/');
    expect(mapHref('/', 'en', 'sources/d/#q-z')).toBe('/en/sources/d/#q-z');
    expect(mapHref('/yuanqu/', 'en', 'map/')).toBe('/yuanqu/en/map/');
    expect(mapHref('/yuanqu/', 'zh-CN', 'map/')).toBe('/yuanqu/map/');
  });

  it('park names use name_en in English where it exists', () => {
    const { index } = data();
    expect(parkName(index.park('linxiang'), 'en')).toBe('Linxiang High-tech Zone');
    expect(parkName(index.park('linxiang'), 'zh-CN')).toBe('临湘高新区');
    expect(parkName({ ...index.park('linxiang'), name_en: '' }, 'en')).toBe('临湘高新区');
  });

  it('wrapWords balances long English names and leaves Chinese names whole', () => {
    expect(wrapWords('临湘高新区', 12.5, 150)).toEqual(['临湘高新区']);
    expect(wrapWords('君山产业开发区（推断）', 12.5, 50)).toEqual(['君山产业开发区（推断）']);
    expect(wrapWords('Linxiang', 12.5, 10)).toEqual(['Linxiang']);
    expect(wrapWords('Linxiang High-tech Zone', 12.5, 150)).toEqual(['Linxiang', 'High-tech Zone']);
    expect(wrapWords('Shuangpai Industrial Concentration Zone', 12.5, 150)).toEqual(['Shuangpai Industrial', 'Concentration Zone']);
    const lines = wrapWords('Junshan Industrial Development Zone (inferred)', 12.5, 150);
    expect(lines.join(' ')).toBe('Junshan Industrial Development Zone (inferred)');
    for (const l of lines) expect(textWidth(l, 12.5)).toBeLessThanOrEqual(150);
  });
});

describe('the English maps', () => {
  const edition = (base: string) => {
    const { dataset, index } = data();
    const province = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base, locale: 'en' });
    const parks = dataset.parks.map((p) => renderParkMap({ basemap: hunan(), park: index.park(p.id), parks: dataset.parks, zones: dataset.zones, investments: dataset.investments, base, locale: 'en' }));
    return { dataset, svgs: [province.svg, ...parks.flatMap((m) => [m.svg, m.schematic?.svg ?? ''])].filter((s) => s !== '') };
  };

  it('every link points into the English edition (park pages and zone quotes), under any base', () => {
    for (const base of ['/', '/yuanqu/']) {
      const { svgs } = edition(base);
      const links = svgs.flatMap((s) => [...s.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1] ?? ''));
      expect(links.length).toBeGreaterThan(10);
      for (const l of links) expect(l.startsWith(`${base}en/`), l).toBe(true);
      expect(links).toContain(`${base}en/parks/linxiang/`);
      expect(links).toContain(`${base}en/sources/linxiang-2022/#q-linxiang-sanwan`);
    }
  });

  it('reads in English: titles, descs, labels and tooltips have no Chinese besides data names', () => {
    const { dataset, svgs } = edition('/');
    const names = dataStrings(dataset);
    const leaks = svgs.flatMap(readable).flatMap((s) => interfaceHan(s, names));
    expect(leaks).toEqual([]);
    const province = svgs[0] ?? '';
    expect(province).toContain('>Industrial parks in Hunan (schematic map)</title>');
    expect(province).toContain('>Linxiang</text>');
    expect(province).toContain('>High-tech Zone</text>');
    expect(province).toContain('>at 临湘市 county seat</text>');
    expect(province).toContain('>county unknown</text>');
    expect(province).not.toContain('临湘高新区');
    // money in the English format (million, not 亿)
    expect(province).toContain('634.62M yuan');
    expect(province).not.toMatch(/[万亿]元/);
  });

  it('a marker\'s accessible name starts with its visible text as the DOM reads it (label in name, WCAG 2.5.3), in both editions', () => {
    const { dataset } = data();
    for (const locale of ['zh-CN', 'en'] as const) {
      const svg = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/', locale }).svg;
      const marks = [...svg.matchAll(/<a class="m-mark m-park[^"]*"[^>]* aria-label="([^"]*)"[^>]*>(.*?)<\/a>/gs)];
      expect(marks).toHaveLength(3);
      for (const [, label, body] of marks) {
        // text nodes as assistive technology joins them: no separator between elements
        const visible = (body ?? '').replace(/<title>.*?<\/title>/s, '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
        expect([locale, (label ?? '').startsWith(visible)]).toEqual([locale, true]);
        if (locale === 'en') expect(visible).toMatch(/^[A-Z][a-z]+ [A-Z]/);
      }
    }
  });

  it('marks Chinese place names on the English map with lang="zh-CN", and the Chinese map not at all', () => {
    const { svgs } = edition('/');
    expect(svgs[0]).toMatch(/<text class="m-plbl"[^>]* lang="zh-CN">长沙市<\/text>/);
    const { dataset } = data();
    const zh = renderProvinceMap({ basemap: hunan(), parks: dataset.parks, investments: dataset.investments, base: '/' }).svg;
    expect(zh).not.toContain('lang=');
  });
});
