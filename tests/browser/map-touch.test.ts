/**
 * The map on a phone, driven through Chromium's own touch emulation (CDP Input.dispatchTouchEvent:
 * the browser hit-tests, applies touch-action, scrolls and turns touches into pointer events, as
 * it does for a finger) on /map/ and on a park page's map, at 390×844 with a touch screen:
 * pinch zooms about the fingers, two fingers pan, a double tap zooms in at the tap, and one
 * finger scrolls the page while the map is at its initial zoom but pans it once zoomed in.
 */
import type { BrowserContext, CDPSession, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { islandsReady, openSite, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => { site = await openSite(); });
afterAll(async () => { await site?.close(); });

interface Pt { x: number; y: number }

interface View { x: number; y: number; w: number; h: number; z: string | null; cx: string | null; cy: string | null }

interface Phone { context: BrowserContext; page: Page; cdp: CDPSession; errors: string[]; map: Locator; start: View; top: number }

/** A phone on `path` with the map `sel` scrolled to the middle of the screen, and its view and the page's scroll then. */
async function phone(path: string, sel: string): Promise<Phone> {
  const context = await site.browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(site.url(path));
  await islandsReady(page);
  await page.locator('map-view[data-ready]').first().waitFor({ state: 'attached' });
  const map = page.locator(sel);
  await map.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await page.waitForTimeout(50);
  const p = { context, page, cdp: await context.newCDPSession(page), errors, map };
  return { ...p, start: await viewOf(p), top: await scrollTop(p) };
}

async function done(p: Phone): Promise<void> {
  expect(p.errors).toEqual([]);
  await p.context.close();
}

const scrollTop = (p: { page: Page }): Promise<number> => p.page.evaluate(() => window.scrollY);

const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', points: readonly Pt[]) =>
  cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((p, id) => ({ x: p.x, y: p.y, id, radiusX: 4, radiusY: 4, force: 1 })) });

const lerp = (a: Pt, b: Pt, t: number): Pt => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });

/** Fingers land on `from` (one after the other, as fingers do), move together to `to`, and lift. */
async function gesture(p: Phone, from: readonly Pt[], to: readonly Pt[], steps = 10): Promise<void> {
  for (let n = 1; n <= from.length; n++) await touch(p.cdp, 'touchStart', from.slice(0, n));
  for (let i = 1; i <= steps; i++) {
    await touch(p.cdp, 'touchMove', from.map((f, j) => lerp(f, to[j] ?? f, i / steps)));
    await p.page.waitForTimeout(16);
  }
  await touch(p.cdp, 'touchEnd', []);
}

async function tap(p: Phone, at: Pt): Promise<void> {
  await touch(p.cdp, 'touchStart', [at]);
  await touch(p.cdp, 'touchEnd', []);
}

/** The map's view as the island shows it: viewBox numbers and the URL's z/x/y. */
async function viewOf(p: { page: Page; map: Locator }): Promise<View> {
  const vb = ((await p.map.getAttribute('viewBox')) ?? '').split(' ').map(Number);
  const q = new URL(p.page.url()).searchParams;
  return { x: vb[0] ?? NaN, y: vb[1] ?? NaN, w: vb[2] ?? NaN, h: vb[3] ?? NaN, z: q.get('z'), cx: q.get('x'), cy: q.get('y') };
}

/** The SVG user-space point under a client point (through the SVG's own screen matrix). */
function svgPointAt(map: Locator, at: Pt): Promise<Pt> {
  return map.evaluate((svg, c) => {
    const m = (svg as SVGSVGElement).getScreenCTM()?.inverse();
    const q = new DOMPoint(c.x, c.y).matrixTransform(m);
    return { x: q.x, y: q.y };
  }, at);
}

/** A point on the map, in the viewport, where a finger lands on no link or mark (a tap there opens nothing). */
async function bareSpot(map: Locator, fx: number, fy: number): Promise<Pt> {
  return map.evaluate((svg, f) => {
    const r = svg.getBoundingClientRect();
    for (let d = 0; d < 0.3; d += 0.02) {
      for (const [sx, sy] of [[1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1]] as const) {
        const x = r.left + r.width * (f.fx + sx * d);
        const y = r.top + r.height * (f.fy + sy * d);
        const el = document.elementFromPoint(x, y);
        if (el && svg.contains(el) && !el.closest('a, .m-mark, text')) return { x, y };
      }
    }
    throw new Error('no bare spot on the map');
  }, { fx, fy });
}

const PAGES = [
  { path: 'map/', map: 'map-view #pm' },
  { path: 'parks/linxiang/', map: 'section[data-park-map="linxiang"] svg[data-zoom]' },
] as const;

