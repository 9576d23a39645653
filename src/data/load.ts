// data/: reading and validating a data folder into a typed, read-only dataset.
/**
 * Reads a data folder into a validated `Dataset`. Every row read is either loaded or reported
 * with `file:line:column`; any error fails the load with all issues at once (capped per file).
 * File access is passed in, so tests and the checker CLI run the same code on any folder.
 *
 * What is accepted with a notice and what is rejected is listed in README.md, section
 * "Bad input: what the checker accepts and rejects", and exercised case by case in
 * tests/fixtures/bad-data/.
 */
import type { z } from 'zod';
import { MONEY, MONEY_USD, PERCENT, unitAtStart, unitTable, type UnitDef, type UnitTable } from '../lib/units.ts';
import { cleanPagedText, cleanSourceText, findQuote, isReadableInQuote, textsAfterNumber } from '../lib/provenance.ts';
import { FORMAT_NAMES, isDerivedFormat, sourceFormat } from '../lib/source-formats.ts';
import { decodeBytes, fileIssue, parseCsvText, type CsvRow, type Encoding } from './csv.ts';
import { checkHeader } from './header.ts';
import { DataValidationError, type DataIssue } from './issues.ts';
import type { Dataset, FileReport, Indicator, IndicatorDef, Investment, Project, SourceDocument, SourceTexts, StoryCopy, StoryEntry, Zone } from './model.ts';
import { documentRow } from './schema/documents.ts';
import { checkUnit, toHalfWidth, unitTypedInCell } from './schema/fields.ts';
import { indicatorDefRow } from './schema/indicator-defs.ts';
import { indicatorRow } from './schema/indicators.ts';
import { investmentRow } from './schema/investments.ts';
import { parkRow } from './schema/parks.ts';
import { projectRow } from './schema/projects.ts';
import { zoneRow } from './schema/zones.ts';
import { unitRow } from './schema/units.ts';
import { STORY_FILES, storyRow, type StoryKey } from './schema/story.ts';
import { PROVINCES_EN } from '../lib/region.ts';

export { checkHeader } from './header.ts';

/** Reads a file relative to the data folder; null when it does not exist. May throw (e.g. a folder, no permission). */
export type ReadFile = (relativePath: string) => Uint8Array | null;

/** At most this many errors are listed per file; the rest are counted. */
export const MAX_ERRORS_PER_FILE = 50;

/** The data files in the order they load (and in which messages are sorted). */
export const DATA_FILES = ['units.csv', 'parks.csv', 'documents.csv', 'indicator_defs.csv', 'indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv'] as const;

/** The order messages are listed in: files that others refer to first. */
const REPORT_ORDER = ['units.csv', 'parks.csv', 'documents.csv', 'sources/', 'indicator_defs.csv', 'zones.csv', 'indicators.csv', 'investments.csv', 'projects.csv', 'story.zh-CN.csv', 'story.en.csv'] as const;

export interface LoadResult {
  dataset: Dataset | null;
  issues: DataIssue[];
  files: FileReport[];
}

interface LoadedRow<T> {
  value: T;
  line: number;
  cells: Record<string, string>;
}

interface Parsed<T> {
  rows: LoadedRow<T>[];
  header: string[];
  /** First line of every id read, loaded or not, to tell "unknown" from "not loaded". */
  idLines: Map<string, number>;
  /** False when the file as a whole could not be read (missing, binary, empty, bad header). */
  usable: boolean;
  /** Line of every data row read, loaded or not. */
  lines: number[];
  headerLine: number;
  report: Omit<FileReport, 'rowsLoaded'>;
}

type AnyObjectSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

function zodIssueToDataIssue(issue: z.core.$ZodIssue, file: string, line: number, header: string[], cells: Record<string, string>): DataIssue {
  const field = String(issue.path[0] ?? '');
  const params = 'params' in issue ? (issue.params as { expected?: string; hint?: string } | undefined) : undefined;
  return {
    severity: 'error', file, line, column: header.indexOf(field) + 1, field,
    value: cells[field] ?? '', message: issue.message, expected: params?.expected, hint: params?.hint,
  };
}

/** Reads a file, turning a failure to read (a folder, no permission) into an issue. */
function readSafely(read: ReadFile, rel: string, shown: string, issues: DataIssue[]): Uint8Array | null | 'failed' {
  try {
    return read(rel);
  } catch (e) {
    issues.push(fileIssue(shown, `cannot be read (${e instanceof Error ? e.message : String(e)})`, 'is it a file you may read?'));
    return 'failed';
  }
}

/** Why a row's cell count differs from the header's, with the most likely cause as a hint. */
function fieldCountIssue(path: string, row: CsvRow, header: string[], lastLine: number): DataIssue {
  const { cells, line } = row;
  const base = { severity: 'error' as const, file: path, line, message: `row has ${cells.length} field(s) but the header has ${header.length}` };
  if (cells.length > header.length) {
    if (cells.length === header.length + 1) {
      for (let i = 0; i + 1 < cells.length; i++) {
        const a = cells[i]?.trim() ?? '';
        const b = cells[i + 1]?.trim() ?? '';
        if (/^-?\d{1,3}$/.test(a) && /^\d{3}(\.\d+)?$/.test(b)) {
          return { ...base, column: i + 1, hint: `"${a},${b}" looks like a number with a thousands separator: write ${a}${b}` };
        }
      }
    }
    return { ...base, column: header.length + 1, hint: 'an unquoted comma splits a cell; wrap that cell in double quotes' };
  }
  const joined = cells.join(',');
  if (joined.includes('，') && joined.split('，').length + cells.length - 1 >= header.length) {
    return { ...base, column: cells.length, hint: 'cells are separated by full-width commas (，)? separate them with ASCII commas (,)' };
  }
  return { ...base, column: cells.length + 1, hint: line === lastLine ? 'the file ends in this row: was it cut short?' : 'a cell is missing' };
}

