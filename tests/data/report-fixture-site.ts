/**
 * A fixture site built from a copy of data/ with three reports as they arrive — a PDF, a Word
 * .docx, a saved web page (tests/fixtures/reports/) — filed under an invented park: each drafted by
 * `npm run extract`, the drafts applied with `--apply`, the site built from that folder.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { FIXTURE_DIR, FIXTURE_FILES } from '../fixtures/reports/make-reports.ts';
import { ROOT, run } from '../unit/extract/cli-helpers.ts';
import { buildSite, copyData } from './build-site.ts';

export const PARK = 'qinghe-fixture';
export const DOCS = [
  { id: 'qinghe-2025', file: FIXTURE_FILES.pdf, kind: 'report_and_plan', year: 2025, title: '青禾测试园区2025年工作总结（测试夹具）' },
  { id: 'qinghe-2024', file: FIXTURE_FILES.docx, kind: 'report_and_plan', year: 2024, title: '青禾测试园区2024年工作总结（测试夹具）' },
  { id: 'qinghe-2026-news', file: FIXTURE_FILES.html, kind: 'report', year: 2026, title: '青禾测试园区召开2026年经济工作会议（测试夹具）' },
] as const;

export type Row = Record<string, string>;
export const csvRows = (data: string, file: string): Row[] => Papa.parse<Row>(readFileSync(join(data, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The copied folder with an invented park (at the first park's county seat) and the three reports as its documents. */
function addFixtures(data: string): void {
  copyData(join(ROOT, 'data'), data);
  const [first] = csvRows(data, 'parks.csv');
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

/** Drafts, applies and builds into `tmp`/dist from `tmp`/data; `env` is added to the build's. */
export async function buildReportFixtureSite(tmp: string, env: NodeJS.ProcessEnv = {}): Promise<{ data: string; out: string }> {
  const data = join(tmp, 'data');
  const out = join(tmp, 'dist');
  addFixtures(data);
  const reviewed: string[] = [];
  for (const d of DOCS) {
    const base = join(tmp, 'review', d.id);
    const drafted = await run([join(data, 'sources', d.file), '--out', base, '--data-dir', data]);
    expect(drafted.code, drafted.out).toBe(0);
    reviewed.push(`${base}.indicators.csv`, `${base}.investments.csv`);
  }
  const applied = await run(['--apply', ...reviewed, '--data-dir', data]);
  expect(applied.code, applied.out).toBe(0);
  buildSite(out, { PARKS_DATA_DIR: data, ...env });
  return { data, out };
}
