/**
 * Edits to the review's state, checked as check-data checks a row: each changed cell parsed by the
 * dataset's own zod schema (src/data/schema/*), the indicator and zone looked up as the loader looks
 * them up, and the edit refused whole when a cell is wrong or the version it was made on is not the
 * current one (another tab saved first). Pure: returns the new state or why nothing changed.
 */
import type { z } from 'zod';
import { formatCellIssue } from '../data/issues.ts';
import { findQuote } from '../lib/provenance.ts';
import { documentRow } from '../data/schema/documents.ts';
import { checkUnit } from '../data/schema/fields.ts';
import { indicatorRow } from '../data/schema/indicators.ts';
import { investmentRow } from '../data/schema/investments.ts';
import { parkRow } from '../data/schema/parks.ts';
import type { FormState, ReviewDraft, ReviewRow, RowFile, RowStatus } from './draft-state.ts';

export interface FieldError {
  field: string;
  message: string;
}

/** What the edits are checked against: the dataset's indicator ids and zones (by park). */
export interface Lookup {
  indicatorIds: ReadonlySet<string>;
  /** The units of the units list (units.csv). */
  units: ReadonlySet<string>;
  /** The report's text, which every quote must stand in verbatim. */
  text: string;
  zones: ReadonlyMap<string, string>;
}

export type Outcome<T> =
  | { kind: 'saved'; value: T }
  | { kind: 'stale'; current: T }
  | { kind: 'invalid'; errors: FieldError[]; current: T }
  | { kind: 'missing' };

type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;
const ROW_SCHEMAS: Record<RowFile | 'park' | 'document', RowSchema> = {
  indicators: indicatorRow as unknown as RowSchema,
  investments: investmentRow as unknown as RowSchema,
  park: parkRow as unknown as RowSchema,
  document: documentRow as unknown as RowSchema,
};

/** Columns the page does not edit in a row: set from the document when publishing. */
const FIXED_ROW_COLUMNS = new Set(['id', 'park_id', 'doc_id']);

/** The check-data message for one cell, or null when the schema accepts it. */
export function cellError(table: keyof typeof ROW_SCHEMAS, field: string, value: string): string | null {
  const schema = ROW_SCHEMAS[table].shape[field];
  if (!schema) return `column ${field} is not a column of ${table}`;
  const parsed = schema.safeParse(value);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const params = issue && 'params' in issue ? (issue.params as { expected?: string; hint?: string } | undefined) : undefined;
  return formatCellIssue({ field, value, message: issue?.message ?? 'is not valid', expected: params?.expected, hint: params?.hint });
}

/** References the loader resolves, checked here so that the editor is told at the field. */
function referenceError(row: ReviewRow, field: string, value: string, lookup: Lookup): string | null {
  const v = value.trim();
  if (row.file === 'indicators' && field === 'indicator' && !lookup.indicatorIds.has(v)) {
    return formatCellIssue({ field, value, message: 'is not an indicator in indicator_defs.csv', hint: 'choose one from the search (or add it there first)' });
  }
  if (field === 'quote' && findQuote(lookup.text, v) === null) {
    return formatCellIssue({ field, value, message: 'is not found verbatim in the report', hint: 'copy the sentence from the text on the left, unchanged' });
  }
  const badUnit = field === 'unit' ? checkUnit(value, [...lookup.units]) : null;
  if (badUnit) return formatCellIssue({ field, value, ...badUnit });
  if (row.file === 'investments' && field === 'zone_id' && v !== '') {
    const park = lookup.zones.get(v);
    if (park === undefined) return formatCellIssue({ field, value, message: 'is not a zone in zones.csv' });
    if (park !== row.fields.park_id?.trim()) return formatCellIssue({ field, value, message: `is a zone of park ${park}, not ${row.fields.park_id ?? ''}` });
  }
  return null;
}

export interface RowEdit {
  id: string;
  version: number;
  fields?: Record<string, string>;
  status?: RowStatus;
}

