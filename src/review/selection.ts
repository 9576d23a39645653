/**
 * A row drafted from a number the editor selected in the report text (a number the extractor
 * skipped, or one it read wrongly): the digits under or next to the selection, the longest unit of
 * the units list written right after them, and the clause around them as the quote. Whatever cannot
 * be read (the indicator, a unit not on the list) is left empty for the editor, and the review note
 * says so.
 */
import { quoteSpan } from '../extract/clauses.ts';
import { normalizeReport } from '../extract/normalize.ts';
import { COLUMNS, type ReviewRow } from './draft-state.ts';

export interface SelectionContext {
  /** The report text the rows quote (Draft.text). */
  text: string;
  units: readonly string[];
  id: string;
  parkId: string;
  docId: string;
  year: string;
  kind: 'target' | 'actual';
}

const NUMBER = /\d+(?:\.\d+)?/gu;

/** The row, or why none can be drafted from the selection. */
export function rowFromSelection(ctx: SelectionContext, start: number, end: number): ReviewRow | { error: string } {
  const { text } = ctx;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end <= text.length && start < end)) return { error: 'the selection is not inside the report text' };
  const m = normalizeReport(text).match;
  if (m.length !== text.length) return { error: 'the report text does not line up with its normalised form' };
  const hit = [...m.matchAll(NUMBER)].find((h) => h.index < end && start < h.index + h[0].length);
  if (!hit) return { error: `no number in “${text.slice(start, end)}”` };
  const numStart = hit.index;
  const numEnd = numStart + hit[0].length;
  const after = m.slice(numEnd, numEnd + 8).split('\n')[0] ?? '';
  const unit = [...ctx.units].sort((a, b) => b.length - a.length).find((u) => after.startsWith(u)) ?? '';
  const figureEnd = numEnd + unit.length;
  const span = quoteSpan(m, { start: numStart, end: figureEnd }, { wantsSubject: false });
  // A quote is one line of the source: a table's label on the line before is not part of it.
  const lineStart = m.lastIndexOf('\n', numStart - 1) + 1;
  const lineEnd = m.indexOf('\n', figureEnd);
  const quote = { start: Math.max(span.start, lineStart), end: lineEnd < 0 ? span.end : Math.min(span.end, lineEnd) };
  const fields: Record<string, string> = Object.fromEntries(COLUMNS.indicators.map((c) => [c, '']));
  Object.assign(fields, {
    id: ctx.id, park_id: ctx.parkId, doc_id: ctx.docId, year: ctx.year, period: '全年', kind: ctx.kind,
    value: hit[0], comparator: '=', unit, quote: text.slice(quote.start, quote.end), flag: 'ok',
  });
  const notes = ['drafted from your selection: choose the indicator', unit === '' ? `no unit of the units list follows the number (${after.trim() === '' ? 'nothing follows it on its line' : `“${text.slice(numEnd, numEnd + 4).replace(/\s+/gu, ' ')}” follows it`}): choose one, or add it to the units table` : ''];
  return {
    id: ctx.id, file: 'indicators', status: 'pending', version: 1, fields, confidence: 'low',
    review_note: notes.filter(Boolean).join('; '), start: numStart, end: figureEnd, origin: 'selected',
  };
}