/** Sharpens a cell's issue with what the dataset knows (its units), or keeps it. */
type RefineIssue = (issue: DataIssue) => DataIssue;

function parseDataset<S extends AnyObjectSchema>(read: ReadFile, file: string, displayDir: string, schema: S, issues: DataIssue[], refine: RefineIssue = (i) => i): Parsed<z.output<S>> {
  const path = `${displayDir}/${file}`;
  const columns = Object.keys(schema.shape);
  const rows: LoadedRow<z.output<S>>[] = [];
  const idLines = new Map<string, number>();
  const unusable = (encoding: FileReport['encoding'], rowsRead = 0): Parsed<z.output<S>> => ({
    rows, header: [], idLines, usable: false, lines: [], headerLine: 0, report: { file: path, rowsRead, encoding, notices: [] },
  });

  const bytes = readSafely(read, file, path, issues);
  if (bytes === 'failed') return unusable('missing');
  if (bytes === null) {
    issues.push(fileIssue(path, 'is missing', `create ${path} with its header row`));
    return unusable('missing');
  }
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) {
    issues.push(fileIssue(path, decoded.what, decoded.hint));
    return unusable('binary');
  }
  const notices: string[] = [];
  if (decoded.encoding === 'gb18030') notices.push('read as GBK/GB18030 (not UTF-8)');
  if (decoded.encoding === 'utf-8-bom') notices.push('UTF-8 with BOM; BOM ignored');
  const text = decoded.text.replace(/^\uFEFF+/, '');
  if (text.trim() === '') {
    issues.push(fileIssue(path, 'is empty', `a data file needs at least its header row: ${columns.join(',')}`));
    return unusable(decoded.encoding);
  }
  const parsed = parseCsvText(text);
  notices.push(...parsed.notices);
  for (const n of notices) issues.push({ severity: 'notice', file: path, line: 0, column: 0, message: n });
  const report = { file: path, rowsRead: parsed.rowsRead, encoding: decoded.encoding, notices };
  const { header, headerLine } = parsed;

  // A broken quote in the header garbles every name after it: that one error says it all.
  const headerIssues = parsed.headerProblem ? [] : checkHeader(header, columns, path, headerLine);
  if (parsed.headerProblem) {
    const p = parsed.headerProblem;
    issues.push({ severity: 'error', file: path, line: headerLine, column: p.column, message: `the header ${p.message}`, hint: p.hint ?? 'column names need no double quotes; remove them' });
  }
  issues.push(...headerIssues);
  const lines = parsed.rows.map((r) => r.line);
  if (headerIssues.length > 0 || parsed.headerProblem) return { rows, header, idLines, usable: false, lines, headerLine, report };

  const lastLine = parsed.rows.at(-1)?.line ?? 0;
  const idIndex = header.indexOf('id');
  for (const r of parsed.rows) {
    const id = r.cells[idIndex]?.trim();
    if (id && !idLines.has(id)) idLines.set(id, r.line);
  }
  const continuation = continuationLines(parsed.rows);
  const seenIds = new Map<string, number>();
  for (const row of parsed.rows) {
    const { line, cells } = row;
    const at = (column: number) => ({ severity: 'error' as const, file: path, line, column, field: header[column - 1] ?? `column ${column}`, value: cells[column - 1] ?? '' });
    const opened = continuation.get(line);
    if (opened !== undefined) {
      issues.push({ severity: 'error', file: path, line, column: 0, message: `continues the cell opened on line ${opened}: a line break inside a cell`, hint: 'join the lines: every row is one line' });
      continue;
    }
    if (row.problem) {
      const p = row.problem;
      const next = [...continuation].filter(([, from]) => from === line).map(([l]) => l);
      const hint = p.hint ?? (next.length > 0
        ? `a line break inside this cell? it goes on to line ${next.at(-1)}; keep each row on one line (no Alt+Enter in a cell)`
        : line === lastLine
          ? 'the file ends inside this cell: was it cut short?'
          : 'close the cell with " or remove the opening "');
      issues.push({ ...at(p.column), message: p.message, hint });
      continue;
    }
    if (cells.length !== header.length) {
      issues.push(fieldCountIssue(path, row, header, lastLine));
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((h, i) => (record[h] = cells[i] ?? ''));
    const rowIssues: DataIssue[] = [];
    const reported = new Set<string>();
    header.forEach((h, i) => {
      if ((cells[i] ?? '').includes('\uFFFD')) {
        reported.add(h);
        rowIssues.push({
          ...at(i + 1),
          message: 'contains �, bytes that are neither UTF-8 nor GBK',
          hint: line === lastLine && (cells[i] ?? '').trimEnd().endsWith('\uFFFD') ? 'the file ends in the middle of a character: was it cut short?' : 'retype the damaged characters and save as CSV UTF-8',
        });
      }
    });
    const id = record.id?.trim();
    if (id !== undefined && id !== '') {
      const first = seenIds.get(id);
      if (first !== undefined) {
        reported.add('id');
        rowIssues.push({ ...at(idIndex + 1), value: id, message: `duplicates the id on line ${first}`, hint: 'ids must be unique within a file' });
      } else seenIds.set(id, line);
    }
    const result = schema.safeParse(record);
    if (!result.success) {
      for (const zi of result.error.issues) {
        const di = refine(zodIssueToDataIssue(zi, path, line, header, record));
        if (!reported.has(di.field ?? '')) rowIssues.push(di);
      }
    }
    rowIssues.sort((a, b) => a.column - b.column);
    issues.push(...rowIssues);
    if (rowIssues.length === 0 && result.success) rows.push({ value: result.data, line, cells: record });
  }
  return { rows, header, idLines, usable: true, lines, headerLine, report };
}

