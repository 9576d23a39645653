/**
 * Reviewed draft rows → the new text of data/indicators.csv and data/investments.csv: the review
 * columns dropped, each row keeping the id it was drafted with (the draft numbers a document's
 * rows after the ids already in use, so the ids on the review page are the ids written; an id that
 * is already in use or given twice is refused), the rows appended after the file's own lines
 * (which stay byte for byte). Before anything is planned the
 * rows' documents are checked: each must be in documents.csv, with its report in sources/ and
 * listed with a matching checksum in sources.sha256. Pure apart from hashing: the CLI loads the
 * result with the same loader as check-data and swaps the files in only when it loads.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { decodeBytes, parseCsvText, type CsvRow } from '../data/csv.ts';
import type { DataIssue } from '../data/issues.ts';
import type { ReadFile } from '../data/load.ts';
import { REVIEW_COLUMNS } from './review.ts';

export type TargetFile = 'indicators.csv' | 'investments.csv';

/** The letter of a file's ids: <doc>-i01 in indicators.csv, <doc>-v01 in investments.csv. */
const ID_LETTER: Record<TargetFile, string> = { 'indicators.csv': 'i', 'investments.csv': 'v' };

export interface ReviewedFile {
  /** As the editor named it, for messages. */
  path: string;
  bytes: Uint8Array;
}

/** Where an appended line of a data file came from. */
export interface AppliedRow {
  file: TargetFile;
  /** Line in the new data file. */
  line: number;
  reviewed: { path: string; line: number };
  from: string;
  to: string;
}

export interface ApplyPlan {
  /** New contents of the changed data files, by path relative to the data folder. */
  changes: Map<TargetFile, Uint8Array>;
  rows: AppliedRow[];
  issues: DataIssue[];
}

interface ReadCsv {
  header: string[];
  rows: CsvRow[];
  text: string;
}

const issue = (file: string, line: number, column: number, message: string, extra: Partial<DataIssue> = {}): DataIssue => ({ severity: 'error', file, line, column, message, ...extra });

function readCsv(bytes: Uint8Array, shown: string, issues: DataIssue[]): (ReadCsv & { encoding: string }) | null {
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) {
    issues.push(issue(shown, 0, 0, decoded.what, { hint: decoded.hint }));
    return null;
  }
  const text = decoded.text.replace(/^\uFEFF+/u, '');
  const parsed = parseCsvText(text);
  if (parsed.headerProblem) {
    issues.push(issue(shown, parsed.headerLine, parsed.headerProblem.column, `the header ${parsed.headerProblem.message}`));
    return null;
  }
  return { header: parsed.header, rows: parsed.rows, text: decoded.text, encoding: decoded.encoding };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The documents the rows cite, checked: in documents.csv, report in sources/, checksum listed and matching. */
function checkDocuments(read: ReadFile, dir: string, cited: ReadonlyMap<string, { path: string; line: number; column: number }>, issues: DataIssue[]): void {
  const docsBytes = read('documents.csv');
  const docs = docsBytes ? readCsv(docsBytes, `${dir}/documents.csv`, issues) : null;
  if (!docs) {
    issues.push(issue(`${dir}/documents.csv`, 0, 0, 'is missing or unreadable', { hint: 'the rows need their documents' }));
    return;
  }
  const sumsBytes = read('sources.sha256');
  const sums = new Map((sumsBytes ? new TextDecoder().decode(sumsBytes) : '').split(/\r?\n/u).map((l) => l.trim().split(/\s+\*?/u)).filter((p) => p.length >= 2).map(([hash, file]) => [file ?? '', hash ?? '']));
  const idColumn = docs.header.indexOf('id');
  const fileColumn = docs.header.indexOf('source_file');
  for (const [docId, at] of cited) {
    const row = docs.rows.find((r) => (r.cells[idColumn] ?? '').trim() === docId);
    if (!row) {
      issues.push(issue(at.path, at.line, at.column, 'is not a document in documents.csv', {
        field: 'doc_id', value: docId, hint: `add its row to ${dir}/documents.csv first (README, "How to add a report, a year or a park")`,
      }));
      continue;
    }
    const source = (row.cells[fileColumn] ?? '').trim();
    const where = { field: 'source_file', value: source };
    const bytes = source === '' ? null : read(`sources/${source}`);
    if (bytes === null) {
      issues.push(issue(`${dir}/documents.csv`, row.line, fileColumn + 1, `is not in ${dir}/sources/`, { ...where, hint: 'copy the report there byte for byte' }));
      continue;
    }
    const listed = sums.get(source);
    if (listed === undefined) {
      issues.push(issue(`${dir}/sources.sha256`, 0, 0, `does not list ${source}`, { hint: `cd ${dir}/sources && sha256sum ${source} >> ../sources.sha256` }));
    } else if (listed !== sha256(bytes)) {
      issues.push(issue(`${dir}/sources.sha256`, 0, 0, `gives a checksum for ${source} that does not match ${dir}/sources/${source}`, { hint: 'the report must stay byte for byte as received; restore it, or list its checksum again if it was replaced on purpose' }));
    }
  }
}

