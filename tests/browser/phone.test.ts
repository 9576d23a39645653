/**
 * Phone reading (DESIGN.md §6), measured in Chromium at 360 and 390 px on every page type of both
 * editions: no text cell squeezed below 6 em, no table wider than its box, no sideways scroll, park
 * pages within their height budget, folded rows that open for a link, and table semantics kept.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, watchedPage, type Site } from './harness.ts';
import { measurePhoneLayout } from './phone-layout.ts';

let site: Site;
beforeAll(async () => { site = await openSite(); });
afterAll(async () => { await site?.close(); });

const PAGE_TYPES = ['', 'parks/', 'parks/linxiang/', 'parks/shuangpai/', 'parks/junshan/', 'parks/xx-health-food/', 'sources/', 'sources/linxiang-2017/', 'sources/junshan-2024/', 'indicators/', 'indicators/industrial_output/', 'investments/', 'compare/', 'data/', 'map/'];
const EDITIONS = ['', 'en/'];
/** A park page's height on a phone, first load (before any "show all"): the goal, in both editions. */
const PARK_PAGE_HEIGHT: Record<string, number> = { '': 7000, 'en/': 7000 };

describe.each([360, 390])('at %i px', (width) => {
  for (const edition of EDITIONS) {
    it(`every page type of /${edition}: no cell under 6 em, no table wider than its box, no sideways scroll`, async () => {
      const w = await watchedPage(site, { width });
      const found: string[] = [];
      let cells = 0;
      for (const p of PAGE_TYPES) {
        await w.page.goto(site.url(edition + p));
        const m = await measurePhoneLayout(w.page);
        cells += m.cells;
        found.push(...m.narrowCells.map((c) => `/${edition}${p}: narrow cell ${c}`), ...m.wideTables.map((t) => `/${edition}${p}: wide table ${t}`));
        if (m.sideways > 0) found.push(`/${edition}${p}: scrolls ${m.sideways} px sideways`);
      }
      expect(found).toEqual([]);
      // The measure saw the tables: every page type together holds hundreds of cells.
      expect(cells).toBeGreaterThan(1000);
      await w.context.close();
    });
  }
});

