/**
 * The edits an editor makes between two builds, done to a generated data folder (national.ts):
 * a new report for one park, a revised figure, a removed park, a changed story row. bench:build --incremental and
 * the incremental-build test apply them, then build again. Rows are written with the generator's
 * own CSV writer, so the rows an edit does not touch keep their bytes.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { dataCsv } from './national.ts';

type Row = Record<string, string>;

/** The tables whose rows belong to a document (doc_id) and a park (park_id). */
const ROW_TABLES = ['indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv'] as const;

function readTable(dir: string, file: string): { columns: string[]; rows: Row[] } {
  const parsed = Papa.parse<Row>(readFileSync(join(dir, file), 'utf8'), { header: true, skipEmptyLines: true });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

const writeTable = (dir: string, file: string, t: { columns: string[]; rows: Row[] }) => writeFileSync(join(dir, file), dataCsv(t.columns, t.rows));

/** Appends rows to a table, leaving the lines before them as they were. */
function appendRows(dir: string, file: string, rows: readonly Row[]): void {
  if (rows.length === 0) return;
  const { columns } = readTable(dir, file);
  const text = readFileSync(join(dir, file), 'utf8');
  const lines = dataCsv(columns, [...rows]).split('\n').slice(1).join('\n');
  writeFileSync(join(dir, file), `${text.endsWith('\n') ? text : `${text}\n`}${lines}`);
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * The documents of folder `larger` that folder `dir` lacks (the same generator with one year
 * more gives every park a report it did not have), in the larger folder's order.
 */
export function missingDocuments(dir: string, larger: string): string[] {
  const have = new Set(readTable(dir, 'documents.csv').rows.map((r) => r.id));
  return readTable(larger, 'documents.csv').rows.flatMap((r) => (r.id !== undefined && !have.has(r.id) ? [r.id] : []));
}

/**
 * Adds report `docId` of folder `from` to folder `dir`, as an editor adds one: its row in
 * documents.csv, its text in sources/ with its line in sources.sha256, and the rows quoted from it
 * (a zone `dir` already has keeps its row). Returns the report's park.
 */
export function addReport(dir: string, from: string, docId: string): string {
  const doc = readTable(from, 'documents.csv').rows.find((r) => r.id === docId);
  if (!doc?.park_id || !doc.source_file) throw new Error(`no document ${docId} in ${from}`);
  if (!readTable(dir, 'parks.csv').rows.some((p) => p.id === doc.park_id)) throw new Error(`park ${doc.park_id} is not in ${dir}`);
  appendRows(dir, 'documents.csv', [doc]);
  copyFileSync(join(from, 'sources', doc.source_file), join(dir, 'sources', doc.source_file));
  const sums = readFileSync(join(dir, 'sources.sha256'), 'utf8');
  writeFileSync(join(dir, 'sources.sha256'), `${sums}${sha256(readFileSync(join(dir, 'sources', doc.source_file)))}  ${doc.source_file}\n`);
  for (const file of ROW_TABLES) {
    const ids = new Set(readTable(dir, file).rows.map((r) => r.id));
    appendRows(dir, file, readTable(from, file).rows.filter((r) => r.doc_id === docId && !ids.has(r.id)));
  }
  return doc.park_id;
}

/** Removes park `parkId` from folder `dir`: its row, its reports (rows, texts and checksums) and every row of it. */
export function removePark(dir: string, parkId: string): void {
  const parks = readTable(dir, 'parks.csv');
  if (!parks.rows.some((p) => p.id === parkId)) throw new Error(`no park ${parkId} in ${dir}`);
  writeTable(dir, 'parks.csv', { ...parks, rows: parks.rows.filter((p) => p.id !== parkId) });
  const docs = readTable(dir, 'documents.csv');
  const gone = new Set(docs.rows.filter((d) => d.park_id === parkId).flatMap((d) => (d.source_file ? [d.source_file] : [])));
  writeTable(dir, 'documents.csv', { ...docs, rows: docs.rows.filter((d) => d.park_id !== parkId) });
  for (const f of gone) rmSync(join(dir, 'sources', f), { force: true });
  const sums = readFileSync(join(dir, 'sources.sha256'), 'utf8').split('\n').filter((l) => l.trim() !== '' && !gone.has(l.split(/\s+/)[1] ?? ''));
  writeFileSync(join(dir, 'sources.sha256'), `${sums.join('\n')}\n`);
  for (const file of ROW_TABLES) {
    const t = readTable(dir, file);
    writeTable(dir, file, { ...t, rows: t.rows.filter((r) => r.park_id !== parkId) });
  }
}

/**
 * Revises one figure of park `parkId` without a new report: the note of its first indicator row
 * (the document count, which every page's footer prints, stays as it was). Returns the row's id.
 */
export function reviseNote(dir: string, parkId: string, note: string): string {
  const t = readTable(dir, 'indicators.csv');
  const row = t.rows.find((r) => r.park_id === parkId);
  if (!row?.id) throw new Error(`park ${parkId} has no indicator row in ${dir}`);
  row.note = note;
  writeTable(dir, 'indicators.csv', t);
  return row.id;
}

/** Sets one row of story.<locale>.csv (the dataset's own copy), adding the file if the folder has none. */
export function setStoryRow(dir: string, locale: 'zh-CN' | 'en', key: string, text: string): void {
  const file = `story.${locale}.csv`;
  const t = existsSync(join(dir, file)) ? readTable(dir, file) : { columns: ['key', 'text', 'documents', 'counts'], rows: [] };
  // Copy that names no documents: not a finding (schema/story.ts).
  writeTable(dir, file, { columns: t.columns, rows: [...t.rows.filter((r) => r.key !== key), { key, text, documents: '', counts: '' }] });
}
