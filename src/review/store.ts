/**
 * The review's files on disk, in the draft folder next to the report (REPORT.review/): draft.json,
 * the whole state, and indicators.csv / investments.csv, the rows kept so far in the columns
 * `npm run extract -- --apply` reads. Every write goes to a temporary file that is flushed to disk
 * and renamed over the old one, so a crash at any moment leaves the previous or the new file whole.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { reviewCsv, REVIEW_COLUMNS } from '../extract/review.ts';
import type { DraftIndicator, DraftInvestment } from '../extract/draft.ts';
import { COLUMNS, isKept, type ReviewDraft, type RowFile } from './draft-state.ts';

/**
 * The draft folder of a report: REPORT.review next to it, or extract-review/REPORT.review when the
 * report is already inside the data folder (which holds only what check-data loads).
 */
export function draftFolder(report: string, dataDir: string): string {
  const inData = !relative(resolve(dataDir), resolve(report)).startsWith('..');
  return join(inData ? resolve('extract-review') : dirname(resolve(report)), `${basename(report)}.review`);
}

export const DRAFT_FILE = 'draft.json';

/**
 * Writes `bytes` to `path` through a temporary file renamed over it, so that the file is always
 * whole; with `durable`, the file is flushed to disk before the rename and the folder after it, so
 * that the write survives a crash of the machine, not only of the process.
 */
export function writeAtomic(path: string, bytes: string | Uint8Array, durable = true): void {
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    writeSync(fd, typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes);
    if (durable) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  if (!durable) return;
  const dir = openSync(dirname(path), 'r');
  try {
    fsyncSync(dir);
  } finally {
    closeSync(dir);
  }
}

export function readDraft(folder: string): ReviewDraft | null {
  const path = join(folder, DRAFT_FILE);
  if (!existsSync(path)) return null;
  const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== 1) throw new Error(`${path} is not a review draft (format 1)`);
  return parsed as ReviewDraft;
}

/**
 * The kept rows of one file as a review CSV (the data file's columns, then confidence and
 * review_note), with `overrides` set in every row and each id renamed by `rename`.
 */
export function keptCsv(draft: ReviewDraft, file: RowFile, overrides: Record<string, string> = {}, rename: (id: string) => string = (id) => id): string {
  const rows = draft.rows.filter((r) => r.file === file && isKept(r)).map((r) => ({ ...r.fields, ...overrides, id: rename(r.id), confidence: r.confidence, review_note: r.review_note }));
  return reviewCsv(rows as unknown as (DraftIndicator | DraftInvestment)[], COLUMNS[file]);
}

export const CSV_FILES: Record<RowFile, string> = { indicators: 'indicators.csv', investments: 'investments.csv' };
export { REVIEW_COLUMNS };

/**
 * Writes the state durably, then the CSV files derived from it. draft.json is the truth: the CSVs
 * are only renamed in (whole, not flushed), and written again from draft.json when the review opens.
 */
export function writeDraft(folder: string, draft: ReviewDraft): void {
  mkdirSync(folder, { recursive: true });
  writeAtomic(join(folder, DRAFT_FILE), `${JSON.stringify(draft, null, 1)}\n`);
  writeKeptCsvs(folder, draft);
}

export function writeKeptCsvs(folder: string, draft: ReviewDraft): void {
  for (const file of ['indicators', 'investments'] as const) writeAtomic(join(folder, CSV_FILES[file]), keptCsv(draft, file), false);
}
