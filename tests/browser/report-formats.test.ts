/**
 * What a reader of a PDF's source page sees, in Chromium at phone width, on the fixture site of
 * tests/data/report-fixture-site.ts: a mark at the start of every page, inside the text and on its
 * line, a page link beside every quote that opens its page, and the file as received downloaded
 * with its own type (a saved web page as text, so that none of its scripts runs on the site). And
 * a report printed to PDF by Chromium itself (Noto CJK, whose shared glyphs make radicals of
 * 工, 一, 长 … in the text layer) reads back as the characters it shows.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftReport } from '../../src/extract/draft.ts';
import { parseDocuments, parseLexicon } from '../../src/extract/review.ts';
import { cleanPagedText } from '../../src/lib/provenance.ts';
import { deriveText } from '../../src/sources/derive.ts';
import { FIXTURE_DIR, FIXTURE_FILES, PDF_REPORT } from '../fixtures/reports/make-reports.ts';
import { buildReportFixtureSite } from '../data/report-fixture-site.ts';
import { openSite, watchedPage, type Site } from './harness.ts';

const tmp = mkdtempSync(join(tmpdir(), 'report-formats-browser-'));
let site: Site;

beforeAll(async () => {
  const { out } = await buildReportFixtureSite(tmp, { SEARCH_INDEX: 'off' });
  site = await openSite(out);
}, 600_000);
afterAll(async () => {
  await site?.close();
  rmSync(tmp, { recursive: true, force: true });
});

describe('a PDF’s source page at 390 px', () => {
  it('marks each page where it starts, on the line of its first words, within the text box', async () => {
    const w = await watchedPage(site, { width: 390 });
    await w.page.goto(site.url('sources/qinghe-2025/'));
    const marks = await w.page.$$eval('.source-text .page', (els) => els.map((el) => {
      const box = el.getBoundingClientRect();
      const text = el.closest('.source-text')?.getBoundingClientRect();
      const next = document.createRange();
      next.setStartAfter(el);
      next.setEnd(el.parentNode ?? el, (el.parentNode?.childNodes.length ?? 1));
      const first = next.getClientRects()[0];
      return {
        id: el.id,
        label: getComputedStyle(el, '::before').content,
        width: box.width,
        inside: text ? box.left >= text.left && box.right <= text.right : false,
        sameLine: first ? Math.abs(first.top - box.top) < box.height : false,
      };
    }));
    expect(marks.map((m) => [m.id, m.label])).toEqual([['page-1', '"第1页"'], ['page-2', '"第2页"']]);
    for (const m of marks) {
      expect(m.width, m.id).toBeGreaterThan(20);
      expect(m.inside, m.id).toBe(true);
      expect(m.sameLine, m.id).toBe(true);
    }
    expect(w.errors).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it('a quote’s page link opens its page', async () => {
    const w = await watchedPage(site, { width: 390 });
    await w.page.goto(site.url('sources/qinghe-2025/'));
    const link = w.page.locator('tr:has-text("95亿元") a.page-ref').first();
    await expect(link.textContent()).resolves.toBe('第2页');
    await link.evaluate((a: HTMLAnchorElement) => a.click());
    await w.page.waitForFunction(() => location.hash === '#page-2');
    const top = await w.page.$eval('#page-2', (el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(900);
    await w.context.close();
  });

  it('downloads the PDF as a PDF and the saved web page as text under its own name', async () => {
    const w = await watchedPage(site, { width: 390 });
    for (const [path, file, type] of [['sources/qinghe-2025/', FIXTURE_FILES.pdf, 'application/pdf'], ['sources/qinghe-2026-news/', FIXTURE_FILES.html, 'text/plain; charset=utf-8']] as const) {
      await w.page.goto(site.url(path));
      const link = w.page.locator('.facts a[download]');
      const [href, name] = [await link.getAttribute('href'), await link.getAttribute('download')];
      const response = await w.page.request.get(new URL(href ?? '', w.page.url()).toString());
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe(type);
      expect(Buffer.from(await response.body()).equals(readFileSync(join(FIXTURE_DIR, file)))).toBe(true);
      expect(name === '' ? href?.split('/').pop() : name).toBe(file);
      const download = w.page.waitForEvent('download');
      await link.click();
      expect((await download).suggestedFilename()).toBe(file);
    }
    await w.context.close();
  });
});

/** `paragraphs` printed by Chromium to A4 pages, 12 pt Noto Serif CJK, a page number at each foot. */
async function printed(paragraphs: readonly string[]): Promise<Uint8Array> {
  const page = await site.browser.newPage();
  const escape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;');
  await page.setContent(`<!doctype html><meta charset="utf-8"><style>body{font:12pt "Noto Serif CJK SC";text-align:justify}p{text-indent:2em;margin:0 0 6pt}</style>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join('')}`);
  const pdf = await page.pdf({ format: 'A4', margin: { top: '2.5cm', bottom: '2.5cm', left: '2.8cm', right: '2.8cm' }, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: '<div style="font-size:9pt;width:100%;text-align:center">- <span class="pageNumber"></span> -</div>' });
  await page.close();
  return new Uint8Array(pdf);
}

describe('a report printed to PDF by Chromium', () => {
  it('reads back character for character, each paragraph on a line of its own', async () => {
    const paragraphs = [PDF_REPORT.title, ...PDF_REPORT.pages.flat()];
    const { text } = await deriveText(await printed(paragraphs), 'printed.pdf');
    expect(text.replaceAll('\n', '')).toBe(paragraphs.join(''));
    const lines = text.split('\n');
    for (const p of paragraphs) expect(lines.some((l) => l.startsWith(p.slice(0, 12))), p).toBe(true);
  });

  it('drafts the same rows from every text report of data/ printed to PDF as from its text', async () => {
    const data = join(import.meta.dirname, '../../data');
    const defs = parseLexicon(readFileSync(join(data, 'indicator_defs.csv'), 'utf8'), readFileSync(join(data, 'units.csv'), 'utf8'));
    const docs = parseDocuments(readFileSync(join(data, 'documents.csv'), 'utf8')).filter((d) => d.sourceFile.endsWith('.txt'));
    expect(docs.length).toBeGreaterThan(0);
    const rows = (text: string, d: (typeof docs)[number]) => {
      const draft = draftReport(text, { id: d.id, parkId: d.parkId, kind: d.kind, year: d.year }, defs);
      return [...draft.indicators.map((r) => `${r.indicator}|${r.kind}|${r.year}|${r.value}|${r.unit}|${r.quote}`), ...draft.investments.map((r) => `${r.basis}|${r.year}|${r.amount}|${r.unit}|${r.quote}`)];
    };
    for (const d of docs) {
      const text = (await deriveText(new Uint8Array(readFileSync(join(data, 'sources', d.sourceFile))), d.sourceFile)).text;
      const fromPdf = await deriveText(await printed(text.split('\n').map((l) => l.trim()).filter((l) => l !== '')), 'printed.pdf');
      const expected = rows(cleanPagedText(text, []).text, d).map((r) => r.replace(/\|[^|]*$/u, ''));
      expect(rows(cleanPagedText(fromPdf.text, fromPdf.pageStarts).text, d).map((r) => r.replace(/\|[^|]*$/u, '')), d.id).toEqual(expected);
    }
  }, 120_000);
});
