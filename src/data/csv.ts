import Papa from 'papaparse';
import type { DataIssue } from './issues.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/**
 * Bytes → text. UTF-8 (with or without BOM) is read as is; anything that is not valid UTF-8 is
 * read as GB18030, the superset of GBK that Excel and WPS write on Chinese Windows.
 * Returns null for binary content (NUL bytes), which no spreadsheet writes into a CSV.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedText | null {
  if (bytes.includes(0)) return null;
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** One data row with the line it starts on, so every message can point at `file:line:column`. */
export interface CsvRow {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  header: string[];
  rows: CsvRow[];
  issues: DataIssue[];
  /** Data rows read (non-empty lines after the header), whether or not they load. */
  rowsRead: number;
}

/** Splits CSV text into a header and rows with their starting line numbers. Never throws. */
export function parseCsvText(text: string, file: string): ParsedCsv {
  const issues: DataIssue[] = [];
  const lineStarts = lineStartOffsets(text);
  const rows: CsvRow[] = [];
  let header: string[] | null = null;
  let rowStart = 0;
  let crlfNoticed = false;
  let blankLines = 0;
  // The line break that ends the last row is not an empty line.
  Papa.parse<string[]>(text.replace(/\r?\n$/, ''), {
    header: false,
    skipEmptyLines: false,
    step(result) {
      const cells = result.data;
      const line = lineOf(lineStarts, rowStart);
      const cursor = result.meta.cursor;
      if (!crlfNoticed && result.meta.linebreak === '\r\n') crlfNoticed = true;
      for (const e of result.errors) {
        issues.push({
          severity: 'error', file, line, column: 0,
          message: papaMessage(e.code, e.message),
          hint: e.code === 'MissingQuotes' ? 'a cell opens a double quote that never closes; is the file cut short?' : undefined,
        });
      }
      rowStart = cursor;
      if (cells.length === 1 && cells[0]?.trim() === '') {
        blankLines++;
        return;
      }
      if (header === null) header = cells.map((c) => c.trim());
      else rows.push({ line, cells });
    },
  });
  if (crlfNoticed) issues.push({ severity: 'notice', file, line: 0, column: 0, message: 'uses Windows (CRLF) line ends; read as usual' });
  if (blankLines > 0) issues.push({ severity: 'notice', file, line: 0, column: 0, message: `${blankLines} empty line(s) skipped` });
  return { header: header ?? [], rows, issues, rowsRead: rows.length };
}

function papaMessage(code: string, message: string): string {
  if (code === 'MissingQuotes') return 'has an unclosed quoted field';
  if (code === 'InvalidQuotes') return 'has a stray double quote inside a field';
  return message;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** 1-based line holding `offset`, by binary search over line starts. */
function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
