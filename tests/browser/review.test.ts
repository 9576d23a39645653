/**
 * npm run review in Chromium, on a copy of the Hunan fixture dataset: the whole flow on a report of a new park
 * (draft a missed number, fix its unit, choose its indicator, reject a row, fill the park form,
 * publish) ending on the built park page with every kept figure linked to its sentence; two tabs on
 * one row; bad values refused at their field with nothing written; requests without the token or
 * climbing out of the review refused; axe on the page.
 */
import { request } from 'node:http';
import { readFileSync, rmSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.ts';
import { startReviewServer, type ReviewServer } from '../../src/review/server.ts';
import { openSession } from '../../src/review/session.ts';
import { reviewFolder, type ReviewFolder } from './review-fixture.ts';

/** A raw GET, so that the path reaches the server as written (fetch would resolve the dots). */
function rawGet(origin: string, path: string, headers: Record<string, string> = {}): Promise<number> {
  const url = new URL(origin);
  return new Promise((ok, fail) => {
    const req = request({ host: url.hostname, port: url.port, path, headers }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end();
  });
}

let folder: ReviewFolder;
let review: ReviewServer;
let browser: Browser;

beforeAll(async () => {
  folder = reviewFolder();
  review = await startReviewServer(await openSession(folder.report, folder.dataDir));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await review?.close();
  if (folder) rmSync(folder.root, { recursive: true, force: true });
});

async function open(context?: BrowserContext, width = 1280): Promise<{ page: Page; errors: string[]; context: BrowserContext }> {
  const ctx = context ?? (await browser.newContext({ viewport: { width, height: 900 } }));
  const page = await ctx.newPage();
  const errors: string[] = [];
  // Chromium logs every 4xx answer; 409 (stale) and 422 (refused value) are the answers a test provokes.
  page.on('console', (m) => { if (m.type() === 'error' && !/status of (409|422) /u.test(m.text())) errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(review.url);
  await page.waitForFunction(() => customElements.get('review-editor') !== undefined);
  return { page, errors, context: ctx };
}

const card = (page: Page, id: string) => page.locator(`li.row-card[data-id="${id}"]`);
const savedVersion = (id: string): number => folder.readDraft().rows.find((r) => r.id === id)?.version ?? -1;

describe('the token and the paths', () => {
  it('refuses a request without the token, with a wrong one, and any path climbing out (..), with 403', async () => {
    expect(await rawGet(review.origin, '/')).toBe(403);
    expect(await rawGet(review.origin, '/api/draft', { 'X-Review-Token': 'not-the-token' })).toBe(403);
    expect(await rawGet(review.origin, '/../../etc/passwd')).toBe(403);
    expect(await rawGet(review.origin, '/../../etc/passwd', { 'X-Review-Token': review.token })).toBe(403);
    expect(await rawGet(review.origin, '/assets/..%2f..%2f..%2fetc%2fpasswd', { 'X-Review-Token': review.token })).toBe(403);
    expect(await rawGet(review.origin, '/api/draft', { 'X-Review-Token': review.token })).toBe(200);
    // A page of another site that resolves its name to 127.0.0.1 sends its own Host.
    expect(await rawGet(review.origin, '/api/draft', { 'X-Review-Token': review.token, Host: 'evil.example:80' })).toBe(403);
  });

  it('moves the token from the address into a cookie and serves the page under a strict CSP', async () => {
    const { page, context, errors } = await open();
    expect(new URL(page.url()).search).toBe('');
    const res = await page.request.get(`${review.origin}/`);
    const csp = res.headers()['content-security-policy'] ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(await page.locator('script:not([src])').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('bad values', () => {
  it('refuses "8６.5" at its field with the check-data message, and writes nothing', async () => {
    const { page, context } = await open();
    const id = folder.readDraft().rows.find((r) => r.file === 'indicators')?.id ?? '';
    const before = readFileSync(folder.draftFile, 'utf8');
    // e on a row opens its fields.
    await card(page, id).focus();
    await page.keyboard.press('e');
    const input = card(page, id).locator('input[name="value"]');
    await input.fill('8６.5');
    await input.press('Tab');
    const error = card(page, id).locator('[data-error-for="value"]');
    await expect.poll(() => error.textContent()).toContain('value "8６.5" in column value is not a number');
    expect(await error.textContent()).toContain('write 86.5');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    expect(readFileSync(folder.draftFile, 'utf8')).toBe(before);
    await context.close();
  });

  it('refuses an indicator that is not in indicator_defs.csv, and writes nothing', async () => {
    const row = folder.readDraft().rows.find((r) => r.file === 'indicators');
    const before = readFileSync(folder.draftFile, 'utf8');
    const res = await fetch(`${review.origin}/api/rows/${row?.id ?? ''}`, {
      method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-Review-Token': review.token },
      body: JSON.stringify({ version: row?.version, fields: { indicator: 'no_such_indicator' } }),
    });
    expect(res.status).toBe(422);
    const body = (await res.json()) as { errors: { field: string; message: string }[] };
    expect(body.errors).toEqual([{ field: 'indicator', message: expect.stringContaining('is not an indicator in indicator_defs.csv') }]);
    expect(readFileSync(folder.draftFile, 'utf8')).toBe(before);
  });
});

describe('two tabs on one row', () => {
  it('refuses the stale tab’s write, shows it the newer value, and loses neither edit', async () => {
    const a = await open();
    const b = await open(a.context);
    const id = folder.readDraft().rows.find((r) => r.file === 'investments')?.id ?? '';
    const v = savedVersion(id);
    // A row's fields open with its disclosure, or with e on the row.
    await card(a.page, id).locator('summary').click();
    await card(b.page, id).focus();
    await b.page.keyboard.press('e');
    expect(await b.page.evaluate(() => document.activeElement?.closest('.row-fields') !== null)).toBe(true);
    await card(a.page, id).locator('input[name="note"]').fill('from tab A');
    await card(a.page, id).locator('input[name="note"]').press('Tab');
    await expect.poll(() => savedVersion(id)).toBe(v + 1);
    // Tab B still holds version v.
    await card(b.page, id).locator('input[name="note"]').fill('from tab B');
    await card(b.page, id).locator('input[name="note"]').press('Tab');
    await expect.poll(() => card(b.page, id).locator('[data-message]').textContent()).toContain('Another tab saved this row first');
    expect(await card(b.page, id).locator('input[name="note"]').inputValue()).toBe('from tab A');
    expect(folder.readDraft().rows.find((r) => r.id === id)?.fields.note).toBe('from tab A');
    // Told, tab B makes its edit again on the version it now shows.
    await card(b.page, id).locator('input[name="note"]').fill('from tab B');
    await card(b.page, id).locator('input[name="note"]').press('Tab');
    await expect.poll(() => folder.readDraft().rows.find((r) => r.id === id)?.fields.note).toBe('from tab B');
    // Put the note back for the flow below.
    await card(b.page, id).locator('input[name="note"]').fill('');
    await card(b.page, id).locator('input[name="note"]').press('Tab');
    await expect.poll(() => folder.readDraft().rows.find((r) => r.id === id)?.fields.note).toBe('');
    await a.context.close();
  });
});

describe('the keyboard and the selection', () => {
  it('moves between rows with j and k, the row and its figure in the text marked', async () => {
    const { page, context } = await open();
    await page.locator('body').press('j');
    const first = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('j');
    const second = await page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    await page.keyboard.press('k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(first);
    expect(second).not.toBe(first);
    const start = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.start);
    expect(await page.locator(`mark#fig-${start}`).getAttribute('class')).toContain('current');
    await context.close();
  });

  it('drafts a row from a number selected in the text', async () => {
    const { page, context } = await open();
    const before = folder.readDraft().rows.length;
    await page.evaluate(() => {
      const span = [...document.querySelectorAll<HTMLElement>('[data-text] [data-at]')].find((s) => s.textContent === '18' || s.textContent?.includes('（个）：18'));
      const node = span?.firstChild;
      const at = node?.textContent?.indexOf('18') ?? -1;
      if (!node || at < 0) throw new Error('no 18 in the text');
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + 2);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.getByRole('button', { name: 'Draft a row from the selection' }).click();
    await expect.poll(() => folder.readDraft().rows.length).toBe(before + 1);
    const row = folder.readDraft().rows.at(-1);
    expect([row?.fields.value, row?.fields.quote, row?.origin]).toEqual(['18', '重点项目（个）：18', 'selected']);
    await page.waitForSelector(`li.row-card[data-id="${row?.id ?? ''}"]`);
    await context.close();
  });
});

describe('axe', () => {
  // At 390 px, the phone's layout (it passed at 1280 px too when written; each run costs 10–20 s here).
  it('reports no violation on the review page at 390 px', async () => {
    for (const width of [390]) {
      const { page, context } = await open(undefined, width);
      const axe = await new AxeBuilder({ page }).analyze();
      expect(axe.violations.map((v) => `${width}px ${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);
      await context.close();
    }
  });
});

describe('the whole flow on a report of a new park', () => {
  it('drafts a missed number, fixes its unit, chooses its indicator, rejects a row, fills the park form, publishes, and finds every kept figure on the built park page linked to its sentence', async () => {
    const { page, context, errors } = await open();
    const draft = folder.readDraft();
    expect(draft.docKnown).toBe(false);
    // The table row "招商到位资金（亿元）：45" has no unit after its number: not drafted.
    const before = draft.rows.length;
    await page.getByRole('button', { name: 'Draft a row from “45”' }).click();
    await expect.poll(() => folder.readDraft().rows.length).toBe(before + 1);
    const added = folder.readDraft().rows.at(-1);
    const id = added?.id ?? '';
    expect(added?.fields.quote).toContain('45');
    await page.waitForSelector(`li.row-card[data-id="${id}"]`);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('row-card'))).toBe(true);
    // Fix the unit: the units list.
    await card(page, id).locator('select[name="unit"]').selectOption('亿元');
    await expect.poll(() => folder.readDraft().rows.find((r) => r.id === id)?.fields.unit).toBe('亿元');
    // Choose the indicator by searching its definition.
    await card(page, id).locator('[data-indicator-search]').fill('到位资金');
    await card(page, id).getByRole('button', { name: /招商到位资金 · 亿元 \(paid_in_investment\)/u }).click();
    await expect.poll(() => folder.readDraft().rows.find((r) => r.id === id)?.fields.indicator).toBe('paid_in_investment');
    expect(folder.readDraft().rows.find((r) => r.id === id)?.status).toBe('fixed');

    // Reject the growth rate with the keyboard (the row focused, then r); accept or reject the others.
    const rows = folder.readDraft().rows.filter((r) => r.id !== id);
    const growth = rows.find((r) => r.fields.quote?.includes('增长15%') && r.fields.value === '15');
    expect(growth).toBeDefined();
    await card(page, growth?.id ?? '').focus();
    await page.keyboard.press('r');
    await expect.poll(() => folder.readDraft().rows.find((r) => r.id === growth?.id)?.status).toBe('rejected');
    for (const r of rows.filter((x) => x !== growth)) {
      await card(page, r.id).scrollIntoViewIfNeeded();
      // A row with no indicator, or money in 美元 read as 元, is not published.
      const keep = r.file === 'investments' || (r.fields.indicator !== '' && !(r.fields.quote?.includes('美元') && !r.fields.unit?.includes('美元')));
      await card(page, r.id).getByRole('button', { name: keep ? /^Accept/u : /^Reject/u }).click();
      await expect.poll(() => folder.readDraft().rows.find((x) => x.id === r.id)?.status).toBe(keep ? 'accepted' : 'rejected');
    }

    // Publish before the park form is filled: refused, each problem at its field and listed with a link to it.
    await page.getByRole('button', { name: 'Publish' }).click();
    const result = page.locator('[data-publish-result]');
    await expect.poll(() => result.textContent()).toContain('Nothing was published');
    expect(await page.locator('[data-error-for="id"]').filter({ hasText: 'is empty' }).count()).toBeGreaterThan(0);
    expect(await result.getByRole('link', { name: 'parks.csv id' }).getAttribute('href')).toBe('#park-id');
    expect(folder.readDraft().published).toBeUndefined();

    // The park form: a new park, its county found in the county list, coordinates from the county seat.
    await page.locator('#park-id').fill('binhai-demo');
    await page.locator('#park-id').press('Tab');
    await page.locator('#park-name').fill('滨海示范园区');
    await page.locator('#park-name').press('Tab');
    await page.locator('[data-county-search]').fill('临湘');
    await page.getByRole('button', { name: /^临湘市/u }).click();
    await expect.poll(() => folder.readDraft().park.fields.adcode).toBe('430682');
    const park = folder.readDraft().park.fields;
    expect(park.location_basis).toBe('county_seat');
    expect(Number(park.lat)).toBeGreaterThan(20);
    expect(park.province).toBe('湖南省');
    await page.locator('#park-identity_note').fill('报告标题写明园区名称。');
    await page.locator('#park-identity_note').press('Tab');
    await expect.poll(() => folder.readDraft().park.fields.identity_note).toBe('报告标题写明园区名称。');

    await page.getByRole('button', { name: 'Publish' }).click();
    await expect.poll(() => result.textContent(), { timeout: 20_000 }).toContain('Published');
    const parkLink = page.getByRole('link', { name: /^park page/u });
    await parkLink.waitFor({ timeout: 180_000 });
    const published = folder.readDraft().published;
    const kept = folder.readDraft().rows.filter((r) => r.status === 'accepted' || r.status === 'fixed');
    expect(Object.keys(published?.ids ?? {}).sort()).toEqual(kept.map((r) => r.id).sort());

    const parkPage = await context.newPage();
    await parkPage.goto((await parkLink.getAttribute('href')) ?? '');
    for (const r of kept) {
      const newId = published?.ids[r.id] ?? '';
      const link = parkPage.locator(`a[href$="/sources/binhai-2009/#q-${newId}"]`).first();
      expect(await link.count(), `${r.id} → ${newId} on the park page`).toBe(1);
      const source = await context.newPage();
      await source.goto(new URL((await link.getAttribute('href')) ?? '', parkPage.url()).href);
      const mark = source.locator(`mark[data-rows~="${newId}"]`);
      expect(await mark.count(), `${newId} marked on the source page`).toBeGreaterThan(0);
      expect(r.fields.quote).toContain((await mark.first().textContent())?.trim() ?? '∅');
      await source.close();
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
