/** Every page type loads cleanly, reads as expected and passes axe, against the built site. */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/load.ts';
import { openSite, watchedPage, type Site } from './harness.ts';

let site: Site;
beforeAll(async () => { site = await openSite(); });
afterAll(async () => { await site?.close(); });

const PAGES = [
  { path: '', h1: '每个数字都能追溯到原文' },
  { path: 'parks/', h1: '园区' },
  { path: 'parks/linxiang/', h1: '临湘高新区' },
  { path: 'parks/xx-health-food/', h1: '健康食品产业园' },
  { path: 'sources/', h1: '原文' },
  { path: 'sources/junshan-2024/', h1: '2024年工作情况' },
  { path: 'indicators/', h1: '指标' },
  { path: 'indicators/industrial_output/', h1: '规模工业总产值' },
  { path: 'investments/', h1: '投资' },
  { path: 'compare/', h1: '园区对比' },
  { path: 'parks/shuangpai/', h1: '双牌工业集中区' },
  { path: 'data/', h1: '数据' },
];

describe('every page type', () => {
  for (const p of PAGES) {
    it(`/${p.path} loads with no console error, no failed or foreign request, and no axe violation`, async () => {
      const w = await watchedPage(site);
      const res = await w.page.goto(site.url(p.path), { waitUntil: 'networkidle' });
      expect(res?.status()).toBe(200);
      expect(await w.page.locator('h1').innerText()).toContain(p.h1);
      const axe = await new AxeBuilder({ page: w.page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
      expect(w.foreign).toEqual([]);
      await w.context.close();
    });
  }
});

describe('dark mode and phones', () => {
  for (const path of ['', 'parks/linxiang/', 'sources/junshan-2024/', 'compare/']) {
    it(`/${path} passes axe in dark mode on a phone`, async () => {
      const w = await watchedPage(site, { colorScheme: 'dark', width: 390 });
      await w.page.goto(site.url(path), { waitUntil: 'networkidle' });
      const axe = await new AxeBuilder({ page: w.page }).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await w.context.close();
    });
  }
});

describe('provenance in the browser', () => {
  it('a number on a park page opens its sentence highlighted on the source page', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('parks/shuangpai/'));
    const link = w.page.locator('a.num[href$="#q-shuangpai-2017-i17"]').first();
    await expect.poll(() => link.count()).toBeGreaterThan(0);
    await link.click();
    await w.page.waitForURL(/sources\/shuangpai-2017\/#q-shuangpai-2017-i17$/);
    const marks = w.page.locator('mark[data-rows~="shuangpai-2017-i17"]');
    expect((await marks.allInnerTexts()).join('')).toContain('规模工业总产值50.6亿元');
    const outlines = await marks.evaluateAll((els) => els.map((el) => getComputedStyle(el).outlineStyle));
    expect(outlines.length).toBeGreaterThan(0);
    expect(new Set(outlines)).toEqual(new Set(['solid']));
    await w.context.close();
  });
  it('the data page shows rows read equal to rows loaded for each file', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('data/'));
    const rows = await w.page.locator('#files tbody tr').evaluateAll((trs) => trs.map((tr) => [tr.querySelector('[data-rows-read]')?.textContent, tr.querySelector('[data-rows-loaded]')?.textContent]));
    // One row per data file, units.csv included (DATA_FILES).
    expect(rows.length).toBe(DATA_FILES.length);
    for (const [read, loaded] of rows) expect(loaded).toBe(read);
    const csv = await w.page.request.get(site.url('data/indicators.csv'));
    expect(csv.status()).toBe(200);
    expect((await csv.text()).split('\n')[0]).toContain('id,park_id,doc_id');
    await w.context.close();
  });
  it('the phone layout has no horizontal scroll', async () => {
    const w = await watchedPage(site, { width: 390 });
    for (const p of ['', 'parks/linxiang/', 'sources/xx-health-food/']) {
      await w.page.goto(site.url(p));
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect([p, overflow]).toEqual([p, 0]);
    }
    await w.context.close();
  });
});

describe('layout stability', () => {
  it('islands shift no layout while a page loads (CLS 0 on a phone)', async () => {
    const w = await watchedPage(site, { width: 390 });
    await w.page.addInitScript(() => {
      const win = window as unknown as { cls: number };
      win.cls = 0;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!e.hadRecentInput) win.cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    for (const path of ['', 'parks/linxiang/', 'indicators/industrial_output/', 'compare/', 'map/', 'en/investments/']) {
      await w.page.goto(site.url(path), { waitUntil: 'networkidle' });
      await w.page.waitForTimeout(300);
      expect([path, await w.page.evaluate(() => (window as unknown as { cls: number }).cls)]).toEqual([path, 0]);
    }
    await w.context.close();
  });
});
