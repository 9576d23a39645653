/**
 * A park outside Hunan: the fixture dataset tests/fixtures/datasets/tianjin (the Hunan fixture
 * plus 天津经济技术开发区, 滨海新区 120116, with a 2009 news-item text written for the test) is built
 * and read in Chromium. Every count, place and year span the copy gives is checked against what
 * the fixture's own files hold — counted here from the loaded rows, not written down — in both
 * editions; the park is drawn on the map of its provinces, inside the frame, and no SVG has NaN.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../src/data/load.ts';
import { fsReader } from '../../src/data/node-fs.ts';
import { buildSite } from '../data/build-site.ts';
import { openSite, watchedPage, type Site } from './harness.ts';

const FIXTURE = resolve('tests/fixtures/datasets/tianjin');
const out = mkdtempSync(join(tmpdir(), 'any-province-'));
const data = loadDatasetOrThrow(fsReader(FIXTURE));

// What the copy must say, counted from the fixture's rows.
const ZH_WORDS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const zh = (n: number) => ZH_WORDS[n] ?? String(n);
const en = (n: number) => EN_WORDS[n] ?? String(n);
const provinces = [...new Set(data.parks.map((p) => p.province))];
const short = provinces.map((p) => p.replace(/省|市$/, ''));
const EN_NAMES: Record<string, string> = { 湖南: 'Hunan', 天津: 'Tianjin' };
const regionZh = short.join('、');
const regionEn = short.map((s) => EN_NAMES[s]).join(' and ');
const parks = data.parks.length;
const docs = data.documents.length;
const fromYear = Math.min(...data.documents.map((d) => d.year));
const toYear = Math.max(...data.indicators.map((r) => r.year));
const teda = data.parks.find((p) => p.province === '天津市');

let site: Site;
beforeAll(async () => {
  buildSite(out, { PARKS_DATA_DIR: FIXTURE });
  site = await openSite(out);
}, 900_000);
afterAll(async () => {
  await site?.close();
  rmSync(out, { recursive: true, force: true });
});

async function texts(path: string, selectors: Record<string, string>): Promise<Record<string, string>> {
  const w = await watchedPage(site, { width: 390 });
  await w.page.goto(site.url(path));
  const got: Record<string, string> = {};
  for (const [k, sel] of Object.entries(selectors)) got[k] = ((await w.page.locator(sel).first().textContent()) ?? '').trim();
  got.description = (await w.page.locator('meta[name="description"]').getAttribute('content')) ?? '';
  expect(w.errors).toEqual([]);
  expect(w.failed).toEqual([]);
  await w.context.close();
  return got;
}

describe('a dataset with a park in another province', () => {
  it('is the dataset the test means: two provinces, a 2009 document, more parks and documents than the curated copy counts', () => {
    expect(provinces).toEqual(['湖南省', '天津市']);
    expect(teda?.adcode).toBe('120116');
    expect(fromYear).toBe(2009);
    expect(docs).toBe(6);
  });

  it('home, Chinese: the kicker, lede and footer name both provinces, the counts and the years', async () => {
    const t = await texts('', { kicker: 'main .kicker', lede: 'main .lede', footer: '.site-footer p' });
    expect(t.kicker).toBe(`${regionZh} · ${fromYear}—${toYear}`);
    expect(t.lede).toMatch(new RegExp(`^${regionZh}${zh(parks)}个开发区的年度工作规划与总结`));
    expect(t.footer).toBe(`数据来自${zh(docs)}份${regionZh}园区年度工作规划、总结与计划原文；每个数字均链接到原句。`);
  });

  it('home, English: the same facts', async () => {
    const t = await texts('en/', { kicker: 'main .kicker', lede: 'main .lede', footer: '.site-footer p' });
    expect(t.kicker).toBe(`${regionEn} · ${fromYear}—${toYear}`);
    expect(t.lede).toMatch(new RegExp(`^Annual plans and reports of ${en(parks)} ${regionEn} development zones`));
    expect(t.footer).toBe(`Data from ${en(docs)} annual work plans and reports of ${regionEn} parks; every number links to its sentence.`);
  });

  it('a finding about all the documents is replaced by the computed copy once a document is added; one about a park that did not change stays', async () => {
    for (const path of ['', 'en/']) {
      const w = await watchedPage(site);
      await w.page.goto(site.url(path));
      const body = (await w.page.locator('main').textContent()) ?? '';
      await w.context.close();
      if (path === '') {
        expect(body).not.toContain('五份文件里只有双牌的总结');
        expect(body).toContain(`${zh(docs)}份文件里有`);
        expect(body).toContain('临湘的两份计划相隔五年');
      } else {
        expect(body).not.toContain('Of the five documents only');
        expect(body).toContain(`of ${en(docs)}.`);
        expect(body).toContain('Linxiang\'s two plans are five years apart');
      }
    }
  });

  it('parks page and map page, both editions: counts and places', async () => {
    expect((await texts('parks/', {})).description).toMatch(new RegExp(`^${regionZh}${zh(parks)}个开发区`));
    expect((await texts('en/parks/', {})).description).toMatch(new RegExp(`^${en(parks).replace(/^./, (c) => c.toUpperCase())} ${regionEn} development zones`));
    const m = await texts('map/', { kicker: 'main .kicker', title: 'svg.m-prov title' });
    expect(m.kicker).toBe(`${regionZh} · 示意图`);
    expect(m.title).toBe(`${regionZh}园区分布示意图`);
    const e = await texts('en/map/', { kicker: 'main .kicker', title: 'svg.m-prov title' });
    expect(e.kicker).toBe(`${regionEn} · schematic`);
    expect(e.title).toBe(`Industrial parks in ${regionEn} (schematic map)`);
  });

  it('draws the Tianjin park inside the map of its provinces and on its own park map, with a caption true of its location basis', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/'));
    const inside = await w.page.evaluate((id) => {
      const svg = document.querySelector('svg.m-prov');
      const pin = svg?.querySelector(`a[data-id="${id}"] .m-pin`);
      const [x = NaN, y = NaN] = (pin?.getAttribute('data-pin') ?? '').split(' ').map(Number);
      const [, , w = 0, h = 0] = (svg?.getAttribute('viewBox') ?? '').split(' ').map(Number);
      return { x, y, w, h };
    }, teda?.id ?? '');
    expect(inside.x).toBeGreaterThan(0);
    expect(inside.x).toBeLessThan(inside.w);
    expect(inside.y).toBeGreaterThan(0);
    expect(inside.y).toBeLessThan(inside.h);
    expect(await w.page.locator('.mv-unplaced').textContent()).not.toContain(teda?.name ?? '?');
    await w.page.goto(site.url(`parks/${teda?.id}/`));
    const viewBox = (await w.page.locator('.pkm svg.m-map').first().getAttribute('viewBox')) ?? '';
    expect(Number(viewBox.split(' ')[3])).toBeGreaterThan(100);
    expect(await w.page.locator('.pkm figcaption').textContent()).toContain(`${teda?.name}标注于${teda?.prefecture}${teda?.county}县城`);
    expect(await w.page.locator(`.pkm [data-id="${teda?.id}"]`).count()).toBeGreaterThan(0);
    await w.context.close();
  });

  it('shows the Tianjin figures in the units their sentences write, and an estimated actual with its badge, both editions', async () => {
    const w = await watchedPage(site);
    const usd = data.indicators.filter((r) => r.park_id === teda?.id && r.unit === '亿美元');
    const estimated = data.indicators.filter((r) => r.park_id === teda?.id && r.flag === 'estimated');
    expect(usd.length).toBeGreaterThan(0);
    expect(estimated.length).toBeGreaterThan(0);
    await w.page.goto(site.url(`parks/${teda?.id}/`));
    const main = (await w.page.locator('main').textContent()) ?? '';
    for (const r of usd) expect(main).toContain(`${r.value}亿美元`);
    expect(await w.page.locator('.badge.estimated').first().textContent()).toBe('预计数');
    await w.page.goto(site.url(`en/parks/${teda?.id}/`));
    expect(await w.page.locator('main').textContent()).toContain('US$');
    expect(await w.page.locator('.badge.estimated').first().textContent()).toBe('Estimate');
    await w.context.close();
  });

  it('has no NaN in any SVG: files and inline', () => {
    const bad: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.svg') && readFileSync(p, 'utf8').includes('NaN')) bad.push(p);
        else if (p.endsWith('.html')) {
          for (const m of readFileSync(p, 'utf8').matchAll(/<svg[\s\S]*?<\/svg>/g)) if (m[0].includes('NaN')) bad.push(p);
        }
      }
    };
    walk(out);
    expect(bad).toEqual([]);
  });
});
