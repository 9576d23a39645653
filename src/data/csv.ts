/**
 * Bytes → text → rows, for the CSV files editors save from Excel, WPS or a text editor.
 *
 * Policy (see README, "Bad input"): bytes are normalised, meanings never are. Here that means:
 * GBK/GB18030, a UTF-8 BOM, Windows (CRLF) or old Mac (CR) line ends and empty lines are
 * accepted and reported as notices; anything that would change what a cell says is left to the
 * schemas, which reject it with a hint.
 *
 * Rows are one per line. A line break inside a cell is an error (no cell of this dataset needs
 * one), so a stray double quote can never swallow the rest of a file: a file with N non-empty
 * data lines always reports N rows read. The tokenizer follows RFC 4180 within a line and is
 * checked against PapaParse by the fuzz test (tests/unit/data/fuzz.test.ts).
 */
import type { DataIssue } from './issues.ts';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'gb18030';

export interface DecodedText {
  text: string;
  encoding: Encoding;
}

/** Why a file is not text at all, with the hint an editor needs. */
export interface NotText {
  binary: true;
  what: string;
  hint: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

function startsWith(bytes: Uint8Array, sig: readonly number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Recognises the binary files people save under a .csv name. */
function binaryKind(bytes: Uint8Array): NotText | null {
  const saveAs = 'in Excel/WPS use 另存为 → CSV UTF-8 (逗号分隔)';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { binary: true, what: 'is an Excel/WPS workbook (.xlsx/.et), not CSV text', hint: saveAs };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { binary: true, what: 'is an old Excel/WPS workbook (.xls), not CSV text', hint: saveAs };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    return { binary: true, what: 'is UTF-16 text (Excel “Unicode 文本”), not CSV', hint: saveAs };
  }
  if (bytes.includes(0)) return { binary: true, what: 'is a binary file, not CSV text', hint: saveAs };
  return null;
}

/** Counts replacement characters (undecodable bytes) and other non-ASCII characters. */
function tally(text: string): { bad: number; good: number } {
  let bad = 0;
  let good = 0;
  for (const ch of text) {
    if (ch === '\uFFFD') bad++;
    else if (ch.charCodeAt(0) > 0x7f) good++;
  }
  return { bad, good };
}

/**
 * Bytes → text. Valid UTF-8 (with or without BOM) is read as is. A file that is mostly UTF-8
 * but has a few damaged bytes stays UTF-8, the damage showing as U+FFFD, which the loader
 * reports cell by cell. Otherwise the file is read as GB18030, the superset of GBK that Excel
 * and WPS write on Chinese Windows. Returns a `NotText` for binary content.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText | NotText {
  const binary = binaryKind(bytes);
  if (binary) return binary;
  const bom = startsWith(bytes, UTF8_BOM);
  const encoding: Encoding = bom ? 'utf-8-bom' : 'utf-8';
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding };
  } catch {
    // not (entirely) valid UTF-8: decide below
  }
  const asUtf8 = new TextDecoder('utf-8').decode(bytes);
  const u = tally(asUtf8);
  if (bom || u.good >= u.bad) return { text: asUtf8, encoding };
  const asGbk = new TextDecoder('gb18030').decode(bytes);
  const g = tally(asGbk);
  return g.bad <= u.bad ? { text: asGbk, encoding: 'gb18030' } : { text: asUtf8, encoding };
}

/** A problem with the quoting of one line, at a 1-based field number. */
export interface LineProblem {
  column: number;
  message: string;
  hint?: string;
}

/** One data line split into cells, with the line it stands on. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** The line as written, for diagnosing broken quoting. */
  raw: string;
  /** Set when the line's quoting is broken; its cells are then unreliable. */
  problem?: LineProblem;
}

export interface ParsedCsv {
  /** Column names, trimmed of spaces, BOMs and zero-width spaces. */
  header: string[];
  /** Line of the header (1 unless empty lines come first); 0 when there is none. */
  headerLine: number;
  headerProblem?: LineProblem;
  rows: CsvRow[];
  /** File-level notices: line ends, empty lines, untidy column names. */
  notices: string[];
  /** Data rows read: every non-empty line after the header, whether or not it loads. */
  rowsRead: number;
}

