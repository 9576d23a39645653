/** Two editions: every Chinese page has an English twin and back, with hreflang and lang set; the English pages pass axe. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, islandsReady, watchedPage, type Site, siteDist } from './harness.ts';

const DIST = siteDist();
function htmlPages(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlPages(p) : p.endsWith('index.html') ? [relative(DIST, p).replace(/index\.html$/, '')] : [];
  });
}
const read = (path: string) => parseHTML(readFileSync(join(DIST, path, 'index.html'), 'utf8')).document;
// Embeds have no navigation; they are not pages of an edition.
const pages = htmlPages(DIST).filter((p) => !p.includes('embed/'));

describe('every page has its twin', () => {
  const zhPages = pages.filter((p) => !p.startsWith('en/'));
  const enPages = pages.filter((p) => p.startsWith('en/'));
  it('crawls both editions with zero unmatched pages', () => {
    expect(zhPages.length).toBeGreaterThan(20);
    expect(enPages.length).toBe(zhPages.length);
    const unmatched: string[] = [];
    for (const p of zhPages) {
      const doc = read(p);
      const sw = doc.querySelector('a[data-lang-switch]')?.getAttribute('href') ?? '';
      if (sw !== `/en/${p}`) unmatched.push(`${p} → ${sw}`);
      else {
        const back = read(`en/${p}`).querySelector('a[data-lang-switch]')?.getAttribute('href');
        if (back !== `/${p}`) unmatched.push(`en/${p} → ${back}`);
      }
    }
    expect(unmatched).toEqual([]);
  });
  it('declares lang and hreflang on both sides', () => {
    for (const p of ['', 'parks/linxiang/', 'sources/junshan-2024/']) {
      const zh = read(p);
      const en = read(`en/${p}`);
      expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
      expect(en.documentElement.getAttribute('lang')).toBe('en');
      for (const d of [zh, en]) {
        expect(d.querySelector('link[hreflang="zh-CN"]')?.getAttribute('href')).toMatch(new RegExp(`/${p}$`));
        expect(d.querySelector('link[hreflang="en"]')?.getAttribute('href')).toMatch(new RegExp(`/en/${p}$`));
      }
    }
  });
  it('English pages speak English: nav, headings, numbers in million/billion', () => {
    const home = read('en/');
    expect(home.querySelector('nav')?.textContent).toContain('Parks');
    expect(read('en/parks/shuangpai/').querySelector('h1')?.textContent).toContain('Shuangpai Industrial Concentration Zone');
    expect(readFileSync(join(DIST, 'en/parks/shuangpai/index.html'), 'utf8')).toMatch(/5\.06B yuan/);
    expect(read('en/investments/').querySelector('select[name="category"]')?.textContent).toContain('Water & sewage');
  });
});

describe('in the browser', () => {
  let site: Site;
  beforeAll(async () => { site = await openSite(); });
  afterAll(async () => { await site?.close(); });
  for (const path of ['en/', 'en/parks/', 'en/parks/linxiang/', 'en/sources/junshan-2024/', 'en/indicators/industrial_output/', 'en/compare/', 'en/investments/', 'en/data/', 'en/map/']) {
    it(`/${path} has no axe violation and no console error`, async () => {
      const w = await watchedPage(site);
      await w.page.goto(site.url(path), { waitUntil: 'networkidle' });
      const axe = await new AxeBuilder({ page: w.page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
      await w.context.close();
    });
  }
  it('the language switch keeps the current view (query string and fragment)', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('compare/?i=tax_revenue#main'));
    await w.page.locator('a[data-lang-switch]').click();
    await w.page.waitForURL(/\/en\/compare\/\?i=tax_revenue#main$/);
    await islandsReady(w.page);
    expect(await w.page.locator('select[name="i"]').inputValue()).toBe('tax_revenue');
    await w.context.close();
  });
});
