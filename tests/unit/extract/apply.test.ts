/**
 * `npm run extract -- --apply`: reviewed rows go into the data folder with the review columns
 * dropped and the ids kept as drafted (the ids the review page shows), and the result loads as
 * check-data loads it; a batch with any bad row, or an id already in use, changes nothing and names the row.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { main as checkData } from '../../../src/cli/check-data.ts';
import { DATA, dataWithNewReport, fingerprint, NEW_DOC, run } from './cli-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'extract-apply-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let data = '';
let review = '';
let source = '';
let k = 0;
beforeEach(async () => {
  k++;
  data = join(tmp, `data-${k}`);
  review = join(tmp, `review-${k}`, NEW_DOC);
  source = dataWithNewReport(data);
  expect((await run([source, '--doc', NEW_DOC, '--park', 'linxiang', '--out', review, '--data-dir', data])).code).toBe(0);
});

const reviewed = (): string[] => [`${review}.indicators.csv`, `${review}.investments.csv`];
const records = (file: string): Record<string, string>[] => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
const quiet = { out: () => undefined, err: () => undefined };

describe('npm run extract -- --apply', () => {
  it('adds the reviewed rows after the existing ones, review columns dropped, ids as drafted; the folder passes check-data', async () => {
    const before = readFileSync(join(data, 'indicators.csv'), 'utf8');
    const drafted = records(`${review}.indicators.csv`);
    const { code, out } = await run(['--apply', ...reviewed(), '--data-dir', data]);
    expect(out).toContain('row(s) added');
    expect(code).toBe(0);
    const after = readFileSync(join(data, 'indicators.csv'), 'utf8');
    expect(after.startsWith(before)).toBe(true);
    const added = records(join(data, 'indicators.csv')).filter((r) => r.doc_id === NEW_DOC);
    // The ids the review files (and the review page) show are the ids written.
    expect(added.map((r) => r.id)).toEqual(drafted.map((r) => r.id));
    expect(added.map((r) => r.id)).toEqual(drafted.map((_, n) => `${NEW_DOC}-i${String(n + 1).padStart(2, '0')}`));
    expect(added.map((r) => r.quote)).toEqual(drafted.map((r) => r.quote));
    expect(Object.keys(added[0] ?? {})).not.toContain('confidence');
    expect(after.split('\n')[0]).toBe(before.split('\n')[0]);
    expect(await checkData(['--data-dir', data], quiet)).toBe(0);
  });

  it('numbers a document’s new rows after its last existing id', async () => {
    const last = records(join(DATA, 'indicators.csv')).filter((r) => r.doc_id === 'junshan-2024').map((r) => Number(/i(\d+)$/u.exec(r.id ?? '')?.[1])).sort((a, b) => b - a)[0] ?? 0;
    const file = join(tmp, `junshan-${k}.indicators.csv`);
    const draftOut = join(tmp, `junshan-${k}`);
    await run([join(data, 'sources/004_4b3c7864976e5117.txt'), '--out', draftOut, '--data-dir', data]);
    const text = readFileSync(`${draftOut}.indicators.csv`, 'utf8');
    writeFileSync(file, text.split('\n').slice(0, 3).join('\n'));
    expect((await run(['--apply', file, '--data-dir', data])).code).toBe(0);
    const ids = records(join(data, 'indicators.csv')).filter((r) => r.doc_id === 'junshan-2024').map((r) => r.id).slice(-2);
    expect(ids).toEqual([`junshan-2024-i${last + 1}`, `junshan-2024-i${last + 2}`]);
  });

  it('keeps the ids the review page shows, and refuses an id already in use or given twice, changing nothing', async () => {
    const page = join(tmp, `page-${k}`);
    expect((await run([source, '--doc', NEW_DOC, '--park', 'linxiang', '--out', page, '--data-dir', data, '--review'])).code).toBe(0);
    const shown = [...readFileSync(`${page}.review.html`, 'utf8').matchAll(new RegExp(`${NEW_DOC}-[iv]\\d+`, 'gu'))].map((m) => m[0]);
    expect((await run(['--apply', `${page}.indicators.csv`, `${page}.investments.csv`, '--data-dir', data])).code).toBe(0);
    const written = [...records(join(data, 'indicators.csv')), ...records(join(data, 'investments.csv'))].filter((r) => r.doc_id === NEW_DOC).map((r) => r.id ?? '');
    expect(new Set(written)).toEqual(new Set(shown));
    // The same rows again: every id is in use now.
    const before = fingerprint(data);
    const again = await run(['--apply', `${page}.indicators.csv`, '--data-dir', data]);
    expect(again.code).toBe(1);
    expect(again.out).toMatch(new RegExp(`${page}\\.indicators\\.csv:2:1: value "${NEW_DOC}-i01" in column id is already the id of .*indicators\\.csv:\\d+ \\(draft the report again`, 'u'));
    expect(fingerprint(data)).toEqual(before);
    // A redraft numbers after the ids now in use, so it applies.
    const next = join(tmp, `next-${k}`);
    expect((await run([source, '--doc', NEW_DOC, '--park', 'linxiang', '--out', next, '--data-dir', data])).code).toBe(0);
    expect(records(`${next}.indicators.csv`)[0]?.id).toBe(`${NEW_DOC}-i${String(written.filter((id) => id.includes('-i')).length + 1).padStart(2, '0')}`);
    const twice = readFileSync(`${next}.indicators.csv`, 'utf8').split('\n');
    twice[2] = (twice[2] ?? '').replace(/^[^,]+/u, (records(`${next}.indicators.csv`)[0]?.id ?? ''));
    writeFileSync(`${next}.indicators.csv`, twice.join('\n'));
    const dup = await run(['--apply', `${next}.indicators.csv`, '--data-dir', data]);
    expect(dup.code).toBe(1);
    expect(dup.out).toContain(`repeats the id of ${next}.indicators.csv:2`);
  });

  it('with one bad row changes nothing in the data folder and names the row', async () => {
    const rows = readFileSync(`${review}.indicators.csv`, 'utf8').split('\n');
    // Line 3 of the reviewed file: a value typed with a full-width digit.
    rows[2] = (rows[2] ?? '').replace(/,(\d+(?:\.\d+)?),,/u, (_, v: string) => `,${v.replace(/\d/u, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))},,`);
    writeFileSync(`${review}.indicators.csv`, rows.join('\n'));
    const before = fingerprint(data);
    const { code, out } = await run(['--apply', ...reviewed(), '--data-dir', data]);
    expect(code).toBe(1);
    expect(out).toMatch(/indicators\.csv:\d+:8: value "[^"]*[０-９][^"]*" in column value is not a number/u);
    expect(out).toContain(`${review}.indicators.csv:3`);
    expect(out).toContain('nothing in');
    expect(fingerprint(data)).toEqual(before);
  });

  it('refuses rows of a document that is not in documents.csv, or whose report is not listed in sources.sha256', async () => {
    const text = readFileSync(`${review}.indicators.csv`, 'utf8');
    writeFileSync(`${review}.indicators.csv`, text.replaceAll(`,${NEW_DOC},`, ',nowhere-2017,'));
    const before = fingerprint(data);
    const unknown = await run(['--apply', `${review}.indicators.csv`, '--data-dir', data]);
    expect(unknown.code).toBe(1);
    expect(unknown.out).toMatch(/indicators\.csv:2:3: value "nowhere-2017" in column doc_id is not a document in documents\.csv/u);
    expect(fingerprint(data)).toEqual(before);

    writeFileSync(`${review}.indicators.csv`, text);
    const sums = readFileSync(join(data, 'sources.sha256'), 'utf8');
    writeFileSync(join(data, 'sources.sha256'), sums.split('\n').filter((l) => !l.includes('fixture-linjiang')).join('\n'));
    const unlisted = fingerprint(data);
    const missing = await run(['--apply', `${review}.indicators.csv`, '--data-dir', data]);
    expect(missing.code).toBe(1);
    expect(missing.out).toContain('sources.sha256:0:0: does not list fixture-linjiang-2017.txt');
    expect(fingerprint(data)).toEqual(unlisted);

    writeFileSync(join(data, 'sources.sha256'), sums.replace(/^[0-9a-f]{64}(?=\s+fixture-linjiang)/mu, '0'.repeat(64)));
    expect((await run(['--apply', `${review}.indicators.csv`, '--data-dir', data])).out).toContain('does not match');
  });

  it('refuses a file whose columns are not a review file’s', async () => {
    const file = join(tmp, `other-${k}.csv`);
    writeFileSync(file, 'id,name\nx,y\n');
    const { code, out } = await run(['--apply', file, '--data-dir', data]);
    expect(code).toBe(1);
    expect(out).toContain(`${file}:1:0: has the columns id,name`);
  });

  it('explains its usage', async () => {
    expect((await run(['--apply', '--data-dir', data])).code).toBe(2);
    expect((await run(['--apply', join(tmp, 'missing.csv'), '--data-dir', data])).out).toContain('does not exist');
  });
});