/**
 * Splits one line into cells (RFC 4180 quoting: a cell starting with " runs to the next "
 * not doubled as ""). Never throws; reports the first quoting problem of the line.
 */
export function splitLine(line: string): { cells: string[]; problem?: LineProblem } {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    const column = cells.length + 1;
    if (line.charCodeAt(i) === 34 /* " */) {
      let value = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) {
          cells.push(value + line.slice(j));
          return { cells, problem: { column, message: 'opens a double quote (") that is not closed on this line' } };
        }
        value += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        j = q + 1;
        break;
      }
      cells.push(value);
      if (j >= line.length) return { cells };
      if (line[j] !== ',') {
        return {
          cells,
          problem: { column, message: 'has text after the closing double quote of a cell', hint: 'a cell that starts with " must end with "; write a " inside it as ""' },
        };
      }
      i = j + 1;
    } else {
      const c = line.indexOf(',', i);
      if (c < 0) {
        cells.push(line.slice(i));
        return { cells };
      }
      cells.push(line.slice(i, c));
      i = c + 1;
    }
  }
}

/** A line with nothing but spaces and commas: what Excel writes for a cleared row. */
export function isEmptyLine(line: string): boolean {
  return /^[\s,]*$/.test(line);
}

/** Line ends → \n. Returns the text and a notice when anything but \n was found. */
export function normaliseLineEnds(text: string): { text: string; notice?: string } {
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  if (crlf === 0 && cr === 0) return { text };
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  const kinds = [crlf > 0 && 'Windows (CRLF)', cr > 0 && 'old Mac (CR)', lf > 0 && crlf + cr > 0 && 'Unix (LF)'].filter(Boolean);
  const notice = kinds.length > 1 ? `mixes ${kinds.join(', ')} line ends; read as usual` : `uses ${kinds[0]} line ends; read as usual`;
  return { text: text.replace(/\r\n?/g, '\n'), notice };
}

const UNTIDY = /^[\s\uFEFF\u200B]+|[\s\uFEFF\u200B]+$/g;

function lineList(lines: number[]): string {
  return lines.length <= 5 ? lines.join(', ') : `${lines.slice(0, 5).join(', ')} …`;
}

/** Splits CSV text (already decoded, BOM removed) into a header and rows with their line numbers. Never throws. */
export function parseCsvText(input: string): ParsedCsv {
  const notices: string[] = [];
  const { text, notice } = normaliseLineEnds(input);
  if (notice) notices.push(notice);
  // The line break that ends the last line does not start another one.
  const lines = (text.endsWith('\n') ? text.slice(0, -1) : text).split('\n');
  const rows: CsvRow[] = [];
  const empty: number[] = [];
  let header: string[] | null = null;
  let headerLine = 0;
  let headerProblem: LineProblem | undefined;
  lines.forEach((content, i) => {
    const line = i + 1;
    if (isEmptyLine(content)) {
      empty.push(line);
      return;
    }
    const { cells, problem } = splitLine(content);
    if (header === null) {
      header = cells.map((c) => c.replace(UNTIDY, ''));
      headerLine = line;
      headerProblem = problem;
      const untidy = cells.filter((c) => c !== c.replace(UNTIDY, '') && c.replace(UNTIDY, '') !== '');
      if (untidy.length > 0) {
        notices.push(`column name(s) ${untidy.map((c) => JSON.stringify(c)).join(', ')} have spaces or invisible characters around them; read as ${untidy.map((c) => c.replace(UNTIDY, '')).join(', ')}`);
      }
    } else {
      rows.push(problem ? { line, cells, raw: content, problem } : { line, cells, raw: content });
    }
  });
  if (empty.length > 0) {
    const trailing = empty.every((l, k) => l === lines.length - empty.length + k + 1);
    notices.push(trailing ? `${empty.length} empty line(s) at the end skipped` : `empty line${empty.length > 1 ? 's' : ''} ${lineList(empty)} skipped`);
  }
  return { header: header ?? [], headerLine, headerProblem, rows, notices, rowsRead: rows.length };
}

/** Where a file's own problems (not its cells') are reported. */
export function fileIssue(file: string, message: string, hint?: string): DataIssue {
  return { severity: 'error', file, line: 0, column: 0, message, hint };
}
