/**
 * Publish, planned: the review's kept rows, and for a report not yet in the dataset its
 * documents.csv and parks.csv rows, its bytes in sources/ and its checksum in sources.sha256, staged
 * over the data folder and checked by the same apply as `npm run extract -- --apply` and then by the
 * loader of check-data on the folder as it would be. Every error is given back on its row or form
 * field; the changes are swapped in (by the server) only when there is none. Pure apart from hashing.
 */
import { createHash } from 'node:crypto';
import Papa from 'papaparse';
import { decodeBytes, parseCsvText } from '../data/csv.ts';
import { formatCellIssue, formatIssue, type DataIssue } from '../data/issues.ts';
import type { ReadFile } from '../data/load.ts';
import { loadDataFolder } from '../sources/folder.ts';
import { planApply, traceIssue } from '../extract/apply.ts';
import { isKept, type ReviewDraft, type RowFile } from './draft-state.ts';
import { formErrors, type FieldError } from './edits.ts';
import { CSV_FILES, keptCsv } from './store.ts';

export interface PublishInput {
  read: ReadFile;
  /** The data folder as messages name it. */
  shown: string;
  /** The draft folder as messages name it. */
  draftShown: string;
  draft: ReviewDraft;
  reportBytes: Uint8Array;
}

export interface PublishPlan {
  /** New contents of the changed files, by path relative to the data folder. */
  changes: Map<string, Uint8Array>;
  /** Errors by row id, by form (document / park) field, and those that belong to neither. */
  rowErrors: Record<string, string[]>;
  formErrors: { document: FieldError[]; park: FieldError[] };
  otherErrors: string[];
  /** The id each kept row gets in the data file. */
  ids: Record<string, string>;
  docId: string;
  parkId: string;
  newPark: boolean;
}

const encoder = new TextEncoder();

/** A CSV file's bytes with one row appended, in its header's column order and its own line ends. */
function appendRow(bytes: Uint8Array | null, columns: readonly string[], row: Record<string, string>): Uint8Array {
  const decoded = bytes ? decodeBytes(bytes) : null;
  const text = decoded && 'text' in decoded ? decoded.text : `${columns.join(',')}\n`;
  const header = parseCsvText(text.replace(/^\uFEFF+/u, '')).header;
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const base = text.length === 0 || /\r?\n$/u.test(text) ? text : `${text}${newline}`;
  const cells = (header.length > 0 ? header : columns).map((h) => row[h] ?? '');
  return encoder.encode(`${base}${Papa.unparse([cells], { newline })}${newline}`);
}

/** The number of a file's last line. */
const lastLine = (bytes: Uint8Array): number => new TextDecoder().decode(bytes).replace(/\r?\n$/u, '').split(/\r?\n/u).length;

/** The document's and park's ids as they will be written. */
export function publishIds(draft: ReviewDraft): { docId: string; parkId: string; newPark: boolean } {
  const chosen = (draft.document.fields.park_id ?? '').trim();
  const newPark = !draft.docKnown && chosen === '';
  return { docId: (draft.document.fields.id ?? '').trim(), parkId: newPark ? (draft.park.fields.id ?? '').trim() : chosen, newPark };
}

