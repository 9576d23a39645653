/**
 * Reads a data folder into a validated `Dataset`. Every row read is either loaded or reported
 * with `file:line:column`; any error fails the load with all issues at once (capped per file).
 * File access is passed in, so tests and the checker CLI run the same code on any folder.
 */
import type { z } from 'zod';
import { isUnit, dimensionOf } from '../lib/units.ts';
import { cleanSourceText, findQuote, isReadableInQuote } from '../lib/provenance.ts';
import { decodeCsvBytes, parseCsvText, type ParsedCsv } from './csv.ts';
import { DataValidationError, type DataIssue } from './issues.ts';
import type { Dataset, FileReport, Indicator, Investment, Project, SourceDocument, Zone } from './model.ts';
import { documentRow } from './schema/documents.ts';
import { indicatorDefRow } from './schema/indicator-defs.ts';
import { indicatorRow } from './schema/indicators.ts';
import { investmentRow } from './schema/investments.ts';
import { parkRow } from './schema/parks.ts';
import { projectRow } from './schema/projects.ts';
import { zoneRow } from './schema/zones.ts';

/** Reads a file relative to the data folder; null when it does not exist. */
export type ReadFile = (relativePath: string) => Uint8Array | null;

/** At most this many errors are listed per file; the rest are counted. */
export const MAX_ERRORS_PER_FILE = 50;

export interface LoadResult {
  dataset: Dataset | null;
  issues: DataIssue[];
  files: FileReport[];
}

interface Parsed<T> {
  rows: { value: T; line: number; cells: Record<string, string> }[];
  report: FileReport;
}

type AnyObjectSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

/** Header problems: missing, extra, duplicated or renamed columns. */
export function checkHeader(header: string[], columns: readonly string[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (seen.has(h)) issues.push({ severity: 'error', file, line: 1, column: i + 1, field: h, value: h, message: 'is a duplicated column', hint: 'delete one of the two columns' });
    seen.add(h);
  });
  const missing = columns.filter((c) => !header.includes(c));
  const extra = header.map((h, i) => ({ h, i })).filter(({ h }) => !columns.includes(h));
  for (const c of missing) {
    const renamed = extra.length === missing.length ? extra[missing.indexOf(c)] : undefined;
    issues.push({
      severity: 'error', file, line: 1, column: renamed ? renamed.i + 1 : 0,
      message: `is missing column ${c}`,
      hint: renamed ? `was column "${renamed.h}" renamed? call it ${c}` : `add a column named ${c}`,
      expected: `columns ${columns.join(',')}`,
    });
  }
  for (const { h, i } of extra) {
    if (missing.length === extra.length) continue; // reported as a rename above
    issues.push({ severity: 'error', file, line: 1, column: i + 1, field: '(header)', value: h, message: 'is not a known column', hint: 'remove it or check its spelling', expected: `columns ${columns.join(',')}` });
  }
  return issues;
}

function zodIssueToDataIssue(issue: z.core.$ZodIssue, file: string, line: number, header: string[], cells: Record<string, string>): DataIssue {
  const field = String(issue.path[0] ?? '');
  const params = 'params' in issue ? (issue.params as { expected?: string; hint?: string } | undefined) : undefined;
  return {
    severity: 'error', file, line, column: header.indexOf(field) + 1, field,
    value: cells[field] ?? '', message: issue.message, expected: params?.expected, hint: params?.hint,
  };
}

function readCsv(read: ReadFile, file: string, displayDir: string, issues: DataIssue[]): { parsed: ParsedCsv; report: Omit<FileReport, 'rowsLoaded'> } | null {
  const path = `${displayDir}/${file}`;
  const bytes = read(file);
  if (bytes === null) {
    issues.push({ severity: 'error', file: path, line: 0, column: 0, message: 'is missing', hint: `create ${path} with its header row` });
    return null;
  }
  const decoded = decodeCsvBytes(bytes);
  if (decoded === null) {
    issues.push({ severity: 'error', file: path, line: 0, column: 0, message: 'is a binary file, not CSV text', hint: 'in Excel/WPS use 另存为 → CSV UTF-8 (逗号分隔)' });
    return null;
  }
  const notices: string[] = [];
  if (decoded.encoding === 'gb18030') notices.push('read as GBK/GB18030 (not UTF-8)');
  if (decoded.encoding === 'utf-8-bom') notices.push('UTF-8 with BOM; BOM ignored');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    issues.push({ severity: 'error', file: path, line: 0, column: 0, message: 'is empty', hint: 'a data file needs at least its header row' });
    return null;
  }
  const parsed = parseCsvText(text, path);
  for (const n of parsed.issues.filter((i) => i.severity === 'notice')) notices.push(n.message);
  for (const n of notices) issues.push({ severity: 'notice', file: path, line: 0, column: 0, message: n });
  issues.push(...parsed.issues.filter((i) => i.severity === 'error'));
  return { parsed, report: { file: path, rowsRead: parsed.rowsRead, encoding: decoded.encoding, notices } };
}

