/**
 * CSV for downloads: UTF-8 with a BOM so Excel opens Chinese correctly, CRLF rows, RFC 4180
 * quoting by PapaParse, and no formula injection — a cell a spreadsheet would run (= + - @, tab,
 * CR) gets a leading apostrophe, the OWASP-recommended neutraliser. (PapaParse's own
 * `escapeFormulae` also quotes such a cell; the apostrophe alone keeps the files as they were.)
 */
import Papa from 'papaparse';

const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const safe = (r: readonly string[]) => r.map((c) => (FORMULA_START.test(c) ? `'${c}` : c));
  return `\uFEFF${Papa.unparse({ fields: safe(header), data: rows.map(safe) }, { newline: '\r\n' })}\r\n`;
}