for (const { path, map: sel } of PAGES) {
  describe(`touch on /${path} (390×844, Chromium touch emulation)`, () => {
    it('a pinch out zooms in about the fingers, and the URL keeps the zoom', async () => {
      const p = await phone(path, sel);
      const { map, start: home } = p;
      expect(home.z).toBeNull();
      const mid = await bareSpot(map, 0.4, 0.5);
      const anchor = await svgPointAt(map, mid);
      await gesture(p, [{ x: mid.x - 30, y: mid.y }, { x: mid.x + 30, y: mid.y }], [{ x: mid.x - 90, y: mid.y }, { x: mid.x + 90, y: mid.y }]);
      const after = await viewOf(p);
      // fingers 60 px apart moved to 180 px: about ×3
      expect(Number(after.z)).toBeGreaterThan(2.5);
      expect(Number(after.z)).toBeLessThan(3.5);
      expect(after.w).toBeCloseTo(home.w / Number(after.z), 0);
      // the point between the fingers stays between them
      const again = await svgPointAt(map, mid);
      expect(Math.abs(again.x - anchor.x)).toBeLessThan(home.w / 100);
      expect(Math.abs(again.y - anchor.y)).toBeLessThan(home.h / 100);
      // a pinch in zooms back out to the whole map (and the URL forgets it)
      await gesture(p, [{ x: mid.x - 120, y: mid.y }, { x: mid.x + 120, y: mid.y }], [{ x: mid.x - 10, y: mid.y }, { x: mid.x + 10, y: mid.y }]);
      expect(await viewOf(p)).toEqual(home);
      expect((await map.boundingBox())?.width).toBeGreaterThan(300);
      await done(p);
    });

    it('a pinch whose fingers drift down the screen at the initial zoom zooms the map, not the page', async () => {
      const p = await phone(path, sel);
      const { map, top } = p;
      const mid = await bareSpot(map, 0.5, 0.4);
      await gesture(p, [{ x: mid.x - 25, y: mid.y - 10 }, { x: mid.x + 25, y: mid.y + 10 }], [{ x: mid.x - 70, y: mid.y + 50 }, { x: mid.x + 70, y: mid.y + 90 }]);
      expect(Number((await viewOf(p)).z)).toBeGreaterThan(2);
      expect(await scrollTop(p)).toBe(top);
      expect(await p.page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1);
      await done(p);
    });

    it('two fingers moving together pan the zoomed map, and the URL keeps the centre', async () => {
      const p = await phone(`${path}?z=3`, sel);
      const { map, start: before, top } = p;
      expect(before.z).toBe('3');
      const mid = await bareSpot(map, 0.5, 0.5);
      const anchor = await svgPointAt(map, mid);
      await gesture(p, [{ x: mid.x - 40, y: mid.y - 20 }, { x: mid.x + 40, y: mid.y + 20 }], [{ x: mid.x - 40 + 50, y: mid.y - 20 + 35 }, { x: mid.x + 40 + 50, y: mid.y + 20 + 35 }]);
      const after = await viewOf(p);
      // the content moved right and down with the fingers: the window moved left and up
      expect(after.x).toBeLessThan(before.x);
      expect(after.y).toBeLessThan(before.y);
      expect(after.w).toBeCloseTo(before.w, 1);
      expect(after.z).toBe('3');
      expect(Number(after.cx)).toBeCloseTo(after.x + after.w / 2, 0);
      expect(Number(after.cy)).toBeCloseTo(after.y + after.h / 2, 0);
      // what was under the fingers' midpoint is under it again where they stopped
      const moved = await svgPointAt(map, { x: mid.x + 50, y: mid.y + 35 });
      expect(Math.abs(moved.x - anchor.x)).toBeLessThan(before.w / 50);
      expect(Math.abs(moved.y - anchor.y)).toBeLessThan(before.h / 50);
      // the page did not scroll under the map
      expect(await scrollTop(p)).toBe(top);
      await done(p);
    });

    it('a double tap zooms in ×2 at the tapped point; a single tap does not', async () => {
      const p = await phone(path, sel);
      const { map, start: home } = p;
      const at = await bareSpot(map, 0.3, 0.65);
      const anchor = await svgPointAt(map, at);
      await tap(p, at);
      await p.page.waitForTimeout(400);
      expect(await viewOf(p)).toEqual(home);
      await tap(p, at);
      await p.page.waitForTimeout(40);
      await tap(p, at);
      await expect.poll(async () => (await viewOf(p)).z).toBe('2');
      const after = await viewOf(p);
      expect(after.w).toBeCloseTo(home.w / 2, 1);
      const again = await svgPointAt(map, at);
      expect(Math.abs(again.x - anchor.x)).toBeLessThan(1);
      expect(Math.abs(again.y - anchor.y)).toBeLessThan(1);
      // the page stays where it was, at its own scale (the browser did not zoom the page)
      expect(await p.page.evaluate(() => visualViewport?.scale ?? 1)).toBe(1);
      await done(p);
    });

    it('one finger swiping up scrolls the page at the initial zoom, and leaves the map alone', async () => {
      const p = await phone(path, sel);
      const { map, start: home, top } = p;
      expect(await map.evaluate((el) => getComputedStyle(el).touchAction)).toBe('pan-x pan-y');
      const at = await bareSpot(map, 0.5, 0.6);
      await gesture(p, [at], [{ x: at.x, y: at.y - 250 }]);
      await expect.poll(() => scrollTop(p)).toBeGreaterThan(top + 100);
      expect(await viewOf(p)).toEqual(home);
      expect(new URL(p.page.url()).search).toBe('');
      await done(p);
    });

    it('once zoomed in, one finger pans the map instead of scrolling the page', async () => {
      const p = await phone(`${path}?z=2`, sel);
      const { map, start: before, top } = p;
      expect(await map.evaluate((el) => getComputedStyle(el).touchAction)).toBe('none');
      const at = await bareSpot(map, 0.5, 0.6);
      await gesture(p, [at], [{ x: at.x - 40, y: at.y - 60 }]);
      const after = await viewOf(p);
      expect(after.x).toBeGreaterThan(before.x);
      expect(after.y).toBeGreaterThan(before.y);
      expect(after.z).toBe('2');
      expect(await scrollTop(p)).toBe(top);
      await done(p);
    });
  });
}

describe('a tap on the map still follows a link', () => {
  it('tapping a park marker on /map/ opens its page', async () => {
    const p = await phone('map/', 'map-view #pm');
    const dot = p.map.locator('a.m-park[data-id="shuangpai"] .m-dot');
    const b = await dot.boundingBox();
    if (!b) throw new Error('no marker box');
    await tap(p, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    await p.page.waitForURL(/\/parks\/shuangpai\/$/);
    await done(p);
  });
});