const STATUSES: readonly RowStatus[] = ['pending', 'accepted', 'fixed', 'rejected'];

function replaceRow(draft: ReviewDraft, row: ReviewRow): ReviewDraft {
  return { ...draft, version: draft.version + 1, rows: draft.rows.map((r) => (r.id === row.id ? row : r)) };
}

/** Applies an edit to one row: fields changed (the row becomes fixed) and/or its status set. */
export function editRow(draft: ReviewDraft, edit: RowEdit, lookup: Lookup): { draft: ReviewDraft; outcome: Outcome<ReviewRow> } {
  const row = draft.rows.find((r) => r.id === edit.id);
  if (!row) return { draft, outcome: { kind: 'missing' } };
  if (edit.version !== row.version) return { draft, outcome: { kind: 'stale', current: row } };
  const errors: FieldError[] = [];
  const fields = { ...row.fields };
  let changed = false;
  for (const [field, value] of Object.entries(edit.fields ?? {})) {
    if (FIXED_ROW_COLUMNS.has(field) || !(field in row.fields)) {
      errors.push({ field, message: `column ${field} is not edited here` });
      continue;
    }
    const bad = cellError(row.file, field, value) ?? referenceError(row, field, value, lookup);
    if (bad) errors.push({ field, message: bad });
    else if (fields[field] !== value) {
      fields[field] = value;
      changed = true;
    }
  }
  if (edit.status !== undefined && !STATUSES.includes(edit.status)) errors.push({ field: 'status', message: `status ${String(edit.status)} is not one of ${STATUSES.join(', ')}` });
  if (errors.length > 0) return { draft, outcome: { kind: 'invalid', errors, current: row } };
  const status: RowStatus = edit.status ?? (changed ? 'fixed' : row.status);
  if (!changed && status === row.status) return { draft, outcome: { kind: 'saved', value: row } };
  const next: ReviewRow = { ...row, fields, status, version: row.version + 1 };
  return { draft: replaceRow(draft, next), outcome: { kind: 'saved', value: next } };
}

export interface FormEdit {
  version: number;
  fields: Record<string, string>;
}

/** Applies an edit to the document or park form, each cell checked by its schema. */
export function editForm(draft: ReviewDraft, which: 'document' | 'park', edit: FormEdit): { draft: ReviewDraft; outcome: Outcome<FormState> } {
  const form = draft[which];
  if (edit.version !== form.version) return { draft, outcome: { kind: 'stale', current: form } };
  const errors: FieldError[] = [];
  for (const [field, value] of Object.entries(edit.fields)) {
    if (!(field in form.fields)) errors.push({ field, message: `column ${field} is not a column of ${which === 'park' ? 'parks.csv' : 'documents.csv'}` });
    else {
      // An empty required cell is allowed while the form is being filled in; publish checks the whole row.
      const bad = value.trim() === '' ? null : cellError(which, field, value);
      if (bad) errors.push({ field, message: bad });
    }
  }
  if (errors.length > 0) return { draft, outcome: { kind: 'invalid', errors, current: form } };
  const next: FormState = { version: form.version + 1, fields: { ...form.fields, ...edit.fields } };
  return { draft: { ...draft, version: draft.version + 1, [which]: next }, outcome: { kind: 'saved', value: next } };
}

/** Every cell of a form row the schema refuses (empty required cells included): publish's first check. */
export function formErrors(which: 'document' | 'park', fields: Record<string, string>): FieldError[] {
  const out: FieldError[] = [];
  for (const [field, value] of Object.entries(fields)) {
    const bad = cellError(which, field, value);
    if (bad) out.push({ field, message: bad });
  }
  return out;
}

/** Adds a row (drafted from a selected number). */
export function addRow(draft: ReviewDraft, row: ReviewRow): ReviewDraft {
  return { ...draft, version: draft.version + 1, rows: [...draft.rows, row] };
}