/**
 * Lines that continue a cell whose double quote opened on an earlier line: up to the next line
 * holding a double quote (which closes it), within a few lines. Maps line → line it continues.
 */
function continuationLines(rows: readonly CsvRow[]): Map<number, number> {
  const out = new Map<number, number>();
  rows.forEach((row, k) => {
    if (row.problem?.hint !== undefined || !row.problem || out.has(row.line)) return;
    for (let j = k + 1; j < rows.length && j <= k + 10; j++) {
      const next = rows[j];
      if (!next || next.line !== (rows[j - 1]?.line ?? 0) + 1) return;
      if (next.raw.includes('"')) {
        for (let i = k + 1; i <= j; i++) out.set(rows[i]?.line ?? 0, row.line);
        return;
      }
    }
  });
  return out;
}

/** Where a quote stops matching its source, as a hint: "matches up to …, then the source has … where the quote has …". */
function quoteHint(source: string, quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (source.includes(quote.slice(0, mid))) lo = mid;
    else hi = mid - 1;
  }
  const plain = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
  if (plain(source).includes(plain(quote))) {
    return 'it differs from the source only in spaces or full-width/half-width characters; copy it exactly';
  }
  if (lo < 2) return 'not even its start is in the source: is doc_id right? copy the sentence exactly; only pinyin annotations may be dropped';
  const at = source.indexOf(quote.slice(0, lo));
  const show = (s: string) => JSON.stringify(s);
  const sourceNext = source.slice(at + lo, at + lo + 6);
  const quoteNext = quote.slice(lo, lo + 6);
  return `it matches the source up to ${show(quote.slice(Math.max(0, lo - 8), lo))}, then the source has ${show(sourceNext)} where the quote has ${show(quoteNext)}; copy the sentence exactly`;
}

export interface LoadOptions {
  /** How file paths are shown in messages, e.g. "data". */
  displayDir?: string;
  /**
   * The text derived from every source that is not plain text (PDF, .docx, web page), by file
   * name: deriving is asynchronous, so it is done before the load (src/sources/folder.ts).
   */
  sourceTexts?: SourceTexts;
}

/** Loads, validates and joins a data folder. Never throws: bad data and unexpected failures come back as `issues`. */
export function loadDataset(read: ReadFile, options: LoadOptions = {}): LoadResult {
  const dir = options.displayDir ?? 'data';
  const issues: DataIssue[] = [];
  try {
    return finish(load(read, dir, issues, options.sourceTexts ?? new Map()), issues, dir);
  } catch (e) {
    issues.push(fileIssue(dir, `internal error while checking the data: ${e instanceof Error ? e.message : String(e)}`, 'this is a bug in the checker; please report it with the files'));
    return { dataset: null, issues: finish(null, issues, dir).issues, files: [] };
  }
}

/** Caps errors per file, sorts messages by file, line and column, and decides the dataset. */
function finish(loaded: { dataset: Dataset; files: FileReport[] } | null, issues: DataIssue[], dir: string): LoadResult {
  // Causes before their consequences: a bad park or document explains the rows that cite it.
  const order = (file: string) => {
    const i = REPORT_ORDER.findIndex((f) => `${dir}/${f}` === file || (f === 'sources/' && file.startsWith(`${dir}/sources/`)));
    return i >= 0 ? i : REPORT_ORDER.length;
  };
  const sorted = issues
    .map((issue, k) => ({ issue, k }))
    .sort((a, b) => order(a.issue.file) - order(b.issue.file) || a.issue.file.localeCompare(b.issue.file) || a.issue.line - b.issue.line || a.issue.column - b.issue.column || a.k - b.k)
    .map((x) => x.issue);
  const capped: DataIssue[] = [];
  const errorsPerFile = new Map<string, number>();
  for (const i of sorted) {
    if (i.severity === 'error') {
      const n = (errorsPerFile.get(i.file) ?? 0) + 1;
      errorsPerFile.set(i.file, n);
      if (n > MAX_ERRORS_PER_FILE) continue;
    }
    capped.push(i);
  }
  for (const [file, n] of errorsPerFile) {
    if (n <= MAX_ERRORS_PER_FILE) continue;
    const last = capped.findLastIndex((i) => i.file === file);
    capped.splice(last + 1, 0, fileIssue(file, `… and ${n - MAX_ERRORS_PER_FILE} more error(s) in this file (at most ${MAX_ERRORS_PER_FILE} are listed)`));
  }
  const hasErrors = capped.some((i) => i.severity === 'error');
  return { dataset: hasErrors || !loaded ? null : loaded.dataset, issues: capped, files: loaded?.files ?? [] };
}

