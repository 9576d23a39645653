/**
 * CSV for downloads: UTF-8 with a BOM so Excel opens Chinese correctly, RFC 4180 quoting, and
 * no formula injection — a cell that a spreadsheet would run (= + - @, tab, CR) gets a leading
 * apostrophe, the OWASP-recommended neutraliser.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