/** Which data file a reviewed file's columns belong to, once the review columns are set aside. */
function targetOf(header: readonly string[], headers: ReadonlyMap<TargetFile, readonly string[]>): TargetFile | null {
  const own = header.filter((h) => !REVIEW_COLUMNS.includes(h));
  for (const [file, columns] of headers) if (own.length === columns.length && own.every((h, k) => h === columns[k])) return file;
  return null;
}

/** The highest number n of the ids <doc>-<letter>n already in a data file, and the widest n written. */
function lastNumbers(rows: readonly CsvRow[], idColumn: number, letter: string): Map<string, { n: number; width: number }> {
  const out = new Map<string, { n: number; width: number }>();
  for (const r of rows) {
    const hit = new RegExp(`^(.+)-${letter}(\\d+)$`, 'u').exec((r.cells[idColumn] ?? '').trim());
    if (!hit) continue;
    const doc = hit[1] ?? '';
    const before = out.get(doc) ?? { n: 0, width: 2 };
    out.set(doc, { n: Math.max(before.n, Number(hit[2])), width: Math.max(before.width, (hit[2] ?? '').length) });
  }
  return out;
}

/** Where a document's new ids start in a data file: after its highest <doc>-<letter>n, as wide as the widest n. */
export function idStart(read: ReadFile, file: TargetFile, docId: string): { n: number; width: number } {
  const bytes = read(file);
  const csv = bytes ? readCsv(bytes, file, []) : null;
  if (!csv) return { n: 0, width: 2 };
  return lastNumbers(csv.rows, csv.header.indexOf('id'), ID_LETTER[file]).get(docId) ?? { n: 0, width: 2 };
}

/**
 * Plans the apply: reads the reviewed files and the data files they add to, and returns the new
 * data files with every problem found (messages as file:line:column, like check-data's).
 */
