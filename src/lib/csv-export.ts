/**
 * CSV for downloads, written by PapaParse: UTF-8 with a BOM so Excel opens Chinese correctly,
 * CRLF rows, RFC 4180 quoting, and no formula injection — a cell a spreadsheet would run
 * (= + - @, tab, CR) gets a leading apostrophe and quotes (`escapeFormulae`, as OWASP advises).
 */
import Papa from 'papaparse';

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${Papa.unparse({ fields: [...header], data: rows.map((r) => [...r]) }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}
