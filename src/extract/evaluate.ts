/**
 * Measures a draft against the rows a person expects from the same text, field by field: which
 * expected figures were drafted at all (a draft row whose figure stands inside the expected quote,
 * with the same value), and of those whether the unit is the one written, the kind, the year,
 * the indicator, the item, the comparator, the period and the 预计 mark are right. Every rate is
 * over all expected rows that have the field, so a figure not drafted counts as wrong.
 */
import Papa from 'papaparse';
import { progressItem } from './classify.ts';
import { ESTIMATED_NOTE, type DocKind } from './context.ts';
import { draftReport, type Draft, type DraftIndicator, type DraftInvestment, type Lexicon } from './draft.ts';
import { parseDocuments } from './review.ts';

export interface ExpectedRow {
  file: 'indicators' | 'investments';
  value: string;
  /** The unit exactly as the text writes it (亿美元, 户, 人), not a unit of our list it resembles. */
  unit: string;
  /** Empty for investments. */
  indicator: string;
  /** For investments: target = planned, actual = completed or in progress. */
  kind: 'target' | 'actual';
  year: string;
  /** Empty when it does not matter (investments). */
  period: string;
  comparator: string;
  /** `estimated` for an actual the text gives as 预计; else empty. */
  flag: string;
  /** The item a figure belongs to: an investment's project, or the item a works-progress % is of. */
  project: string;
  quote: string;
}

export interface Passage {
  id: string;
  kind: DocKind;
  year: number;
  script: string;
  shape: string;
  text: string;
  rows: ExpectedRow[];
}

const ROW_FILES = new Set(['indicators', 'investments']);

/**
 * A corpus file: passages, each `### id`, `key: value` lines (kind, year, script, shape), `text:`
 * then the passage, `rows:` then a CSV of its expected rows.
 */
export function parseCorpus(source: string): Passage[] {
  return source.split(/^### /mu).slice(1).map((block) => {
    const [head = '', rest = ''] = block.split(/^text:\n/mu);
    const [text = '', csv = ''] = rest.split(/^rows:\n/mu);
    const lines = head.split('\n');
    const id = (lines[0] ?? '').trim();
    const meta = new Map(lines.slice(1).map((l) => /^(\w+):\s*(.*)$/u.exec(l)).filter((x) => x !== null).map((x) => [x[1] ?? '', x[2] ?? '']));
    const rows = Papa.parse<Record<string, string>>(csv.trim(), { header: true, skipEmptyLines: true }).data;
    for (const r of rows) if (!ROW_FILES.has(r.file ?? '')) throw new Error(`${id}: row file “${r.file ?? ''}” is neither indicators nor investments`);
    return {
      id, kind: (meta.get('kind') ?? 'report') as DocKind, year: Number(meta.get('year')), script: meta.get('script') ?? '', shape: meta.get('shape') ?? '',
      text: text.replace(/\n+$/u, '\n'),
      rows: rows.map((r): ExpectedRow => ({
        file: r.file === 'investments' ? 'investments' : 'indicators', value: r.value ?? '', unit: r.unit ?? '', indicator: r.indicator ?? '',
        kind: r.kind === 'target' ? 'target' : 'actual', year: r.year ?? '', period: r.period ?? '', comparator: r.comparator ?? '',
        flag: r.flag ?? '', project: r.project ?? '', quote: r.quote ?? '',
      })),
    };
  });
}

/** A field measured: right out of the expected rows that have it. */
export interface Tally {
  right: number;
  of: number;
}

export const FIELDS = ['figures', 'unit', 'kind', 'year', 'kindYear', 'indicator', 'item', 'comparator', 'period', 'estimated'] as const;
export type Field = (typeof FIELDS)[number];

export interface FieldScore {
  name: string;
  fields: Record<Field, Tally>;
  /** Draft rows that match an expected row, out of all draft rows. */
  precision: Tally;
  misses: string[];
}

type DraftRow = DraftIndicator | DraftInvestment;