export function planApply(read: ReadFile, reviewed: readonly ReviewedFile[], dir: string): ApplyPlan {
  const issues: DataIssue[] = [];
  const rows: AppliedRow[] = [];
  const data = new Map<TargetFile, ReadCsv>();
  for (const file of ['indicators.csv', 'investments.csv'] as const) {
    const bytes = read(file);
    const csv = bytes ? readCsv(bytes, `${dir}/${file}`, issues) : null;
    if (bytes === null) issues.push(issue(`${dir}/${file}`, 0, 0, 'is missing', { hint: `create ${dir}/${file} with its header row` }));
    else if (csv && csv.encoding === 'gb18030') issues.push(issue(`${dir}/${file}`, 0, 0, 'is stored as GBK/GB18030; apply appends UTF-8 only', { hint: 'save it as CSV UTF-8 (in Excel/WPS: 另存为 → CSV UTF-8), then apply again' }));
    else if (csv) data.set(file, csv);
  }
  const headers = new Map([...data].map(([file, csv]) => [file, csv.header] as const));
  const additions = new Map<TargetFile, { cells: Record<string, string>; at: { path: string; line: number } }[]>();
  const cited = new Map<string, { path: string; line: number; column: number }>();
  for (const file of reviewed) {
    const csv = readCsv(file.bytes, file.path, issues);
    if (!csv) continue;
    const target = targetOf(csv.header, headers);
    if (target === null) {
      issues.push(issue(file.path, 1, 0, `has the columns ${csv.header.join(',')}, which are neither those of indicators.csv nor of investments.csv (with or without ${REVIEW_COLUMNS.join(', ')})`, { hint: 'apply the review files npm run extract wrote, with their header row unchanged' }));
      continue;
    }
    for (const row of csv.rows) {
      if (row.problem) {
        issues.push(issue(file.path, row.line, row.problem.column, row.problem.message, { hint: row.problem.hint }));
        continue;
      }
      if (row.cells.length !== csv.header.length) {
        issues.push(issue(file.path, row.line, Math.min(row.cells.length, csv.header.length) + 1, `row has ${row.cells.length} field(s) but the header has ${csv.header.length}`, { hint: 'an unquoted comma splits a cell, or a cell is missing' }));
        continue;
      }
      const cells: Record<string, string> = {};
      csv.header.forEach((h, k) => (cells[h] = row.cells[k] ?? ''));
      const docId = (cells.doc_id ?? '').trim();
      if (!cited.has(docId)) cited.set(docId, { path: file.path, line: row.line, column: csv.header.indexOf('doc_id') + 1 });
      const list = additions.get(target) ?? [];
      list.push({ cells, at: { path: file.path, line: row.line } });
      additions.set(target, list);
    }
  }
  checkDocuments(read, dir, cited, issues);
  const changes = new Map<TargetFile, Uint8Array>();
  for (const [file, added] of additions) {
    const csv = data.get(file);
    if (!csv || added.length === 0) continue;
    const idColumn = csv.header.indexOf('id');
    const last = lastNumbers(csv.rows, idColumn, ID_LETTER[file]);
    const inUse = new Map(csv.rows.map((r) => [(r.cells[idColumn] ?? '').trim(), r.line] as const));
    const given = new Map<string, { path: string; line: number }>();
    for (const { cells, at } of added) {
      const id = (cells.id ?? '').trim();
      const doc = (cells.doc_id ?? '').trim();
      const next = last.get(doc) ?? { n: 0, width: 2 };
      const free = `${doc}-${ID_LETTER[file]}${String(next.n + 1).padStart(next.width, '0')}`;
      const column = csv.header.indexOf('id') + 1;
      const where = { field: 'id', value: id };
      const used = inUse.get(id);
      const twice = given.get(id);
      if (id === '') issues.push(issue(at.path, at.line, column, 'is empty', { ...where, hint: `give the row an id not in use, e.g. ${free}` }));
      else if (used !== undefined) {
        issues.push(issue(at.path, at.line, column, `is already the id of ${dir}/${file}:${used}`, { ...where, hint: `draft the report again (npm run extract numbers new rows after the ids in use), or give this row an id not in use, e.g. ${free}` }));
      } else if (twice) issues.push(issue(at.path, at.line, column, `repeats the id of ${twice.path}:${twice.line}`, { ...where, hint: 'each row needs its own id' }));
      else given.set(id, at);
    }
    const newline = csv.text.includes('\r\n') ? '\r\n' : '\n';
    const base = csv.text.length === 0 || /\r?\n$/u.test(csv.text) ? csv.text : `${csv.text}${newline}`;
    const firstLine = base.split(/\r?\n/u).length;
    const kept = added.map(({ cells, at }, k) => {
      const id = (cells.id ?? '').trim();
      rows.push({ file, line: firstLine + k, reviewed: at, from: id, to: id });
      return csv.header.map((h) => (h === 'id' ? id : (cells[h] ?? '')));
    });
    const appended = Papa.unparse(kept, { newline });
    changes.set(file, new TextEncoder().encode(`${base}${appended}${newline}`));
  }
  return { changes, rows, issues };
}

/** An issue on a line the apply added, with the reviewed row it came from. */
export function traceIssue(i: DataIssue, plan: ApplyPlan, dir: string): DataIssue {
  const row = plan.rows.find((r) => `${dir}/${r.file}` === i.file && r.line === i.line);
  if (!row) return i;
  return { ...i, hint: [i.hint, `row ${row.reviewed.path}:${row.reviewed.line}, id ${row.to}`].filter(Boolean).join('; ') };
}
