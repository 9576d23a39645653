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

/** `data/indicators.csv:14:6: value "27４.14" in column value is not a number (full-width digit? expected e.g. 274.14)` */
export function formatIssue(i: DataIssue): string {
  const where = `${i.file}:${i.line}:${i.column}`;
  const what = i.field !== undefined && i.value !== undefined ? `value "${i.value}" in column ${i.field} ${i.message}` : i.message;
  const extra = [i.hint, i.expected ? `expected ${i.expected}` : undefined].filter(Boolean).join('; ');
  return `${where}: ${what}${extra ? ` (${extra})` : ''}`;
}

/** Thrown by the loader when any error was found; carries every issue, not just the first. */
export class DataValidationError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const errors = issues.filter((i) => i.severity === 'error');
    super(`${errors.length} data error(s):\n${errors.map(formatIssue).join('\n')}`);
    this.name = 'DataValidationError';
    this.issues = issues;
  }
}