function parseDataset<S extends AnyObjectSchema>(read: ReadFile, file: string, displayDir: string, schema: S, issues: DataIssue[]): Parsed<z.output<S>> {
  const path = `${displayDir}/${file}`;
  const columns = Object.keys(schema.shape);
  const fileIssues: DataIssue[] = [];
  const csv = readCsv(read, file, displayDir, fileIssues);
  const rows: Parsed<z.output<S>>['rows'] = [];
  if (csv) {
    const { header } = csv.parsed;
    const headerIssues = checkHeader(header, columns, path);
    fileIssues.push(...headerIssues);
    if (headerIssues.length === 0) {
      const ids = new Map<string, number>();
      for (const { line, cells } of csv.parsed.rows) {
        if (cells.length !== header.length) {
          fileIssues.push({
            severity: 'error', file: path, line, column: Math.min(cells.length, header.length) + 1,
            message: `row has ${cells.length} field(s) but the header has ${header.length}`,
            hint: cells.length < header.length ? 'a cell is missing, or the file was cut short' : 'an unquoted comma splits a cell; wrap that cell in double quotes',
          });
          continue;
        }
        const record: Record<string, string> = {};
        header.forEach((h, i) => (record[h] = cells[i] ?? ''));
        const result = schema.safeParse(record);
        if (!result.success) {
          for (const zi of result.error.issues) fileIssues.push(zodIssueToDataIssue(zi, path, line, header, record));
          continue;
        }
        const id = record.id?.trim();
        if (id !== undefined) {
          const first = ids.get(id);
          if (first !== undefined) {
            fileIssues.push({ severity: 'error', file: path, line, column: header.indexOf('id') + 1, field: 'id', value: id, message: `duplicates the id on line ${first}`, hint: 'ids must be unique within a file' });
            continue;
          }
          ids.set(id, line);
        }
        rows.push({ value: result.data, line, cells: record });
      }
    }
  }
  const errors = fileIssues.filter((i) => i.severity === 'error');
  issues.push(...fileIssues.filter((i) => i.severity === 'notice'), ...errors.slice(0, MAX_ERRORS_PER_FILE));
  if (errors.length > MAX_ERRORS_PER_FILE) {
    issues.push({ severity: 'error', file: path, line: 0, column: 0, message: `… and ${errors.length - MAX_ERRORS_PER_FILE} more error(s) in this file` });
  }
  const report: FileReport = csv
    ? { ...csv.report, rowsLoaded: rows.length }
    : { file: path, rowsRead: 0, rowsLoaded: 0, encoding: fileIssues.some((i) => i.message.startsWith('is a binary')) ? 'binary' : 'missing', notices: [] };
  return { rows, report };
}

export interface LoadOptions {
  /** How file paths are shown in messages, e.g. "data". */
  displayDir?: string;
}