/** The text derived from a PDF, .docx or web page (see LoadOptions.sourceTexts), cleaned as any source is. */
function derivedSource(name: string, sourceTexts: SourceTexts, dir: string): { text: string; pageStarts: readonly number[] } | { error: string; hint: string } {
  const derived = sourceTexts.get(name);
  const kind = FORMAT_NAMES[sourceFormat(name)];
  if (derived === undefined) return { error: `is ${kind} whose text was not derived`, hint: `check the folder with npm run check-data -- --data-dir ${dir}, which derives it` };
  if ('error' in derived) return { error: `${derived.error} in ${dir}/sources/`, hint: derived.hint };
  const cleaned = cleanPagedText(derived.text, derived.pageStarts);
  if (cleaned.text.trim() === '') return { error: `is ${kind} without text in ${dir}/sources/`, hint: 'copy the report there byte-for-byte' };
  return cleaned;
}

function load(read: ReadFile, dir: string, issues: DataIssue[], sourceTexts: SourceTexts): { dataset: Dataset; files: FileReport[] } {
  const unitsParsed = parseDataset(read, 'units.csv', dir, unitRow, issues);
  const units = checkUnits(unitsParsed, `${dir}/units.csv`, issues);
  const unitNames = [...units.keys()];
  // A number cell with a unit of units.csv typed after it: the hint names that unit.
  const sharpen: RefineIssue = (i) => {
    const typed = i.value === undefined ? null : unitTypedInCell(i.value, unitNames);
    if (!typed) return i;
    if (i.message === 'has text after the number') return { ...i, message: typed.message, hint: typed.hint, expected: typed.expected };
    return i.hint?.includes('here and the unit in column unit') ? { ...i, hint: i.hint.replace('here and the unit in column unit', `here and ${typed.unit} in column unit`) } : i;
  };
  const parks = parseDataset(read, 'parks.csv', dir, parkRow, issues);
  const docs = parseDataset(read, 'documents.csv', dir, documentRow, issues);
  const defs = parseDataset(read, 'indicator_defs.csv', dir, indicatorDefRow, issues);
  const inds = parseDataset(read, 'indicators.csv', dir, indicatorRow, issues, sharpen);
  const invs = parseDataset(read, 'investments.csv', dir, investmentRow, issues, sharpen);
  const zones = parseDataset(read, 'zones.csv', dir, zoneRow, issues);
  const projs = parseDataset(read, 'projects.csv', dir, projectRow, issues);

  const at = (file: string, line: number, p: Parsed<unknown>, field: string) => ({
    severity: 'error' as const, file: `${dir}/${file}`, line, column: p.header.indexOf(field) + 1, field,
  });
  /** The row's unit from units.csv, or an issue saying it is not one (with the likely fix). */
  const unitOf = (file: string, p: Parsed<unknown>, unit: string, line: number): UnitDef | null => {
    const def = units.get(unit);
    if (def) return def;
    const bad = checkUnit(unit, unitNames);
    if (bad) {
      const hint = !unitsParsed.usable ? `${dir}/units.csv could not be read; fix it first` : unitsParsed.idLines.has(unit) ? `fix ${dir}/units.csv:${unitsParsed.idLines.get(unit)} first` : bad.hint;
      issues.push({ ...at(file, line, p, 'unit'), value: unit, message: bad.message, expected: bad.expected, hint });
    }
    return null;
  };
  /**
   * The unit a quote writes after the row's number must be the row's unit: "出口完成190亿美元" is
   * 190 亿美元, never 190 亿元. Where no unit of the table follows the number, nothing is claimed.
   */
  const checkQuoteUnit = (file: string, p: Parsed<unknown>, numbers: readonly (string | undefined)[], unit: UnitDef, quote: string, line: number): boolean => {
    const found = numbers.flatMap((text) => (text === undefined || text.trim() === '' ? [] : textsAfterNumber(text, quote).flatMap((after) => {
      const u = unitAtStart(after, units);
      return u ? [{ text: text.trim(), unit: u }] : [];
    })));
    if (found.length === 0 || found.some((f) => f.unit.unit === unit.unit)) return true;
    const written = found[0]?.unit.unit ?? '';
    const text = found[0]?.text ?? '';
    const otherDimension = units.get(written)?.dimension !== unit.dimension;
    issues.push({
      ...at(file, line, p, 'unit'), value: unit.unit,
      message: `contradicts its quote “${quote}”, which writes ${text}${written}`,
      hint: `write ${written} here, the unit as the quote writes it${otherDimension ? `: ${written} is not ${unit.unit} and is never converted into it` : ', and keep the number as written'}`,
    });
    return false;
  };
  /** A reference that does not resolve: unknown, or known but not loaded because of its own errors. */
  const unresolved = (target: Parsed<unknown>, targetFile: string, id: string, what: string): { message: string; hint?: string } => {
    const line = target.idLines.get(id);
    if (line !== undefined) return { message: `is ${what} ${id}, which was not loaded`, hint: `fix ${dir}/${targetFile}:${line} first` };
    if (!target.usable) return { message: `is not ${what} in ${targetFile}`, hint: `${dir}/${targetFile} could not be read; fix it first` };
    return { message: `is not ${what} in ${targetFile}` };
  };

  // Parks: coordinates must say what they are.
  const parkOk = new Set<string>();
  for (const { value: p, line, cells } of parks.rows) {
    const hasCoords = p.lat !== undefined && p.lon !== undefined;
    let ok = true;
    if ((p.lat === undefined) !== (p.lon === undefined)) {
      issues.push({ ...at('parks.csv', line, parks, 'lon'), value: cells.lon ?? '', message: 'must be given together with lat', expected: 'both lat and lon, or neither' });
      ok = false;
    } else if (p.location_basis === 'unknown' && hasCoords) {
      issues.push({ ...at('parks.csv', line, parks, 'location_basis'), value: p.location_basis, message: 'says the location is unknown but lat/lon are given', hint: 'say what the coordinates are (county_seat, approximate, surveyed) or empty them' });
      ok = false;
    } else if (p.location_basis !== 'unknown' && !hasCoords) {
      issues.push({ ...at('parks.csv', line, parks, 'lat'), value: '', message: `is empty but location_basis is ${p.location_basis}`, hint: 'give lat and lon, or set location_basis to unknown' });
      ok = false;
    }
    if (p.identity_basis !== 'named' && p.identity_note === '') {
      issues.push({ ...at('parks.csv', line, parks, 'identity_note'), value: '', message: `is empty but identity_basis is ${p.identity_basis}`, hint: 'give the evidence for the identity' });
      ok = false;
    }
    if (ok) parkOk.add(p.id);
  }
  const parkIdOk = (id: string) => parkOk.has(id);
  const parkRef = (id: string) => (parks.idLines.has(id) && parks.usable && !parkOk.has(id)
    ? { message: `is park ${id}, which was not loaded`, hint: `fix ${dir}/parks.csv:${parks.idLines.get(id)} first` }
    : unresolved(parks, 'parks.csv', id, 'a park'));

  // Documents: park must exist; source text must exist and be text.
  const documents: SourceDocument[] = [];
  const documentLines: number[] = [];
  type Source = { text: string; encoding?: Encoding; pageStarts?: readonly number[] } | { error: string; hint?: string };
  const sources = new Map<string, Source>();
  const readSource = (name: string) => {
    const cached = sources.get(name);
    if (cached) return cached;
    const shown = `${dir}/sources/${name}`;
    const bytes = readSafely(read, `sources/${name}`, shown, []);
    let out: Source;
    if (bytes === 'failed') out = { error: `cannot be read in ${dir}/sources/` };
    else if (bytes === null) out = { error: `is not in ${dir}/sources/`, hint: 'copy the report there byte-for-byte' };
    else if (isDerivedFormat(name)) out = derivedSource(name, sourceTexts, dir);
    else {
      const d = decodeBytes(bytes);
      if ('binary' in d) out = { error: `is not a plain-text file in ${dir}/sources/`, hint: 'save the report as plain text (.txt, UTF-8 or GBK)' };
      else if (d.text.trim() === '') out = { error: `is an empty file in ${dir}/sources/`, hint: 'copy the report there byte-for-byte' };
      else {
        out = { text: cleanSourceText(d.text.replace(/^\uFEFF/, '')), encoding: d.encoding };
        if (d.encoding === 'gb18030') issues.push({ severity: 'notice', file: shown, line: 0, column: 0, message: 'read as GBK/GB18030 (not UTF-8); kept byte-for-byte' });
        const bad = [...d.text].filter((c) => c === '\uFFFD').length;
        if (bad > 0) issues.push({ severity: 'notice', file: shown, line: 0, column: 0, message: `has ${bad} byte sequence(s) that are neither UTF-8 nor GBK, shown as �` });
      }
    }
    sources.set(name, out);
    return out;
  };
  for (const { value: d, line } of docs.rows) {
    if (!parkIdOk(d.park_id)) {
      issues.push({ ...at('documents.csv', line, docs, 'park_id'), value: d.park_id, ...parkRef(d.park_id) });
      continue;
    }
    const source = readSource(d.source_file);
    if ('error' in source) {
      issues.push({ ...at('documents.csv', line, docs, 'source_file'), value: d.source_file, message: source.error, hint: source.hint });
      continue;
    }
    documents.push({ ...d, text: source.text, ...('encoding' in source ? { sourceEncoding: source.encoding } : {}), ...(source.pageStarts && source.pageStarts.length > 0 ? { pageStarts: source.pageStarts } : {}) });
    documentLines.push(line);
  }
  const docById = new Map(documents.map((d) => [d.id, d]));
  const indicatorDefs: IndicatorDef[] = [];
  const defLines: number[] = [];
  for (const { value: r, line } of defs.rows) {
    const unitDef = unitOf('indicator_defs.csv', defs, r.unit, line);
    if (!unitDef) continue;
    indicatorDefs.push({ ...r, unitDef });
    defLines.push(line);
  }
  const defIds = new Set(indicatorDefs.map((r) => r.id));
  const defById = new Map(indicatorDefs.map((r) => [r.id, r]));
  /**
   * A row in a currency has an indicator in that currency: 亿元 for exports, 亿美元 for exports_usd,
   * never the other way (other dimensions may differ, as 家 for a count of projects in 个; such rows
   * are shown but never compared with the indicator's own).
   */
  const checkDimension = (line: number, indicator: string, unit: UnitDef): boolean => {
    const def = defById.get(indicator);
    const currency = (u: UnitDef) => u.dimension === MONEY || u.dimension === MONEY_USD;
    if (!def || def.unitDef.dimension === unit.dimension || (!currency(def.unitDef) && !currency(unit))) return true;
    const same = indicatorDefs.filter((d) => d.unitDef.dimension === unit.dimension && d.group === def.group).map((d) => d.id);
    issues.push({
      ...at('indicators.csv', line, inds, 'unit'), value: unit.unit,
      message: `is a unit of ${unit.dimension}, but indicator ${indicator} is in ${def.unit} (${def.unitDef.dimension})`,
      hint: same.length > 0 && same.length <= 4 ? `keep ${unit.unit} as the quote writes it and choose an indicator in ${unit.dimension}: ${same.join(', ')}` : `keep ${unit.unit} as the quote writes it and choose an indicator in ${unit.dimension}, or add one to indicator_defs.csv`,
    });
    return false;
  };

  /** The checks every quoted row shares: its park and document exist and agree, its quote is verbatim. */
  function checkQuoted(file: string, p: Parsed<unknown>, row: { park_id: string; doc_id: string; quote: string }, line: number) {
    if (!parkIdOk(row.park_id)) {
      issues.push({ ...at(file, line, p, 'park_id'), value: row.park_id, ...parkRef(row.park_id) });
      return null;
    }
    const doc = docById.get(row.doc_id);
    if (!doc) {
      issues.push({ ...at(file, line, p, 'doc_id'), value: row.doc_id, ...unresolved(docs, 'documents.csv', row.doc_id, 'a document') });
      return null;
    }
    if (doc.park_id !== row.park_id) {
      issues.push({ ...at(file, line, p, 'doc_id'), value: row.doc_id, message: `belongs to park ${doc.park_id}, not ${row.park_id}` });
      return null;
    }
    const span = findQuote(doc.text, row.quote);
    if (!span) {
      issues.push({ ...at(file, line, p, 'quote'), value: row.quote, message: `is not found verbatim in ${dir}/sources/${doc.source_file}`, hint: quoteHint(doc.text, row.quote) });
      return null;
    }
    return { doc, span };
  }

  function checkYear(file: string, p: Parsed<unknown>, year: number, doc: SourceDocument, line: number): boolean {
    if (Math.abs(year - doc.year) <= 10) return true;
    issues.push({ ...at(file, line, p, 'year'), value: String(year), message: `is implausible for document ${doc.id} of ${doc.year}`, expected: `a year within 10 years of ${doc.year}` });
    return false;
  }

  function checkReadable(file: string, p: Parsed<unknown>, field: string, text: string | undefined, quote: string, line: number): boolean {
    // The sign is not read: a fall of 5% is written -5 and quoted as 下降5%.
    if (text === undefined || text.trim() === '' || isReadableInQuote(text.trim().replace(/^-/, ''), quote)) return true;
    issues.push({ ...at(file, line, p, field), value: text, message: 'cannot be read in the quote', hint: 'write the number exactly as the quote does, in the quote\'s unit (亿元 stays 亿元)' });
    return false;
  }

  function checkNonNegative(file: string, p: Parsed<unknown>, field: string, n: number | undefined, unit: UnitDef | null, line: number): boolean {
    if (n === undefined || n >= 0 || unit === null || unit.dimension === PERCENT) return true;
    issues.push({ ...at(file, line, p, field), value: String(n), message: `is negative, which ${unit.unit} cannot be`, hint: 'a fall is written as a growth indicator in %' });
    return false;
  }

  const indicators: Indicator[] = [];
  for (const { value: r, line, cells } of inds.rows) {
    const q = checkQuoted('indicators.csv', inds, r, line);
    const unitDef = unitOf('indicators.csv', inds, r.unit, line);
    let ok = q !== null && unitDef !== null;
    if (!defIds.has(r.indicator)) {
      issues.push({ ...at('indicators.csv', line, inds, 'indicator'), value: r.indicator, message: 'is not an indicator in indicator_defs.csv', hint: defs.idLines.has(r.indicator) ? `fix ${dir}/indicator_defs.csv:${defs.idLines.get(r.indicator)} first` : 'add it there first' });
      ok = false;
    }
    if (q) {
      ok = checkYear('indicators.csv', inds, r.year, q.doc, line) && ok;
      ok = checkReadable('indicators.csv', inds, 'value', cells.value, r.quote, line) && ok;
      ok = checkReadable('indicators.csv', inds, 'value_high', cells.value_high, r.quote, line) && ok;
      if (unitDef) ok = checkQuoteUnit('indicators.csv', inds, [cells.value, cells.value_high], unitDef, r.quote, line) && ok;
      if (unitDef && ok) ok = checkDimension(line, r.indicator, unitDef);
    }
    ok = checkNonNegative('indicators.csv', inds, 'value', r.value, unitDef, line) && ok;
    if (r.value_high !== undefined && r.value_high < r.value) {
      issues.push({ ...at('indicators.csv', line, inds, 'value_high'), value: cells.value_high ?? '', message: 'is below value', expected: 'the upper end of the range' });
      ok = false;
    }
    if (r.flag !== 'ok' && r.note === '') {
      issues.push({ ...at('indicators.csv', line, inds, 'note'), value: '', message: `is empty but flag is ${r.flag}`, hint: 'say what is wrong with the value' });
      ok = false;
    }
    if (ok && q && unitDef) indicators.push({ ...r, unitDef, span: q.span, line, valueText: (cells.value ?? '').trim() });
  }

  const zoneRows: Zone[] = [];
  for (const { value: r, line } of zones.rows) {
    const q = checkQuoted('zones.csv', zones, r, line);
    if (q) zoneRows.push({ ...r, span: q.span, line });
  }
  const zoneById = new Map(zoneRows.map((z) => [z.id, z]));

  const investments: Investment[] = [];
  for (const { value: r, line, cells } of invs.rows) {
    const q = checkQuoted('investments.csv', invs, r, line);
    const unitDef = unitOf('investments.csv', invs, r.unit, line);
    let ok = q !== null && unitDef !== null;
    if (q) {
      ok = checkYear('investments.csv', invs, r.year, q.doc, line) && ok;
      ok = checkReadable('investments.csv', invs, 'amount', cells.amount, r.quote, line) && ok;
      ok = checkReadable('investments.csv', invs, 'amount_high', cells.amount_high, r.quote, line) && ok;
      if (unitDef) ok = checkQuoteUnit('investments.csv', invs, [cells.amount, cells.amount_high], unitDef, r.quote, line) && ok;
    }
    ok = checkNonNegative('investments.csv', invs, 'amount', r.amount, unitDef, line) && ok;
    if (r.amount_high !== undefined && r.amount_high < r.amount) {
      issues.push({ ...at('investments.csv', line, invs, 'amount_high'), value: cells.amount_high ?? '', message: 'is below amount', expected: 'the upper end of the range' });
      ok = false;
    }
    if (r.zone_id !== undefined) {
      const z = zoneById.get(r.zone_id);
      if (!z || z.park_id !== r.park_id) {
        issues.push({ ...at('investments.csv', line, invs, 'zone_id'), value: r.zone_id, ...(z ? { message: `is a zone of park ${z.park_id}, not ${r.park_id}` } : unresolved(zones, 'zones.csv', r.zone_id, 'a zone')) });
        ok = false;
      }
    }
    if (r.flag !== 'ok' && r.note === '') {
      issues.push({ ...at('investments.csv', line, invs, 'note'), value: '', message: `is empty but flag is ${r.flag}`, hint: 'say what is wrong with the value' });
      ok = false;
    }
    if (ok && q && unitDef) investments.push({ ...r, unitDef, span: q.span, line, amountText: (cells.amount ?? '').trim() });
  }

  const projects: Project[] = [];
  for (const { value: r, line } of projs.rows) {
    const q = checkQuoted('projects.csv', projs, r, line);
    if (q) projects.push({ ...r, span: q.span, line });
  }

  const loadedParks = parks.rows.filter((r) => parkOk.has(r.value.id));
  const loaded: Record<(typeof DATA_FILES)[number], number> = {
    'units.csv': units.size,
    'parks.csv': loadedParks.length,
    'documents.csv': documents.length,
    'indicator_defs.csv': indicatorDefs.length,
    'indicators.csv': indicators.length,
    'investments.csv': investments.length,
    'zones.csv': zoneRows.length,
    'projects.csv': projects.length,
  };
  const files: FileReport[] = [unitsParsed, parks, docs, defs, inds, invs, zones, projs].map((p, k) => ({ ...p.report, rowsLoaded: loaded[DATA_FILES[k] ?? 'parks.csv'] }));

  // Nothing is silently dropped: every row read is loaded, or an error names its line (or the whole file).
  const loadedLines: number[][] = [
    unitsParsed.rows.filter((r) => units.has(r.value.unit)).map((r) => r.line),
    loadedParks.map((r) => r.line),
    documentLines,
    defLines,
    indicators.map((r) => r.line),
    investments.map((r) => r.line),
    zoneRows.map((r) => r.line),
    projects.map((r) => r.line),
  ];
  [unitsParsed, parks, docs, defs, inds, invs, zones, projs].forEach((p, k) => {
    const file = p.report.file;
    const done = new Set(loadedLines[k]);
    const named = new Set(issues.filter((i) => i.severity === 'error' && i.file === file).map((i) => i.line));
    const lost = p.lines.filter((l) => !done.has(l) && !named.has(l) && !named.has(0) && !named.has(p.headerLine));
    if (lost.length > 0) issues.push(fileIssue(file, `internal error: line(s) ${lost.join(', ')} read but neither loaded nor reported`, 'this is a bug in the checker; please report it with the files'));
  });
  const dataset: Dataset = {
    units,
    parks: loadedParks.map((r) => r.value),
    documents,
    indicatorDefs,
    indicators,
    investments,
    zones: zoneRows,
    projects,
    files,
    story: loadStory(read, dir, issues, new Set(documents.map((x) => x.id))),
  };
  return { dataset, files };
}

