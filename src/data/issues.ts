/** A problem or notice about one cell, row or file of a dataset, located for a human. */
export interface DataIssue {
  severity: 'error' | 'notice';
  /** Path as the editor knows it, e.g. data/indicators.csv. */
  file: string;
  /** 1-based line in the file (0 when the issue concerns the whole file). */
  line: number;
  /** 1-based column (field) number (0 when the issue concerns the whole row or file). */
  column: number;
  /** Column name from the header, when known. */
  field?: string;
  /** The offending cell as read. */
  value?: string;
  /** What is wrong, phrased to follow 'value "x" in column c'. */
  message: string;
  /** What was expected, e.g. "a number such as 274.14". */
  expected?: string;
  /** How to fix it. */
  hint?: string;
}

/** Longest cell shown in a message; longer ones are cut with "…" (the message says how long). */
export const MAX_SHOWN_CHARS = 60;

/**
 * A cell as a message shows it: cut to MAX_SHOWN_CHARS, with invisible and control characters
 * written as \u{…} so that "274.14\u{200b}" does not read as a correct "274.14".
 */
export function showValue(value: string): string {
  const chars = [...value];
  const cut = chars.length > MAX_SHOWN_CHARS ? `${chars.slice(0, MAX_SHOWN_CHARS).join('')}…` : value;
  return cut.replace(/[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** `data/indicators.csv:14:8: value "27４.14" in column value is not a number (full-width digit? write 274.14; expected e.g. 274.14)` */
export function formatIssue(i: DataIssue): string {
  return `${i.file}:${i.line}:${i.column}: ${formatCellIssue(i)}`;
}

/** The message of an issue without its place: `value "27４.14" in column value is not a number (…)`, as an editor shows it at the field. */
export function formatCellIssue(i: Pick<DataIssue, 'field' | 'value' | 'message' | 'hint' | 'expected'>): string {
  const what = i.field !== undefined && i.value !== undefined ? `value "${showValue(i.value)}" in column ${i.field} ${i.message}` : i.message;
  const extra = [i.hint, i.expected ? `expected ${i.expected}` : undefined].filter(Boolean).join('; ');
  return `${what}${extra ? ` (${extra})` : ''}`;
}

/** Thrown by the loader when any error was found; carries every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`${errors.length} data error(s):\n${errors.map(formatIssue).join('\n')}\n(run npm run check-data for the full report)`);
    this.name = 'DataValidationError';
    this.issues = issues;
    // A data error is the editor's to fix, not a bug: where in the code it was found helps no one.
    this.stack = '';
  }
}
