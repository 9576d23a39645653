/**
 * Property tests: valid CSVs of the mini dataset, mutated the way files get damaged (byte flips,
 * inserted quotes, commas and line breaks, truncation, swapped columns and lines, full-width
 * characters, GBK / BOM / CRLF re-encoding). Whatever the bytes, the checker
 *  - never throws and never reports an internal error;
 *  - reports as rows read every non-empty line after the header (nothing lost);
 *  - when it accepts, loads exactly the records PapaParse finds in the same bytes, with values
 *    that round-trip to their cells.
 * FUZZ_RUNS=20000 npx vitest run --project unit tests/unit/data/fuzz.test.ts for a longer run.
 */
import fc from 'fast-check';
import Papa from 'papaparse';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { splitLine } from '../../../src/data/csv.ts';
import { formatIssue } from '../../../src/data/issues.ts';
import { DATA_FILES, loadDataset } from '../../../src/data/load.ts';
import type { Dataset } from '../../../src/data/model.ts';
import { documentRow } from '../../../src/data/schema/documents.ts';
import { indicatorDefRow } from '../../../src/data/schema/indicator-defs.ts';
import { indicatorRow } from '../../../src/data/schema/indicators.ts';
import { investmentRow } from '../../../src/data/schema/investments.ts';
import { parkRow } from '../../../src/data/schema/parks.ts';
import { projectRow } from '../../../src/data/schema/projects.ts';
import { zoneRow } from '../../../src/data/schema/zones.ts';
import { unitRow } from '../../../src/data/schema/units.ts';
import { miniFiles, readerOf } from '../../fixtures/mini-dataset.ts';

const RUNS = Number(process.env.FUZZ_RUNS ?? 10000);
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

type FileName = (typeof DATA_FILES)[number];
const COLUMNS: Record<FileName, string[]> = {
  'units.csv': Object.keys(unitRow.shape),
  'parks.csv': Object.keys(parkRow.shape),
  'documents.csv': Object.keys(documentRow.shape),
  'indicator_defs.csv': Object.keys(indicatorDefRow.shape),
  'indicators.csv': Object.keys(indicatorRow.shape),
  'investments.csv': Object.keys(investmentRow.shape),
  'zones.csv': Object.keys(zoneRow.shape),
  'projects.csv': Object.keys(projectRow.shape),
};

function rowsOf(d: Dataset, file: FileName): readonly object[] {
  const by: Record<FileName, readonly object[]> = {
    'units.csv': [...d.units.values()],
    'parks.csv': d.parks, 'documents.csv': d.documents, 'indicator_defs.csv': d.indicatorDefs, 'indicators.csv': d.indicators,
    'investments.csv': d.investments, 'zones.csv': d.zones, 'projects.csv': d.projects,
  };
  return by[file];
}

/** A loaded value is what its cell says: trimmed text, the number written, a list split on ; 、, empty → undefined. */
function roundTrips(value: unknown, cell: string): boolean {
  const t = cell.trim();
  if (value === undefined) return t === '';
  if (typeof value === 'string') return value === t;
  if (typeof value === 'number') return Number(t) === value && /^-?\d+(\.\d+)?$/.test(t);
  if (typeof value === 'boolean') return String(value) === t.toLowerCase();
  if (Array.isArray(value)) return value.join('|') === t.split(/[;；、]/).map((x) => x.trim()).filter((x) => x !== '').join('|');
  return false;
}

const enc = new TextEncoder();
const FULL: Record<string, string> = { '0': '０', '1': '１', '2': '２', '4': '４', '7': '７', '.': '．', ',': '，', '%': '％', '=': '＝', '>': '＞' };

type TextOp =
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'fullWidth'; at: number }
  | { kind: 'duplicateLine'; at: number }
  | { kind: 'swapLines'; a: number; b: number };
type ByteOp = { kind: 'flip'; at: number; bit: number } | { kind: 'truncate'; at: number } | { kind: 'insertByte'; at: number; byte: number };

