import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { idStart, type TargetFile } from '../../../src/extract/apply.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import { csvHeader, parseDocuments } from '../../../src/extract/review.ts';
import { DATA, run } from './cli-helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-'));
/** The id the draft gives a document's first new row: after the ids the data folder already has (the ids --apply writes). */
const firstNewId = (doc: string, file: TargetFile): string => {
  const used = idStart(fsReader(DATA), file, doc);
  return `${doc}-${file === 'indicators.csv' ? 'i' : 'v'}${String(used.n + 1).padStart(used.width, '0')}`;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run extract', () => {
  it('writes one review file per target with the data file columns plus confidence and review_note', async () => {
    const base = join(dir, 'junshan');
    const { code, out } = await run([join(DATA, 'sources/004_4b3c7864976e5117.txt'), '--park', 'junshan', '--doc', 'junshan-2024', '--out', `${base}.csv`, '--data-dir', DATA]);
    expect(code).toBe(0);
    for (const target of ['indicators', 'investments']) {
      const text = readFileSync(`${base}.${target}.csv`, 'utf8');
      expect(text.startsWith('\uFEFF')).toBe(true);
      expect(csvHeader(text)).toEqual([...(csvHeader(readFileSync(join(DATA, `${target}.csv`), 'utf8')) ?? []), 'confidence', 'review_note']);
      const rows = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;
      expect(rows.length).toBeGreaterThan(0);
      expect(rows[0]?.id).toBe(firstNewId('junshan-2024', `${target}.csv` as TargetFile));
      expect(rows[0]?.id).not.toMatch(/-[iv]01$/u);
    }
    expect(out).toMatch(/indicators\.csv draft: +\d+ rows/u);
    expect(out).toMatch(/investments\.csv draft: +\d+ rows/u);
    expect(out).toContain('flagged rows');
    expect(out).toContain('mojibake');
    expect(out).toContain('npm run extract -- --apply');
    expect(out).toContain('npm start');
  });

  it('finds the document by its file name, and says what to add for an unknown one', async () => {
    const known = await run([join(DATA, 'sources/000_2821043ce948ac82.txt'), '--out', join(dir, 'a'), '--data-dir', DATA]);
    expect(known.out).toContain('read as plan');
    expect(readFileSync(join(dir, 'a.indicators.csv'), 'utf8')).toContain(`${firstNewId('linxiang-2017', 'indicators.csv')},linxiang,linxiang-2017`);
    const unknown = await run([join(DATA, 'sources/000_2821043ce948ac82.txt'), '--doc', 'linxiang-2026', '--park', 'linxiang', '--out', join(dir, 'b'), '--data-dir', DATA]);
    expect(unknown.out).toContain('a row for "linxiang-2026" to data/documents.csv');
  });

  it('with --review also writes the review page, named in the summary', async () => {
    const base = join(dir, 'review');
    const { code, out } = await run([join(DATA, 'sources/002_1004a3e60b352c47.txt'), '--out', base, '--data-dir', DATA, '--review']);
    expect(code).toBe(0);
    expect(out).toContain(`review page: ${base}.review.html`);
    const html = readFileSync(`${base}.review.html`, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('--paper:');
    expect(html).toContain(firstNewId('shuangpai-2017', 'indicators.csv'));
  });

  it('explains its usage', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run([join(dir, 'missing.txt')])).out).toContain('does not exist');
  });
});

describe('parseDocuments', () => {
  it('reads kind and year', async () => {
    const docs = parseDocuments(readFileSync(join(DATA, 'documents.csv'), 'utf8'));
    expect(docs.find((d) => d.id === 'xx-health-food')).toMatchObject({ kind: 'plan', year: 2014, parkId: 'xx-health-food' });
  });
});