export async function planPublish({ read, shown, draftShown, draft, reportBytes }: PublishInput): Promise<PublishPlan> {
  const { docId, parkId, newPark } = publishIds(draft);
  const plan: PublishPlan = { changes: new Map(), rowErrors: {}, formErrors: { document: [], park: [] }, otherErrors: [], ids: {}, docId, parkId, newPark };
  const staged = plan.changes;
  if (!draft.docKnown) {
    const document: Record<string, string> = { ...draft.document.fields, park_id: parkId };
    // A new park's id is the park form's: an empty one is said there, once.
    plan.formErrors.document = formErrors('document', document).filter((e) => !(newPark && e.field === 'park_id'));
    if (newPark) plan.formErrors.park = formErrors('park', draft.park.fields);
    if (plan.formErrors.document.length + plan.formErrors.park.length > 0) return plan;
    if (newPark) staged.set('parks.csv', appendRow(read('parks.csv'), Object.keys(draft.park.fields), draft.park.fields));
    staged.set('documents.csv', appendRow(read('documents.csv'), Object.keys(document), document));
    const source = `sources/${(document.source_file ?? '').trim()}`;
    const existing = read(source);
    if (existing !== null && Buffer.compare(Buffer.from(existing), Buffer.from(reportBytes)) !== 0) {
      plan.formErrors.document.push({ field: 'source_file', message: `${shown}/${source} exists and holds another file: give this report another name` });
      return plan;
    }
    staged.set(source, reportBytes);
    const sums = read('sources.sha256');
    const line = `${createHash('sha256').update(reportBytes).digest('hex')}  ${(document.source_file ?? '').trim()}\n`;
    const sumsText = sums ? new TextDecoder().decode(sums) : '';
    staged.set('sources.sha256', encoder.encode(`${sumsText}${sumsText === '' || sumsText.endsWith('\n') ? '' : '\n'}${line}`));
  }
  const overlay: ReadFile = (rel) => staged.get(rel) ?? read(rel);
  const kept = (file: RowFile) => draft.rows.filter((r) => r.file === file && isKept(r));
  // Rows were drafted under the document id known then; a document id changed in the form renames them.
  const draftedDoc = draft.rows[0]?.fields.doc_id ?? docId;
  const rename = (id: string): string => (id.startsWith(`${draftedDoc}-`) ? `${docId}${id.slice(draftedDoc.length)}` : id);
  const reviewed = (['indicators', 'investments'] as const)
    .filter((file) => kept(file).length > 0)
    .map((file) => ({ file, path: `${draftShown}/${CSV_FILES[file]}`, bytes: encoder.encode(keptCsv(draft, file, { park_id: parkId, doc_id: docId }, rename)) }));
  if (reviewed.length === 0) {
    plan.otherErrors.push('no row is accepted yet: accept or fix the rows to publish');
    return plan;
  }
  const apply = planApply(overlay, reviewed, shown);
  // Review CSV line n+2 holds the n-th kept row of its file.
  const rowAt = (path: string, line: number): string | undefined => {
    const r = reviewed.find((f) => f.path === path);
    return r ? kept(r.file)[line - 2]?.id : undefined;
  };
  for (const row of apply.rows) {
    const id = rowAt(row.reviewed.path, row.reviewed.line);
    if (id) plan.ids[id] = row.to;
  }
  for (const [file, bytes] of apply.changes) staged.set(file, bytes);
  const issues: DataIssue[] = [...apply.issues];
  if (issues.length === 0) issues.push(...(await loadDataFolder(overlay, { displayDir: shown })).issues);
  for (const issue of issues.filter((i) => i.severity === 'error')) {
    const applied = apply.rows.find((r) => `${shown}/${r.file}` === issue.file && r.line === issue.line);
    const id = applied ? rowAt(applied.reviewed.path, applied.reviewed.line) : rowAt(issue.file, issue.line);
    // Only the line publish appended is the form's; an error on another line belongs to the data folder.
    const appended = (file: string): boolean => staged.has(file) && issue.file === `${shown}/${file}` && issue.line === lastLine(staged.get(file) ?? new Uint8Array());
    const formOf = appended('parks.csv') ? 'park' : appended('documents.csv') ? 'document' : null;
    if (id) (plan.rowErrors[id] ??= []).push(formatCellIssue(issue));
    else if (formOf && issue.field) plan.formErrors[formOf].push({ field: issue.field, message: formatCellIssue(issue) });
    else plan.otherErrors.push(formatIssue(traceIssue(issue, apply, shown)));
  }
  return plan;
}

export const hasErrors = (p: PublishPlan): boolean =>
  Object.keys(p.rowErrors).length + p.formErrors.document.length + p.formErrors.park.length + p.otherErrors.length > 0;
