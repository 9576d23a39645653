/**
 * A report as it arrives — a PDF, a Word .docx, a saved web page (tests/fixtures/reports/, an
 * invented park) — goes from file to built site: its text derived, its figures drafted by
 * `npm run extract`, the drafts applied with `--apply`, the site built from that folder. The new
 * park's page links every applied figure to its sentence, every quote is highlighted on its source
 * page, the source page offers the file as received, and for every source of the folder the text
 * the site shows is the text derived from the file.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanPagedText } from '../../src/lib/provenance.ts';
import { deriveText } from '../../src/sources/derive.ts';
import { sourceFiles } from '../../src/sources/folder.ts';
import { FIXTURE_DIR, FIXTURE_FILES } from '../fixtures/reports/make-reports.ts';
import { ROOT, run } from '../unit/extract/cli-helpers.ts';
import { buildSite, copyData } from './build-site.ts';

const PARK = 'qinghe-fixture';
const DOCS = [
  { id: 'qinghe-2025', file: FIXTURE_FILES.pdf, kind: 'report_and_plan', year: 2025, title: '青禾测试园区2025年工作总结（测试夹具）' },
  { id: 'qinghe-2024', file: FIXTURE_FILES.docx, kind: 'report_and_plan', year: 2024, title: '青禾测试园区2024年工作总结（测试夹具）' },
  { id: 'qinghe-2026-news', file: FIXTURE_FILES.html, kind: 'report', year: 2026, title: '青禾测试园区召开2026年经济工作会议（测试夹具）' },
] as const;

const tmp = mkdtempSync(join(tmpdir(), 'report-formats-build-'));
const data = join(tmp, 'data');
const out = join(tmp, 'dist');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Row = Record<string, string>;
const rowsOf = (file: string): Row[] => Papa.parse<Row>(readFileSync(join(data, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
const page = (path: string) => parseHTML(readFileSync(join(out, path, 'index.html'), 'utf8')).document;

/** The copied folder with an invented park (at the first park's county seat) and the three reports as its documents. */
function addFixtures(): void {
  copyData(join(ROOT, 'data'), data);
  const [first] = rowsOf('parks.csv');
  if (!first) throw new Error('the data folder has no park to place the fixture park beside');
  const park = { ...first, id: PARK, name: '青禾测试园区', name_en: 'Qinghe Test Park (fixture)', identity_basis: 'named', identity_note: '' };
  appendFileSync(join(data, 'parks.csv'), `${Papa.unparse([park], { header: false })}\n`);
  for (const d of DOCS) {
    copyFileSync(join(FIXTURE_DIR, d.file), join(data, 'sources', d.file));
    const sum = createHash('sha256').update(readFileSync(join(data, 'sources', d.file))).digest('hex');
    appendFileSync(join(data, 'sources.sha256'), `${sum}  ${d.file}\n`);
    appendFileSync(join(data, 'documents.csv'), `${d.id},${PARK},${d.title},${d.kind},${d.year},stated,,${d.file},测试夹具，非真实报告。\n`);
  }
}

beforeAll(async () => {
  addFixtures();
  const reviewed: string[] = [];
  for (const d of DOCS) {
    const base = join(tmp, 'review', d.id);
    const drafted = await run([join(data, 'sources', d.file), '--out', base, '--data-dir', data]);
    expect(drafted.code, drafted.out).toBe(0);
    reviewed.push(`${base}.indicators.csv`, `${base}.investments.csv`);
  }
  const applied = await run(['--apply', ...reviewed, '--data-dir', data]);
  expect(applied.code, applied.out).toBe(0);
  buildSite(out, { PARKS_DATA_DIR: data, SEARCH_INDEX: 'off' });
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
