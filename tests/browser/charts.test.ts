/** Chart islands in Chromium: tooltips by mouse and keyboard, legend toggles, the comparison picker and its URL, JS off. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { openSite, watchedPage, type Site, siteDist } from './harness.ts';

let site: Site;
beforeAll(async () => { site = await openSite(); });
afterAll(async () => { await site?.close(); });

describe('tooltips', () => {
  it('hovering a mark shows its value and quote; focusing one with the keyboard does too', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('parks/shuangpai/'));
    const chart = w.page.locator('chart-figure#promise-shuangpai');
    const mark = chart.locator('.chart-svg svg .mark').first();
    await mark.hover();
    const tip = chart.locator('.chart-tip');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/规模工业总产值[\s\S]*50\.6亿元[\s\S]*“[\s\S]*50\.6亿元/);
    await w.page.mouse.move(0, 0);
    await expect.poll(() => tip.isVisible()).toBe(false);
    // Keyboard: tab until a mark in this chart has focus.
    await w.page.locator('body').focus();
    let focused = false;
    for (let i = 0; i < 80 && !focused; i++) {
      await w.page.keyboard.press('Tab');
      focused = await w.page.evaluate(() => document.activeElement?.closest('chart-figure#promise-shuangpai svg') != null && document.activeElement?.classList.contains('mark') === true);
    }
    expect(focused).toBe(true);
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toContain('“');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // Enter opens the sentence the focused mark comes from.
    await w.page.keyboard.press('Enter');
    await w.page.waitForURL(/\/sources\/shuangpai-2017\/#q-shuangpai-2017-i\d+$/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('a legend entry toggles its series', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('parks/linxiang/'));
    const chart = w.page.locator('chart-figure#trend-linxiang');
    const button = chart.locator('.legend button').first();
    const color = await chart.locator('.legend li').first().getAttribute('data-color');
    const visibleOfColor = () => chart.locator(`.chart-svg svg [stroke="${color}"]:visible`).count();
    const before = await visibleOfColor();
    expect(before).toBeGreaterThan(0);
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await visibleOfColor()).toBe(0);
    await button.click();
    expect(await visibleOfColor()).toBe(before);
    await w.context.close();
  });
});

describe('comparison picker', () => {
  it('changing the selection updates the chart and the URL; reloading restores it', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('compare/'));
    const bars = () => w.page.locator('[data-chart] .chart-svg svg rect').count();
    const all = await bars();
    expect(all).toBeGreaterThan(2);
    await w.page.locator('input[value="linxiang"]').uncheck();
    await expect.poll(() => w.page.url()).toMatch(/\?parks=shuangpai,xx-health-food,junshan$/);
    const fewer = await bars();
    expect(fewer).toBeLessThan(all);
    await w.page.selectOption('select[name="i"]', 'tax_revenue');
    await expect.poll(() => w.page.url()).toContain('i=tax_revenue');
    await expect.poll(() => w.page.locator('[data-chart] .chart-svg svg title').first().textContent()).toContain('税收');
    const url = w.page.url();
    await w.page.reload();
    expect(w.page.url()).toBe(url);
    expect(await w.page.locator('select[name="i"]').inputValue()).toBe('tax_revenue');
    expect(await w.page.locator('input[value="linxiang"]').isChecked()).toBe(false);
    await expect.poll(() => w.page.locator('[data-chart] .chart-svg svg title').first().textContent()).toContain('税收');
    // Junk in the URL falls back to defaults and never breaks the page.
    await w.page.goto(site.url('compare/?i=%3Cscript%3E&parks=nope'));
    expect(await w.page.locator('select[name="i"]').inputValue()).toBe('industrial_output');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('the investments explorer filters, totals and keeps filters in the URL', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('investments/'));
    const total = w.page.locator('[data-total]');
    const all = await total.innerText();
    await w.page.selectOption('select[name="park"]', 'junshan');
    await expect.poll(() => w.page.url()).toContain('park=junshan');
    expect(await total.innerText()).not.toBe(all);
    const visible = await w.page.locator('tbody tr:visible').count();
    expect(visible).toBe(await w.page.locator('tbody tr[data-park="junshan"]').count());
    await w.page.reload();
    expect(await w.page.locator('tbody tr:visible').count()).toBe(visible);
    await w.page.locator('th[data-sort="amount"] button').click();
    expect(await w.page.locator('th[data-sort="amount"]').getAttribute('aria-sort')).toBe('ascending');
    await w.context.close();
  });
});

describe('with JavaScript off', () => {
  it('every chart is still in the page', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    for (const [path, min] of [['', 4], ['parks/shuangpai/', 2], ['parks/linxiang/', 3], ['indicators/industrial_output/', 1], ['compare/', 1], ['investments/', 1]] as const) {
      await w.page.goto(site.url(path));
      const charts = await w.page.locator('.chart .chart-svg > svg[role="img"]').count();
      expect([path, charts >= min]).toEqual([path, true]);
      // The sentence links are real <a> elements: in each chart's own data table, or in the page's
      // table its "data below" link goes to.
      const linksPerChart = await w.page.locator('.chart-data').evaluateAll((blocks) => blocks.map((b) => {
        const to = b.matches('p') ? b.querySelector('a')?.getAttribute('href') : null;
        const table = to ? document.getElementById(to.slice(1)) : b;
        return table?.querySelectorAll('a[href*="#q-"]').length ?? 0;
      }));
      expect([path, linksPerChart.length >= min, linksPerChart.every((n) => n > 0)]).toEqual([path, true, true]);
    }
    await w.context.close();
  });
});

describe('one SVG per chart, readable on a phone and on a desktop', () => {
  // The smallest chart text as the reader sees it, in CSS px: its font size times the SVG's scale.
  const textSizes = (page: import('playwright-core').Page) => page.evaluate(() => [...document.querySelectorAll<SVGSVGElement>('.chart-svg > svg')].map((svg) => {
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    const sizes = [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    return { id: svg.id, min: Math.min(...sizes), max: Math.max(...sizes), width: svg.getBoundingClientRect().width };
  }));
  it.each([360, 390, 1280])('at %i px every chart has one SVG whose text reads at 11–17 px', async (width) => {
    const w = await watchedPage(site, { width });
    for (const path of ['', 'parks/linxiang/', 'parks/shuangpai/', 'investments/', 'indicators/industrial_output/', 'compare/', 'embed/chart/promise-shuangpai/', 'en/']) {
      await w.page.goto(site.url(path));
      const perFigure = await w.page.locator('.chart').evaluateAll((els) => els.map((e) => e.querySelectorAll('svg[role="img"]').length));
      expect([path, perFigure.length > 0 && perFigure.every((n) => n === 1)]).toEqual([path, true]);
      const sizes = await textSizes(w.page);
      expect(sizes.filter((x) => x.min < 11 || x.max > 17).map((x) => `${path} ${x.id} ${x.min.toFixed(1)}–${x.max.toFixed(1)} px`)).toEqual([]);
      expect(await w.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    }
    await w.context.close();
  });
});

describe('print', () => {
  it('a chart with its title and source fits on one A4 page', async () => {
    const w = await watchedPage(site, { width: 680 });
    await w.page.emulateMedia({ media: 'print' });
    await w.page.goto(site.url('parks/linxiang/'));
    for (const chart of await w.page.locator('chart-figure').all()) {
      const box = await chart.boundingBox();
      // A4 printable height at 14 mm margins ≈ 269 mm ≈ 1016 CSS px.
      expect(box?.height ?? 0).toBeLessThan(1016);
      expect(await chart.locator('.chart-source').isVisible()).toBe(true);
      expect(await chart.locator('.chart-svg svg').isVisible()).toBe(true);
    }
    expect(await w.page.locator('.share').isVisible()).toBe(false);
    await w.context.close();
  });
});

describe('a chart whose rows are already in a table of its page', () => {
  it('links its "data below" to that table, which lists every row of the chart\'s CSV with the same sentence', () => {
    const dist = siteDist();
    let linked = 0;
    for (const prefix of ['', 'en/']) {
      const parks = readdirSync(join(dist, prefix, 'parks'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
      for (const park of parks) {
        const { document } = parseHTML(readFileSync(join(dist, prefix, 'parks', park, 'index.html'), 'utf8'));
        for (const chart of document.querySelectorAll('chart-figure')) {
          const to = chart.querySelector('p.chart-data > a')?.getAttribute('href');
          if (!to) continue;
          linked += 1;
          const table = document.getElementById(to.slice(1));
          const inTable = new Set([...(table?.querySelectorAll('tbody a[href*="#q-"]') ?? [])].map((a) => a.getAttribute('href')));
          const rows = Papa.parse<string[]>(readFileSync(join(dist, prefix, 'downloads', `${chart.id}.csv`), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data.slice(1);
          const missing = rows.map((r) => r.at(-1) ?? '').filter((href) => !inTable.has(href));
          expect([`${prefix}parks/${park}/ ${chart.id} → ${to}`, rows.length > 0, missing]).toEqual([`${prefix}parks/${park}/ ${chart.id} → ${to}`, true, []]);
        }
      }
    }
    // Most park charts link to a table (invest, pipeline, the indicator charts); a chart drawn from two tables keeps its own.
    expect(linked).toBeGreaterThan(8);
  });
});