const pos = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const textOp: fc.Arbitrary<TextOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: pos, text: fc.constantFrom('"', ',', '\n', '\r\n', '\r', '，', '２', '．', '\uFEFF', ' ', '=', '""', '\t', '"1,038"', '亿元', '%', 'x', '\u200b', ',,,', '\n\n', '-', 'A') }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: pos, len: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('fullWidth' as const), at: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicateLine' as const), at: pos }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: pos, b: pos }) },
);
const byteOp: fc.Arbitrary<ByteOp> = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: pos, bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: pos }),
  fc.record({ kind: fc.constant('insertByte' as const), at: pos, byte: fc.integer({ min: 0, max: 255 }) }),
);
const scenario = fc.record({
  file: fc.constantFrom(...DATA_FILES),
  swap: fc.option(fc.tuple(fc.nat(15), fc.nat(15)), { nil: undefined }),
  /** Every cell in double quotes, as some exporters write. */
  quoteAll: fc.boolean(),
  textOps: fc.array(textOp, { maxLength: 3 }),
  encoding: fc.constantFrom('utf-8', 'utf-8', 'utf-8-bom', 'gbk', 'crlf'),
  byteOps: fc.array(byteOp, { maxLength: 2 }),
});
type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function applyText(text: string, op: TextOp): string {
  const at = (p: number) => Math.floor(p * (text.length + 1));
  const lines = text.split('\n');
  const line = (p: number) => Math.floor(p * lines.length);
  switch (op.kind) {
    case 'insert': return text.slice(0, at(op.at)) + op.text + text.slice(at(op.at));
    case 'delete': return text.slice(0, at(op.at)) + text.slice(at(op.at) + op.len);
    case 'fullWidth': {
      const i = text.slice(at(op.at)).search(/[01247.,%=>]/);
      if (i < 0) return text;
      const k = at(op.at) + i;
      return text.slice(0, k) + (FULL[text[k] ?? ''] ?? '') + text.slice(k + 1);
    }
    case 'duplicateLine': { const k = line(op.at); lines.splice(k, 0, lines[k] ?? ''); return lines.join('\n'); }
    case 'swapLines': {
      const a = line(op.a);
      const b = line(op.b);
      const la = lines[a] ?? '';
      lines[a] = lines[b] ?? '';
      lines[b] = la;
      return lines.join('\n');
    }
  }
}

function applyBytes(bytes: Uint8Array, op: ByteOp): Uint8Array {
  const at = Math.floor(op.at * bytes.length);
  switch (op.kind) {
    case 'flip': { const b = bytes.slice(); if (at < b.length) b[at] = (b[at] ?? 0) ^ (1 << op.bit); return b; }
    case 'truncate': return bytes.slice(0, at);
    case 'insertByte': return new Uint8Array([...bytes.slice(0, at), op.byte, ...bytes.slice(at)]);
  }
}

/** The mutated bytes of one file. Columns are swapped first, in every line, and cells may be quoted (legitimate changes). */
function mutate(s: Scenario, original: string): Uint8Array {
  let text = original;
  if (s.swap) {
    const [a, b] = s.swap;
    text = text.split('\n').map((l) => {
      if (l === '') return l;
      const cells = l.split(',');
      const i = a % cells.length;
      const j = b % cells.length;
      [cells[i], cells[j]] = [cells[j] ?? '', cells[i] ?? ''];
      return cells.join(',');
    }).join('\n');
  }
  if (s.quoteAll) text = `${Papa.unparse(Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true }).data, { quotes: true, newline: '\n' })}\n`;
  for (const op of s.textOps) text = applyText(text, op);
  let bytes: Uint8Array =
    s.encoding === 'gbk' ? new Uint8Array(iconv.encode(text, 'gbk'))
      : s.encoding === 'utf-8-bom' ? new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode(text)])
        : enc.encode(s.encoding === 'crlf' ? text.replaceAll('\n', '\r\n') : text);
  for (const op of s.byteOps) bytes = applyBytes(bytes, op);
  return bytes;
}

/** The documented byte normalisation, done independently of src/data/csv.ts. */
function referenceText(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(bytes).replace(/^\uFEFF+/, '').replace(/\r\n?/g, '\n');
}

