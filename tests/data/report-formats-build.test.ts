/**
 * A report as it arrives — a PDF, a Word .docx, a saved web page (tests/fixtures/reports/, an
 * invented park) — goes from file to built site (report-fixture-site.ts): its text derived, its
 * figures drafted by `npm run extract`, the drafts applied with `--apply`, the site built. The new
 * park's page links every applied figure to its sentence, every quote is highlighted on its source
 * page, the source page offers the file as received, and for every source of the folder the text
 * the site shows is the text derived from the file.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPagedText } from '../../src/lib/provenance.ts';
import { deriveText } from '../../src/sources/derive.ts';
import { sourceFiles } from '../../src/sources/folder.ts';
import { FIXTURE_DIR } from '../fixtures/reports/make-reports.ts';
import { buildReportFixtureSite, csvRows, DOCS, PARK, type Row } from './report-fixture-site.ts';

const tmp = mkdtempSync(join(tmpdir(), 'report-formats-build-'));
let data = '';
let out = '';
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rowsOf = (file: string): Row[] => csvRows(data, file);
const page = (path: string) => parseHTML(readFileSync(join(out, path, 'index.html'), 'utf8')).document;

beforeAll(async () => {
  ({ data, out } = await buildReportFixtureSite(tmp, { SEARCH_INDEX: 'off' }));
}, 600_000);

describe('a PDF, a .docx and a saved web page, from file to built site', () => {
  const applied = () => [...rowsOf('indicators.csv'), ...rowsOf('investments.csv')].filter((r) => DOCS.some((d) => d.id === r.doc_id));

  it('drafts and applies figures from each of the three files, none from a web page’s furniture', () => {
    for (const d of DOCS) expect(applied().filter((r) => r.doc_id === d.id).length, d.file).toBeGreaterThanOrEqual(3);
    const quotes = (id: string) => applied().filter((r) => r.doc_id === id).map((r) => r.quote ?? '');
    expect(quotes('qinghe-2025')).toContainEqual(expect.stringContaining('完成规模工业总产值86.4亿元'));
    expect(quotes('qinghe-2024')).toContainEqual(expect.stringContaining('完成规模工业总产值80.6亿元'));
    expect(quotes('qinghe-2026-news')).toContainEqual(expect.stringContaining('力争规模工业总产值达到95亿元'));
    expect(quotes('qinghe-2026-news').filter((q) => /3862|1234567|浏览|访问/u.test(q))).toEqual([]);
  });

  it('the PDF’s source page marks where its pages start, and a figure from page 2 says its page', () => {
    const doc = page('sources/qinghe-2025');
    expect(Array.from(doc.querySelectorAll('.source-text .page')).map((p) => [p.id, p.getAttribute('data-label')])).toEqual([['page-1', '第1页'], ['page-2', '第2页']]);
    const planned = applied().find((r) => r.doc_id === 'qinghe-2025' && (r.quote ?? '').includes('95亿元'));
    expect(doc.getElementById(`r-${planned?.id ?? ''}`)?.querySelector('a.page-ref')?.getAttribute('href')).toBe('#page-2');
  });

  it('the park page links every applied figure to its sentence', () => {
    const hrefs = new Set(Array.from(page(`parks/${PARK}`).querySelectorAll('a[href]')).map((a) => a.getAttribute('href') ?? ''));
    const missing = applied().filter((r) => ![...hrefs].some((h) => h.endsWith(`sources/${r.doc_id}/#q-${r.id}`)));
    expect(missing.map((r) => `${r.id}: ${r.quote}`)).toEqual([]);
  });

  it('every quote is highlighted on its source page, and the file as received is offered for download', () => {
    for (const d of DOCS) {
      const doc = page(`sources/${d.id}`);
      for (const r of applied().filter((x) => x.doc_id === d.id)) {
        const mark = doc.getElementById(`q-${r.id}`)?.closest('mark');
        expect(mark, r.id).toBeTruthy();
        expect((r.quote ?? '').startsWith(mark?.textContent ?? '\u0000'), `${r.id}: ${r.quote}`).toBe(true);
      }
      const link = doc.querySelector('a[download]');
      // A saved web page is published as text (it would otherwise run its scripts on the site's origin), saved under its own name.
      const published = d.file.endsWith('.html') ? `${d.file}.txt` : d.file;
      expect(link?.getAttribute('href')?.endsWith(`sources-raw/${published}`), link?.getAttribute('href') ?? '').toBe(true);
      expect(link?.getAttribute('download')).toBe(published === d.file ? '' : d.file);
      expect(readFileSync(join(out, 'sources-raw', published)).equals(readFileSync(join(FIXTURE_DIR, d.file)))).toBe(true);
    }
  });

  it('for every source of the folder, the text the site shows is the text derived from the file', async () => {
    const files = sourceFiles(readFileSync(join(data, 'documents.csv')));
    const docs = rowsOf('documents.csv');
    expect(files.length).toBeGreaterThanOrEqual(DOCS.length + 1);
    for (const row of docs) {
      const file = row.source_file ?? '';
      const derived = await deriveText(new Uint8Array(readFileSync(join(data, 'sources', file))), file);
      const shown = page(`sources/${row.id}`).querySelector('.source-text');
      expect(shown, row.id).toBeTruthy();
      for (const extra of Array.from(shown?.querySelectorAll('sup, style') ?? [])) extra.remove();
      expect(shown?.textContent, `${row.id} (${file})`).toBe(cleanPagedText(derived.text, derived.pageStarts).text);
    }
  });

  it('the build wrote the source page of each fixture', () => {
    for (const d of DOCS) expect(existsSync(join(out, 'sources', d.id, 'index.html'))).toBe(true);
  });
});