/** Loads, validates and joins a data folder. Never throws on bad data: see `issues`. */
export function loadDataset(read: ReadFile, options: LoadOptions = {}): LoadResult {
  const dir = options.displayDir ?? 'data';
  const issues: DataIssue[] = [];
  const parks = parseDataset(read, 'parks.csv', dir, parkRow, issues);
  const docs = parseDataset(read, 'documents.csv', dir, documentRow, issues);
  const defs = parseDataset(read, 'indicator_defs.csv', dir, indicatorDefRow, issues);
  const inds = parseDataset(read, 'indicators.csv', dir, indicatorRow, issues);
  const invs = parseDataset(read, 'investments.csv', dir, investmentRow, issues);
  const zones = parseDataset(read, 'zones.csv', dir, zoneRow, issues);
  const projs = parseDataset(read, 'projects.csv', dir, projectRow, issues);

  const at = (file: string, line: number, header: string[] | undefined, field: string) => ({
    severity: 'error' as const, file: `${dir}/${file}`, line, column: (header ?? []).indexOf(field) + 1, field,
  });
  const headerOf = (p: Parsed<unknown>) => (p.rows[0] ? Object.keys(p.rows[0].cells) : undefined);
  const reject = new Set<object>();

  // Parks: coordinates must say what they are.
  for (const { value: p, line, cells } of parks.rows) {
    const h = headerOf(parks);
    const hasCoords = p.lat !== undefined && p.lon !== undefined;
    if ((p.lat === undefined) !== (p.lon === undefined)) {
      issues.push({ ...at('parks.csv', line, h, 'lon'), value: cells.lon ?? '', message: 'must be given together with lat', expected: 'both lat and lon, or neither' });
      reject.add(p);
    } else if (p.location_basis === 'unknown' && hasCoords) {
      issues.push({ ...at('parks.csv', line, h, 'location_basis'), value: p.location_basis, message: 'says the location is unknown but lat/lon are given', hint: 'say what the coordinates are (county_seat, approximate, surveyed) or empty them' });
      reject.add(p);
    } else if (p.location_basis !== 'unknown' && !hasCoords) {
      issues.push({ ...at('parks.csv', line, h, 'lat'), value: '', message: `is empty but location_basis is ${p.location_basis}`, hint: 'give lat and lon, or set location_basis to unknown' });
      reject.add(p);
    }
    if (p.identity_basis !== 'named' && p.identity_note === '') {
      issues.push({ ...at('parks.csv', line, h, 'identity_note'), value: '', message: `is empty but identity_basis is ${p.identity_basis}`, hint: 'give the evidence for the identity' });
      reject.add(p);
    }
  }
  const parkIds = new Set(parks.rows.map((r) => r.value.id));

  // Documents: park must exist; source text must exist.
  const documents: SourceDocument[] = [];
  for (const { value: d, line } of docs.rows) {
    const h = headerOf(docs);
    if (!parkIds.has(d.park_id)) {
      issues.push({ ...at('documents.csv', line, h, 'park_id'), value: d.park_id, message: 'is not a park in parks.csv' });
      reject.add(d);
      continue;
    }
    const bytes = read(`sources/${d.source_file}`);
    if (bytes === null) {
      issues.push({ ...at('documents.csv', line, h, 'source_file'), value: d.source_file, message: `is not in ${dir}/sources/`, hint: 'copy the report there byte-for-byte' });
      reject.add(d);
      continue;
    }
    documents.push({ ...d, text: cleanSourceText(new TextDecoder('utf-8').decode(bytes)) });
  }
  const docById = new Map(documents.map((d) => [d.id, d]));
  const defIds = new Set(defs.rows.map((r) => r.value.id));

  /** The checks every quoted row shares: its park and document exist and agree, its quote is verbatim. */
  function checkQuoted(file: string, p: Parsed<unknown>, row: { park_id: string; doc_id: string; quote: string }, line: number) {
    const h = headerOf(p);
    if (!parkIds.has(row.park_id)) {
      issues.push({ ...at(file, line, h, 'park_id'), value: row.park_id, message: 'is not a park in parks.csv' });
      return null;
    }
    const doc = docById.get(row.doc_id);
    if (!doc) {
      issues.push({ ...at(file, line, h, 'doc_id'), value: row.doc_id, message: 'is not a document in documents.csv' });
      return null;
    }
    if (doc.park_id !== row.park_id) {
      issues.push({ ...at(file, line, h, 'doc_id'), value: row.doc_id, message: `belongs to park ${doc.park_id}, not ${row.park_id}` });
      return null;
    }
    const span = findQuote(doc.text, row.quote);
    if (!span) {
      issues.push({ ...at(file, line, h, 'quote'), value: row.quote.length > 40 ? `${row.quote.slice(0, 40)}…` : row.quote, message: `is not found verbatim in ${dir}/sources/${doc.source_file}`, hint: 'copy the sentence exactly (same punctuation); only pinyin annotations may be dropped' });
      return null;
    }
    return { doc, span };
  }

  function checkYear(file: string, p: Parsed<unknown>, year: number, doc: SourceDocument, line: number): boolean {
    if (Math.abs(year - doc.year) <= 10) return true;
    issues.push({ ...at(file, line, headerOf(p), 'year'), value: String(year), message: `is implausible for document ${doc.id} of ${doc.year}`, expected: `a year within 10 years of ${doc.year}` });
    return false;
  }

  function checkReadable(file: string, p: Parsed<unknown>, field: string, text: string | undefined, quote: string, line: number): boolean {
    if (text === undefined || text.trim() === '' || isReadableInQuote(text, quote)) return true;
    issues.push({ ...at(file, line, headerOf(p), field), value: text, message: 'cannot be read in the quote', hint: 'write the number exactly as the quote does, in the quote\'s unit (亿元 stays 亿元)' });
    return false;
  }

  function checkNonNegative(file: string, p: Parsed<unknown>, field: string, n: number | undefined, unit: string, line: number): boolean {
    if (n === undefined || n >= 0 || (isUnit(unit) && dimensionOf(unit) === 'percent')) return true;
    issues.push({ ...at(file, line, headerOf(p), field), value: String(n), message: `is negative, which ${unit} cannot be`, hint: 'a fall is written as a growth indicator in %' });
    return false;
  }

  const indicators: Indicator[] = [];
  for (const { value: r, line, cells } of inds.rows) {
    const q = checkQuoted('indicators.csv', inds, r, line);
    let ok = q !== null;
    if (!defIds.has(r.indicator)) {
      issues.push({ ...at('indicators.csv', line, headerOf(inds), 'indicator'), value: r.indicator, message: 'is not an indicator in indicator_defs.csv', hint: 'add it there first' });
      ok = false;
    }
    if (q) {
      ok = checkYear('indicators.csv', inds, r.year, q.doc, line) && ok;
      ok = checkReadable('indicators.csv', inds, 'value', cells.value, r.quote, line) && ok;
      ok = checkReadable('indicators.csv', inds, 'value_high', cells.value_high, r.quote, line) && ok;
    }
    ok = checkNonNegative('indicators.csv', inds, 'value', r.value, r.unit, line) && ok;
    if (r.value_high !== undefined && r.value_high < r.value) {
      issues.push({ ...at('indicators.csv', line, headerOf(inds), 'value_high'), value: cells.value_high ?? '', message: 'is below value', expected: 'the upper end of the range' });
      ok = false;
    }
    if (r.flag !== 'ok' && r.note === '') {
      issues.push({ ...at('indicators.csv', line, headerOf(inds), 'note'), value: '', message: `is empty but flag is ${r.flag}`, hint: 'say what is wrong with the value' });
      ok = false;
    }
    if (ok && q) indicators.push({ ...r, span: q.span, line, valueText: (cells.value ?? '').trim() });
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
    let ok = q !== null;
    if (q) {
      ok = checkYear('investments.csv', invs, r.year, q.doc, line) && ok;
      ok = checkReadable('investments.csv', invs, 'amount', cells.amount, r.quote, line) && ok;
      ok = checkReadable('investments.csv', invs, 'amount_high', cells.amount_high, r.quote, line) && ok;
    }
    ok = checkNonNegative('investments.csv', invs, 'amount', r.amount, r.unit, line) && ok;
    if (r.zone_id !== undefined) {
      const z = zoneById.get(r.zone_id);
      if (!z || z.park_id !== r.park_id) {
        issues.push({ ...at('investments.csv', line, headerOf(invs), 'zone_id'), value: r.zone_id, message: z ? `is a zone of park ${z.park_id}, not ${r.park_id}` : 'is not a zone in zones.csv' });
        ok = false;
      }
    }
    if (r.flag !== 'ok' && r.note === '') {
      issues.push({ ...at('investments.csv', line, headerOf(invs), 'note'), value: '', message: `is empty but flag is ${r.flag}`, hint: 'say what is wrong with the value' });
      ok = false;
    }
    if (ok && q) investments.push({ ...r, span: q.span, line, amountText: (cells.amount ?? '').trim() });
  }

  const projects: Project[] = [];
  for (const { value: r, line } of projs.rows) {
    const q = checkQuoted('projects.csv', projs, r, line);
    if (q) projects.push({ ...r, span: q.span, line });
  }

  const loaded = {
    'parks.csv': parks.rows.filter((r) => !reject.has(r.value)).length,
    'documents.csv': documents.length,
    'indicator_defs.csv': defs.rows.length,
    'indicators.csv': indicators.length,
    'investments.csv': investments.length,
    'zones.csv': zoneRows.length,
    'projects.csv': projects.length,
  };
  const files = [parks, docs, defs, inds, invs, zones, projs].map((p) => {
    const name = p.report.file.slice(dir.length + 1) as keyof typeof loaded;
    return { ...p.report, rowsLoaded: loaded[name] };
  });
  // Nothing is silently dropped: a row read but not loaded must have an error naming it.
  const hasErrors = issues.some((i) => i.severity === 'error');
  if (!hasErrors && files.some((f) => f.rowsLoaded !== f.rowsRead)) {
    throw new Error('internal: rows were dropped without an error');
  }
  const dataset: Dataset | null = hasErrors
    ? null
    : {
        parks: parks.rows.map((r) => r.value),
        documents,
        indicatorDefs: defs.rows.map((r) => r.value),
        indicators,
        investments,
        zones: zoneRows,
        projects,
        files,
      };
  return { dataset, issues, files };
}

/** The build's entry: loads or throws one error listing every problem. */
export function loadDatasetOrThrow(read: ReadFile, options: LoadOptions = {}): Dataset {
  const r = loadDataset(read, options);
  if (!r.dataset) throw new DataValidationError(r.issues);
  return r.dataset;
}