/** Checks one scenario; true when the checker accepted the folder. */
function check(s: Scenario): boolean {
  const original = miniFiles();
  const bytes = mutate(s, original[s.file] ?? '');
  const files: Record<string, string | Uint8Array> = { ...original };
  files[s.file] = bytes;
  const r = loadDataset(readerOf(files));
  for (const i of r.issues) {
    expect(i.message).not.toMatch(/internal error/);
    expect(i.line).toBeGreaterThanOrEqual(0);
    expect(i.column).toBeGreaterThanOrEqual(0);
    expect(formatIssue(i)).not.toMatch(/undefined|NaN|\[object/);
  }
  const errors = r.issues.filter((i) => i.severity === 'error');
  expect(r.dataset === null).toBe(errors.length > 0);
  const report = r.files.find((f) => f.file === `data/${s.file}`);
  expect(report).toBeDefined();
  if (!report) return false;
  expect(report.rowsLoaded).toBeLessThanOrEqual(report.rowsRead);
  if (report.encoding !== 'binary' && report.encoding !== 'missing') {
    // Nothing lost: every non-empty line after the header is a row read.
    const lines = referenceText(bytes, report.encoding).split('\n').filter((l) => !/^[\s,]*$/.test(l));
    expect(report.rowsRead).toBe(Math.max(0, lines.length - 1));
  }
  if (!r.dataset) return false;
  // Accepted: PapaParse finds the same records in the same bytes, and every value is its cell.
  for (const f of r.files) expect(f.rowsLoaded).toBe(f.rowsRead);
  const parsed = Papa.parse<string[]>(referenceText(bytes, report.encoding), { delimiter: ',', skipEmptyLines: 'greedy' });
  expect(parsed.errors).toEqual([]);
  const [rawHeader = [], ...records] = parsed.data;
  const header = rawHeader.map((h) => h.replace(/^[\s\uFEFF\u200B]+|[\s\uFEFF\u200B]+$/g, ''));
  expect(records.length).toBe(report.rowsLoaded);
  const loaded = rowsOf(r.dataset, s.file);
  expect(loaded.length).toBe(records.length);
  records.forEach((rec, k) => {
    const row = loaded[k] as Record<string, unknown>;
    for (const c of COLUMNS[s.file]) {
      const cell = rec[header.indexOf(c)];
      expect(cell, `column ${c} of record ${k + 1}`).toBeDefined();
      if (!roundTrips(row[c], cell ?? '')) expect([c, row[c]]).toEqual([c, cell]);
    }
  });
  // A file read as GBK must have been written as GBK (no UTF-8 file is silently re-read as GBK).
  if (report.encoding === 'gb18030') expect(s.encoding).toBe('gbk');
  return true;
}

describe('the checker under mutation', () => {
  it(`never throws, never loses a row, and accepts only what PapaParse reads the same (${RUNS} runs)`, () => {
    const started = performance.now();
    let accepted = 0;
    fc.assert(
      fc.property(scenario, (s) => {
        if (check(s)) accepted++;
      }),
      { numRuns: RUNS, seed: SEED },
    );
    const seconds = (performance.now() - started) / 1000;
    console.log(`fuzz: ${RUNS} runs in ${seconds.toFixed(1)} s, ${accepted} accepted`);
    // The mutations must exercise both outcomes, or the property says little.
    expect(accepted).toBeGreaterThan(RUNS / 20);
    expect(accepted).toBeLessThan(RUNS * 0.95);
  }, 60_000);

  it('splits any line exactly as PapaParse does whenever neither finds a quoting problem', () => {
    const alphabet = fc.constantFrom('a', '甲', ',', '"', ' ', '，', '1', '.', '\t', '""');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }).map((a) => a.join('')), (line) => {
        const mine = splitLine(line);
        const papa = Papa.parse<string[]>(line, { delimiter: ',', newline: '\n' });
        if (!mine.problem && papa.errors.length === 0) expect(mine.cells).toEqual(papa.data[0] ?? ['']);
      }),
      { numRuns: 5000, seed: SEED },
    );
  });

  it('reads back any cells written with CSV quoting', () => {
    const cell = fc.array(fc.constantFrom('a', '甲', ',', '"', ' ', '，', '1', '=', '\t'), { maxLength: 8 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), (cells) => {
        const line = Papa.unparse([cells], { quotes: true, newline: '\n' });
        expect(splitLine(line)).toEqual({ cells });
      }),
      { numRuns: 3000, seed: SEED },
    );
  });
});
