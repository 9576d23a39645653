/**
 * The review files and the summary printed after a run. One CSV per target file, with exactly
 * the columns of data/indicators.csv or data/investments.csv followed by `confidence` and
 * `review_note`, which `npm run extract -- --apply` drops when it adds the reviewed rows to data/.
 */
import Papa from 'papaparse';
import type { DocKind } from './context.ts';
import { splitAliases } from '../data/schema/fields.ts';
import { unitTable, type UnitTable } from '../lib/units.ts';
import type { Draft, DraftIndicator, DraftInvestment, IndicatorDef, Lexicon } from './draft.ts';

/** Used when data/indicators.csv cannot be read; the header of the real file wins. */
export const INDICATOR_COLUMNS = ['id', 'park_id', 'doc_id', 'year', 'period', 'indicator', 'kind', 'value', 'value_high', 'comparator', 'unit', 'quote', 'flag', 'note'];
export const INVESTMENT_COLUMNS = ['id', 'park_id', 'doc_id', 'year', 'project', 'category', 'zone_id', 'amount', 'amount_high', 'unit', 'basis', 'quote', 'flag', 'note'];
export const REVIEW_COLUMNS = ['confidence', 'review_note'];

/** Rows → CSV text (UTF-8 with BOM so that Excel and WPS open it as UTF-8; check-data accepts a BOM). */
export function reviewCsv(rows: readonly (DraftIndicator | DraftInvestment)[], columns: readonly string[]): string {
  const fields = [...columns, ...REVIEW_COLUMNS];
  const data = rows.map((row) => {
    const cells: Record<string, string> = { ...row };
    return fields.map((f) => cells[f] ?? '');
  });
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\n' })}\n`;
}

/** The header row of a CSV file's text, or null when it has none. */
export function csvHeader(text: string): string[] | null {
  const first = text.replace(/^\uFEFF/u, '').split(/\r?\n/u, 1)[0] ?? '';
  const cells = Papa.parse<string[]>(first).data[0];
  return cells && cells.length > 1 ? cells.map((c) => c.trim()) : null;
}

function records(text: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true }).data;
}

/** units.csv → the units table the extractor reads figures with (rows without a unit or a factor above 0 left out). */
export function parseUnits(text: string): UnitTable {
  return unitTable(records(text)
    .map((r) => ({ unit: (r.unit ?? '').trim(), dimension: (r.dimension ?? '').trim(), base: (r.base ?? '').trim(), factor: Number(r.factor), name_en: (r.name_en ?? '').trim() }))
    .filter((u) => u.unit !== '' && u.factor > 0));
}

/** indicator_defs.csv → the fields guessing needs: name, aliases (| separated), and the dimension of its unit in `units`. */
export function parseIndicatorDefs(text: string, units: UnitTable): IndicatorDef[] {
  return records(text)
    .map((r) => {
      const unit = (r.unit ?? '').trim();
      return {
        id: (r.id ?? '').trim(), name: (r.name ?? '').trim(), unit, dimension: units.get(unit)?.dimension, description: r.description ?? '',
        group: (r.group ?? '').trim() || undefined, aliases: splitAliases(r.aliases ?? ''),
      };
    })
    .filter((d) => d.id !== '');
}

/** What the extractor reads a report with, from the data folder: indicator_defs.csv and units.csv. */
export function parseLexicon(indicatorDefs: string, units: string): Lexicon {
  const table = parseUnits(units);
  return { units: table, defs: parseIndicatorDefs(indicatorDefs, table) };
}

export interface DocumentInfo {
  id: string;
  parkId: string;
  kind?: DocKind;
  year?: number;
  sourceFile: string;
}

const DOC_KINDS: readonly string[] = ['plan', 'report', 'report_and_plan'];

/** documents.csv → rows, to find a document by id or by its source file. */
export function parseDocuments(text: string): DocumentInfo[] {
  return records(text).map((r) => {
    const kind = (r.kind ?? '').trim();
    const year = Number(r.year);
    return {
      id: (r.id ?? '').trim(), parkId: (r.park_id ?? '').trim(), sourceFile: (r.source_file ?? '').trim(),
      kind: DOC_KINDS.includes(kind) ? (kind as DocKind) : undefined,
      year: Number.isInteger(year) && year > 1900 ? year : undefined,
    };
  });
}

export interface SummaryInput {
  draft: Draft;
  report: string;
  encoding: string;
  docId: string;
  docKnown: boolean;
  files: { indicators: string; investments: string };
  /** The review page, when one was written. */
  page?: string;
}

function byConfidence(rows: readonly { confidence: string }[]): string {
  const count = (c: string): number => rows.filter((r) => r.confidence === c).length;
  return `high ${count('high')}, medium ${count('medium')}, low ${count('low')}`;
}

/** What a run drafted, what is flagged, and what to do next. */
export function summary({ draft, report, encoding, docId, docKnown, files, page }: SummaryInput): string {
  const flagged = [...draft.indicators, ...draft.investments].filter((r) => r.flag !== 'ok');
  const value = (r: DraftIndicator | DraftInvestment): string => ('value' in r ? `${r.value}${r.value_high ? `-${r.value_high}` : ''}` : `${r.amount}${r.amount_high ? `-${r.amount_high}` : ''}`);
  const lines = [
    `extract: ${report} (${encoding}, ${draft.text.length} characters after dropping pinyin; read as ${draft.docKind}${draft.yearShift ? `, text years shifted by ${draft.yearShift}` : ''})`,
    `  indicators.csv draft:  ${String(draft.indicators.length).padStart(3)} rows (${byConfidence(draft.indicators)}) → ${files.indicators}`,
    `  investments.csv draft: ${String(draft.investments.length).padStart(3)} rows (${byConfidence(draft.investments)}) → ${files.investments}`,
    `  flagged rows: ${flagged.length}`,
    ...flagged.map((r) => `    ${r.id} ${r.flag}: ${value(r)} ${r.unit} “${r.quote}”`),
    `  units not in units.csv: ${draft.unlistedUnits.length}${draft.unlistedUnits.length > 0 ? ' (kept as the text writes them; add a row for each to data/units.csv — unit, dimension, base, factor, name_en — before --apply)' : ''}`,
    ...draft.unlistedUnits.map((u) => `    ${u.unit}: ${u.rows.join(' ')}`),
    `  numbers not drafted: ${draft.skipped.length} (each marked with its reason${page ? ' on the review page' : '; add --review for a page that shows them'})`,
    ...(page ? [`  review page: ${page}`] : []),
    `  garbled text: ${draft.garbled.length} span(s)`,
    ...draft.garbled.map((g) => `    ${g.kind} at character ${g.start}: “${g.excerpt}”`),
    '',
    'Next steps:',
    ...(docKnown ? [] : [`  0. Add the report to data/sources/ and a row for "${docId}" to data/documents.csv (README, "How to add a report").`]),
    `  1. Open the review page${page ? ` (${page})` : ' (run again with --review)'}: every drafted figure and every skipped number is marked in the text.`,
    '  2. Edit the two CSV files, low confidence first (review_note says why each guess was made): fix indicator, kind,',
    '     period, year and project, keep one of each "same figure" or "both files" pair, delete rows that are not figures.',
    `  3. npm run extract -- --apply ${files.indicators} ${files.investments}`,
    '     (drops confidence and review_note, keeps the ids shown here and on the review page, checks the data folder;',
    '      changes nothing on an error)',
    '  4. npm start — open the park and source pages and click every new number.',
  ];
  return lines.join('\n');
}