/** A draft row's kind: an investment's planned basis is a target, any other an actual. */
export const kindOf = (row: DraftRow): 'target' | 'actual' => ('kind' in row ? row.kind : row.basis === 'planned' ? 'target' : 'actual');
export const valueOf = (row: DraftRow): string => ('value' in row ? row.value : row.amount);
const plain = (s: string): string => s.replace(/[\s“”"‘’']/gu, '');

const isEstimated = (row: DraftRow): boolean => row.flag === 'estimated' || row.note.includes(ESTIMATED_NOTE);

/** The draft names the item: its name, or its name with at most four more characters (园区…, …建设). */
export function namesItem(drafted: string, expected: string): boolean {
  const d = plain(drafted);
  const c = plain(expected);
  return c !== '' && (d === c || (d.includes(c) && [...d].length - [...c].length <= 4));
}

/** The item a draft row is of: an investment's project, or the item an indicator's note names (项目：NAME). */
const itemOfRow = (row: DraftRow): string => ('project' in row ? row.project : progressItem(row.note));

export function occurrences(text: string, quote: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (quote === '') return out;
  for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) out.push({ start: at, end: at + quote.length });
  return out;
}

const emptyFields = (): Record<Field, Tally> => Object.fromEntries(FIELDS.map((f) => [f, { right: 0, of: 0 }])) as Record<Field, Tally>;

/** Each expected row's draft row: the same value drafted inside its quote, same file and unit first. */
function matchRows(draft: Draft, expected: readonly ExpectedRow[]): (DraftRow | undefined)[] {
  const byId = new Map<string, { row: DraftRow; file: ExpectedRow['file'] }>([
    ...draft.indicators.map((row) => [row.id, { row, file: 'indicators' as const }] as const),
    ...draft.investments.map((row) => [row.id, { row, file: 'investments' as const }] as const),
  ]);
  const used = new Set<string>();
  return expected.map((c) => {
    const candidates: { row: DraftRow; rank: number }[] = [];
    for (const span of occurrences(draft.text, c.quote)) {
      for (const mark of draft.drafted.filter((f) => f.start < span.end && span.start < f.end)) {
        for (const id of mark.rows) {
          const hit = byId.get(id);
          if (!hit || used.has(id) || Number(valueOf(hit.row)) !== Number(c.value)) continue;
          candidates.push({ row: hit.row, rank: (hit.file === c.file ? 0 : 2) + (hit.row.unit === c.unit ? 0 : 1) });
        }
      }
    }
    const best = candidates.sort((a, b) => a.rank - b.rank)[0]?.row;
    if (best) used.add(best.id);
    return best;
  });
}

export function scoreFields(name: string, draft: Draft, expected: readonly ExpectedRow[]): FieldScore {
  const fields = emptyFields();
  const misses: string[] = [];
  const count = (field: Field, applies: boolean, right: boolean, miss: string): void => {
    if (!applies) return;
    fields[field].of++;
    if (right) fields[field].right++;
    else if (miss) misses.push(miss);
  };
  const matched = matchRows(draft, expected);
  expected.forEach((c, k) => {
    const d = matched[k];
    const label = `${c.value}${c.unit}`;
    count('figures', true, d !== undefined, `${label} not drafted`);
    const has = d !== undefined;
    count('unit', true, has && d.unit === c.unit, has ? `${label} unit ${d.unit}` : '');
    count('kind', true, has && kindOf(d) === c.kind, has ? `${label} ${kindOf(d)} (not ${c.kind})` : '');
    count('year', c.year !== '', has && d.year === c.year, has ? `${label} year ${d.year} (not ${c.year})` : '');
    count('kindYear', true, has && kindOf(d) === c.kind && d.year === c.year, '');
    const indicator = d && 'indicator' in d ? d.indicator : '';
    count('indicator', c.file === 'indicators', has && indicator === c.indicator, has ? `${label} indicator “${indicator}” (not ${c.indicator})` : '');
    count('item', c.project !== '', has && namesItem(itemOfRow(d), c.project), has ? `${label} item “${itemOfRow(d)}” (not “${c.project}”)` : '');
    const comparator = d && 'comparator' in d ? d.comparator : '=';
    count('comparator', c.comparator !== '' && c.file === 'indicators', has && comparator === c.comparator, has ? `${label} comparator ${comparator} (not ${c.comparator})` : '');
    const period = d && 'period' in d ? d.period : '';
    count('period', c.period !== '' && c.file === 'indicators', has && period === c.period, has ? `${label} period ${period} (not ${c.period})` : '');
    count('estimated', c.flag === 'estimated' || (has && isEstimated(d)), has && isEstimated(d) === (c.flag === 'estimated'), has ? `${label} ${isEstimated(d) ? 'marked' : 'not marked'} 预计` : '');
  });
  const drafted = draft.indicators.length + draft.investments.length;
  return { name, fields, precision: { right: matched.filter(Boolean).length, of: drafted }, misses };
}

/** Scores added up, as one more row. */
export function totalOf(name: string, scores: readonly FieldScore[]): FieldScore {
  const fields = emptyFields();
  for (const s of scores) for (const f of FIELDS) {
    fields[f].right += s.fields[f].right;
    fields[f].of += s.fields[f].of;
  }
  const precision = scores.reduce((t, s) => ({ right: t.right + s.precision.right, of: t.of + s.precision.of }), { right: 0, of: 0 });
  return { name, fields, precision, misses: scores.flatMap((s) => s.misses.map((m) => `${s.name}: ${m}`)) };
}

export const rateOf = (t: Tally): number => (t.of === 0 ? 1 : t.right / t.of);
const pct = (t: Tally): string => (t.of === 0 ? '—' : `${((100 * t.right) / t.of).toFixed(1)}%`);

const HEADS: readonly [Field | 'precision', string][] = [
  ['figures', 'drafted'], ['precision', 'precision'], ['unit', 'unit'], ['kind', 'kind'], ['year', 'year'], ['kindYear', 'kind+year'],
  ['indicator', 'indicator'], ['item', 'item'], ['comparator', 'comparator'], ['period', 'period'], ['estimated', '预计'],
];

/** One line per score: each field as right/of and a percentage. */
export function fieldTable(title: string, scores: readonly FieldScore[], withMisses = false): string {
  const width = 15;
  const head = `${'set'.padEnd(22)}${HEADS.map(([, h]) => h.padStart(width)).join('')}`;
  const lines = scores.map((s) => {
    const cells = HEADS.map(([f]) => {
      const t = f === 'precision' ? s.precision : s.fields[f];
      return `${t.right}/${t.of} ${pct(t)}`.padStart(width);
    });
    const line = `${s.name.padEnd(22)}${cells.join('')}`;
    return withMisses && s.misses.length > 0 ? `${line}\n    ${s.misses.join('\n    ')}` : line;
  });
  return [title, head, ...lines].join('\n');
}

/** The rows of a curated data folder's indicators.csv and investments.csv for one document, as expected rows. */
export function curatedRows(indicatorsCsv: string, investmentsCsv: string, docId: string): ExpectedRow[] {
  const rows = (csv: string): Record<string, string>[] => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data.filter((r) => r.doc_id === docId);
  const indicators = rows(indicatorsCsv).map((r): ExpectedRow => ({
    file: 'indicators', value: r.value ?? '', unit: r.unit ?? '', indicator: r.indicator ?? '', kind: r.kind === 'target' ? 'target' : 'actual',
    year: r.year ?? '', period: r.period ?? '', comparator: r.comparator ?? '', flag: '', project: '', quote: r.quote ?? '',
  }));
  const investments = rows(investmentsCsv).map((r): ExpectedRow => ({
    file: 'investments', value: r.amount ?? '', unit: r.unit ?? '', indicator: '', kind: r.basis === 'planned' ? 'target' : 'actual',
    year: r.year ?? '', period: '', comparator: '', flag: '', project: r.project ?? '', quote: r.quote ?? '',
  }));
  return [...indicators, ...investments];
}

/** Each passage drafted and scored. */
export function scorePassages(passages: readonly Passage[], defs: Lexicon): FieldScore[] {
  return passages.map((p) => scoreFields(p.id, draftReport(p.text, { id: p.id, parkId: 'corpus', kind: p.kind, year: p.year }, defs), p.rows));
}

/** A curated data folder's files, as read by the caller: documents.csv, indicators.csv, investments.csv and each report's text. */
export interface CuratedFolder {
  documents: string;
  indicators: string;
  investments: string;
  sourceText: (sourceFile: string) => string;
}

/** Each document of a curated folder drafted from its report and scored against its curated rows. */
export function scoreCurated(folder: CuratedFolder, defs: Lexicon): FieldScore[] {
  return parseDocuments(folder.documents).map((d) => {
    const draft = draftReport(folder.sourceText(d.sourceFile), { id: d.id, parkId: d.parkId, kind: d.kind, year: d.year }, defs);
    return scoreFields(d.id, draft, curatedRows(folder.indicators, folder.investments, d.id));
  });
}