/**
 * The units table from the rows of units.csv that hold together: a unit once, a factor above 0,
 * and a base that is a unit of the same dimension with factor 1 (so every conversion is one step).
 */
function checkUnits(p: Parsed<{ unit: string; dimension: string; base: string; factor: number; name_en: string }>, file: string, issues: DataIssue[]): UnitTable {
  const at = (line: number, field: string, value: string) => ({ severity: 'error' as const, file, line, column: p.header.indexOf(field) + 1, field, value });
  const firstLine = new Map<string, number>();
  const rows = p.rows.filter(({ value: u, line }) => {
    const first = firstLine.get(u.unit);
    if (first !== undefined) {
      issues.push({ ...at(line, 'unit', u.unit), message: `repeats the unit of line ${first}`, hint: 'each unit once' });
      return false;
    }
    firstLine.set(u.unit, line);
    if (u.factor > 0) return true;
    issues.push({ ...at(line, 'factor', String(u.factor)), message: 'is not above 0', expected: 'how many base units one of this unit is, e.g. 10000' });
    return false;
  });
  const byName = new Map(rows.map((r) => [r.value.unit, r.value]));
  const ok = rows.filter(({ value: u, line }) => {
    const base = byName.get(u.base);
    const problem = !base
      ? { message: `is not a unit of ${file}`, hint: `add a row for ${u.base} (dimension ${u.dimension}, base ${u.base}, factor 1)` }
      : base.dimension !== u.dimension
        ? { message: `is a unit of dimension ${base.dimension}, not ${u.dimension}`, hint: 'a base unit measures what the unit measures' }
        : base.base !== base.unit || base.factor !== 1
          ? { message: `is not a base unit (its own row says base ${base.base}, factor ${base.factor})`, hint: `write ${base.base}` }
          : null;
    if (problem) issues.push({ ...at(line, 'base', u.base), ...problem });
    return problem === null;
  });
  return unitTable(ok.map((r) => r.value));
}