describe('on a phone', () => {
  for (const edition of EDITIONS) {
    it(`/${edition}parks/* are at most ${PARK_PAGE_HEIGHT[edition]} px tall at 390 px, with a section index of links that resolve`, async () => {
      const w = await watchedPage(site, { width: 390 });
      for (const p of PAGE_TYPES.filter((q) => /^parks\/./.test(q))) {
        await w.page.goto(site.url(edition + p));
        const m = await measurePhoneLayout(w.page);
        expect(m.height, `${edition}${p}`).toBeLessThanOrEqual(PARK_PAGE_HEIGHT[edition] ?? 0);
        const index = w.page.locator('nav.page-index a');
        expect(await index.count()).toBeGreaterThanOrEqual(5);
        for (const href of await index.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
          expect(await w.page.locator(href).count(), href).toBe(1);
        }
      }
      await w.context.close();
    });
  }

  it('a long table shows its first rows and opens the rest with "show all" from the keyboard', async () => {
    const w = await watchedPage(site, { width: 390 });
    await w.page.goto(site.url('parks/linxiang/'));
    const table = w.page.locator('.fold', { has: w.page.locator('table') }).first();
    const rows = table.locator('tbody tr');
    const total = await rows.count();
    expect(total).toBeGreaterThan(10);
    const shown = () => rows.evaluateAll((trs) => trs.filter((tr) => tr.getClientRects().length > 0).length);
    expect(await shown()).toBeLessThan(total);
    const summary = table.locator('.fold-toggle summary');
    expect(await summary.innerText()).toContain(String(total));
    await summary.focus();
    await w.page.keyboard.press('Enter');
    expect(await shown()).toBe(total);
    await w.page.keyboard.press('Enter');
    expect(await shown()).toBeLessThan(total);
    await w.context.close();
  });

  for (const javaScriptEnabled of [true, false]) {
    it(`a link to a folded row opens it, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async () => {
      const w = await watchedPage(site, { width: 390, javaScriptEnabled });
      await w.page.goto(site.url('parks/linxiang/'));
      const id = await w.page.locator('tr.more').nth(5).getAttribute('id');
      expect(id).toMatch(/^r-/);
      const row = w.page.locator(`[id="${id}"]`);
      expect(await row.isVisible()).toBe(false);
      // Arriving from another page (a search result, a source sentence's row link) …
      await w.page.goto(site.url(`parks/linxiang/#${id}`));
      expect(await row.isVisible()).toBe(true);
      expect(await row.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; })).toBe(true);
      // … and following a link on the same page (a source page's sentence to its row).
      await w.page.goto(site.url('sources/linxiang-2017/'));
      const sup = w.page.locator('.source-text sup a').last();
      const target = (await sup.getAttribute('href')) ?? '';
      expect(await w.page.locator(target).isVisible()).toBe(false);
      await sup.click();
      expect(await w.page.locator(target).isVisible()).toBe(true);
      await w.context.close();
    });
  }

  it('stacked tables keep their table semantics for a screen reader, and the labels are not read twice', async () => {
    const w = await watchedPage(site, { width: 390 });
    await w.page.goto(site.url('parks/linxiang/'));
    expect(await w.page.locator('table.stack tbody td').first().evaluate((td) => getComputedStyle(td).display)).not.toBe('table-cell');
    const cdp = await w.context.newCDPSession(w.page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value: string }; name?: { value: string }; ignored: boolean }[] };
    const live = nodes.filter((n) => !n.ignored);
    const count = (role: string) => live.filter((n) => n.role?.value === role).length;
    expect(count('table')).toBeGreaterThanOrEqual(3);
    expect(count('columnheader')).toBeGreaterThanOrEqual(12);
    expect(count('rowheader')).toBeGreaterThanOrEqual(6);
    const cellNames = live.filter((n) => n.role?.value === 'cell').map((n) => n.name?.value ?? '');
    expect(cellNames.length).toBeGreaterThan(10);
    // The year cell is announced as its value; its column header says "年份" (its label has empty alt text).
    expect(cellNames.filter((n) => n.startsWith('年份'))).toEqual([]);
    expect(cellNames).toContain('2022');
    await w.context.close();
  });

  it('the comparison table redrawn for a new indicator is still a stack of labelled cards', async () => {
    const w = await watchedPage(site, { width: 390 });
    await w.page.goto(site.url('compare/'));
    const caption = w.page.locator('table[data-comparison] caption');
    const before = await caption.textContent();
    await w.page.selectOption('select[name="i"]', 'tax_revenue');
    await expect.poll(() => caption.textContent()).not.toBe(before);
    // Each cell shows its column's name before its value (td::before, from the table's --l1 … --l6).
    const labels = await w.page.locator('table[data-comparison] tbody td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
    expect(labels.length).toBeGreaterThan(0);
    expect(new Set(labels)).toEqual(new Set(['"年份" / ""', '"类型" / ""', '"时期" / ""', '"数额" / ""', '"原文" / ""']));
    expect((await measurePhoneLayout(w.page)).narrowCells).toEqual([]);
    await w.context.close();
  });

  it('desktop is unchanged: every row shown, no fold toggle, no section index', async () => {
    const w = await watchedPage(site, { width: 1280 });
    await w.page.goto(site.url('parks/linxiang/'));
    expect(await w.page.locator('tr.more').evaluateAll((trs) => trs.every((tr) => getComputedStyle(tr).display === 'table-row'))).toBe(true);
    expect(await w.page.locator('.fold-toggle').evaluateAll((ds) => ds.every((d) => d.getClientRects().length === 0))).toBe(true);
    expect(await w.page.locator('nav.page-index').isVisible()).toBe(false);
    await w.context.close();
  });
});
