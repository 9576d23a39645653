/**
 * The review's state, as one JSON document: every drafted row with its status (pending, accepted,
 * fixed, rejected) and a version that grows with each change, the documents.csv and parks.csv rows
 * of a report not yet in the dataset, and the numbers the extractor did not draft. Pure: the store
 * reads and writes it, the server applies edits to it.
 */
import type { Draft, DraftIndicator, DraftInvestment } from '../extract/draft.ts';
import type { SkippedNumber } from '../extract/numbers.ts';
import { INDICATOR_COLUMNS } from '../data/schema/indicators.ts';
import { INVESTMENT_COLUMNS } from '../data/schema/investments.ts';
import { PARK_COLUMNS } from '../data/schema/parks.ts';
import { DOCUMENT_COLUMNS } from '../data/schema/documents.ts';

export type RowFile = 'indicators' | 'investments';
export type RowStatus = 'pending' | 'accepted' | 'fixed' | 'rejected';

export const COLUMNS: Record<RowFile, readonly string[]> = { indicators: INDICATOR_COLUMNS, investments: INVESTMENT_COLUMNS };

export interface ReviewRow {
  id: string;
  file: RowFile;
  status: RowStatus;
  /** Grows by one with every change; a write naming an older version is refused. */
  version: number;
  /** The data file's columns, as text. */
  fields: Record<string, string>;
  confidence: 'high' | 'medium' | 'low';
  review_note: string;
  /** The figure's span in the report text. */
  start: number;
  end: number;
  /** drafted by the extractor, or from a number the editor selected. */
  origin: 'drafted' | 'selected';
}

export interface FormState {
  version: number;
  fields: Record<string, string>;
}

export interface ReviewDraft {
  format: 1;
  /** The report's file name and checksum: the draft belongs to these bytes. */
  report: string;
  reportSha256: string;
  /** Grows by one with every write of the file. */
  version: number;
  /** True when documents.csv already lists the report (then no document or park form). */
  docKnown: boolean;
  rows: ReviewRow[];
  document: FormState;
  park: FormState;
  skipped: SkippedNumber[];
  /** Set once published: when, and the ids the rows got. */
  published?: { at: string; ids: Record<string, string> };
}

const rowOf = (file: RowFile, r: DraftIndicator | DraftInvestment, start: number, end: number): ReviewRow => {
  const cells: Record<string, string> = { ...r };
  return {
    id: r.id, file, status: 'pending', version: 1, confidence: r.confidence, review_note: r.review_note, start, end, origin: 'drafted',
    fields: Object.fromEntries(COLUMNS[file].map((c) => [c, cells[c] ?? ''])),
  };
};

const CONFIDENCE_ORDER = { low: 0, medium: 1, high: 2 } as const;

/** Rows in the order the page lists them: low confidence first, then in text order. */
export function reviewOrder(rows: readonly ReviewRow[]): ReviewRow[] {
  return [...rows].sort((a, b) => CONFIDENCE_ORDER[a.confidence] - CONFIDENCE_ORDER[b.confidence] || a.start - b.start || a.id.localeCompare(b.id));
}

export interface NewDraftInput {
  draft: Draft;
  report: string;
  reportSha256: string;
  docKnown: boolean;
  /** The documents.csv and parks.csv rows as far as they can be guessed (the rest left empty). */
  document: Record<string, string>;
  park: Record<string, string>;
}

export function newReviewDraft({ draft, report, reportSha256, docKnown, document, park }: NewDraftInput): ReviewDraft {
  const spans = new Map<string, { start: number; end: number }>();
  for (const f of draft.drafted) for (const id of f.rows) spans.set(id, { start: f.start, end: f.end });
  const at = (id: string) => spans.get(id) ?? { start: 0, end: 0 };
  return {
    format: 1, report, reportSha256, version: 1, docKnown,
    rows: [
      ...draft.indicators.map((r) => rowOf('indicators', r, at(r.id).start, at(r.id).end)),
      ...draft.investments.map((r) => rowOf('investments', r, at(r.id).start, at(r.id).end)),
    ],
    document: { version: 1, fields: Object.fromEntries(DOCUMENT_COLUMNS.map((c) => [c, document[c] ?? ''])) },
    park: { version: 1, fields: Object.fromEntries(PARK_COLUMNS.map((c) => [c, park[c] ?? ''])) },
    skipped: draft.skipped,
  };
}

/** The numbers not drafted that no row has been drafted from since. */
export function missedNumbers(draft: ReviewDraft): SkippedNumber[] {
  return draft.skipped.filter((s) => !draft.rows.some((r) => r.start < s.end && s.start < r.end));
}

/** The next free id of a file's rows: <doc>-i07 after <doc>-i06, and after `inUse`, the highest number the data file already has. */
export function nextRowId(draft: ReviewDraft, file: RowFile, docId: string, inUse = 0): string {
  const letter = file === 'indicators' ? 'i' : 'v';
  const re = new RegExp(`-${letter}(\\d+)$`, 'u');
  const n = Math.max(inUse, ...draft.rows.filter((r) => r.file === file).map((r) => Number(re.exec(r.id)?.[1] ?? 0)));
  return `${docId}-${letter}${String(n + 1).padStart(2, '0')}`;
}

/** Is the row part of what publish applies? */
export const isKept = (r: ReviewRow): boolean => r.status === 'accepted' || r.status === 'fixed';