/**
 * Copy that is not a finding (no documents) must not write a count or a place down: a new park
 * would turn it false. The placeholders say them instead.
 */
const LITERAL_PLACE = new RegExp(`(${Object.keys(PROVINCES_EN).join('|')}|${Object.values(PROVINCES_EN).join('|')})`);
const LITERAL_COUNT = /((?<![每同任])[零一二两三四五六七八九十百千\d]+\s*[个份])|\b(one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(documents?|parks?|development zones?|reports?|plans?)\b/i;

/** The optional story files: each key once; a file that is absent leaves every key to be computed. */
function loadStory(read: ReadFile, dir: string, issues: DataIssue[], documentIds: ReadonlySet<string>): StoryCopy {
  const copy = (file: string): ReadonlyMap<StoryKey, StoryEntry> => {
    const m = new Map<StoryKey, StoryEntry>();
    if (read(file) === null) return m;
    const parsed = parseDataset(read, file, dir, storyRow, issues);
    const lines = new Map<StoryKey, number>();
    const at = (line: number, field: string, value: string) => ({ severity: 'error' as const, file: `${dir}/${file}`, line, column: parsed.header.indexOf(field) + 1, field, value });
    for (const { value, line } of parsed.rows) {
      const first = lines.get(value.key);
      const unknown = value.documents.filter((id) => !documentIds.has(id));
      const literal = value.documents.length === 0 ? (LITERAL_COUNT.exec(value.text) ?? LITERAL_PLACE.exec(value.text))?.[0] : undefined;
      if (first !== undefined) {
        issues.push({ ...at(line, 'key', value.key), message: `repeats the key of line ${first}`, hint: 'each key once per file' });
      } else if (unknown.length > 0) {
        issues.push({ ...at(line, 'documents', unknown.join(';')), message: `names document(s) ${unknown.join(', ')} that documents.csv does not have`, hint: 'list the ids of the documents the finding is about, separated by ;' });
      } else if (value.documents.length > 0 && value.counts === undefined) {
        issues.push({ ...at(line, 'counts', ''), message: 'is empty for a finding that names documents', hint: 'write all, parks or listed: what the finding counts (README, "Story copy")' });
      } else if (value.documents.length === 0 && value.counts !== undefined) {
        issues.push({ ...at(line, 'documents', ''), message: `is empty, though counts says ${value.counts}`, hint: 'list the documents the finding is about, or leave counts empty too' });
      } else if (literal !== undefined) {
        issues.push({ ...at(line, 'text', value.text), message: `writes "${literal}" down, but names no documents: the copy turns false when a park is added`, hint: 'write {parks}, {docs}, {region} or {regionOf} instead, or name the documents the sentence is about in documents and counts (README, "Story copy")' });
      } else {
        lines.set(value.key, line);
        m.set(value.key, { text: value.text, documents: value.documents, counts: value.counts });
      }
    }
    return m;
  };
  return { 'zh-CN': copy(STORY_FILES['zh-CN']), en: copy(STORY_FILES.en) };
}

/** The build's entry: loads or throws one error listing every problem. */
export function loadDatasetOrThrow(read: ReadFile, options: LoadOptions = {}): Dataset {
  const r = loadDataset(read, options);
  if (!r.dataset) throw new DataValidationError(r.issues);
  return r.dataset;
}
