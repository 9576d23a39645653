/**
 * Scores a draft against the rows a person curated from the same text: which curated figures the
 * draft found (a draft row of the same file, value and unit whose figure stands inside the
 * curated quote), and of those, whether the item name, the indicator, and kind and year are right.
 * Every rate is over all curated rows of its kind, so a figure not found counts as wrong.
 */
import Papa from 'papaparse';
import type { Draft, DraftIndicator, DraftInvestment } from '../../../src/extract/draft.ts';
import { kindOf, namesItem, occurrences, valueOf, type ExpectedRow } from '../../../src/extract/evaluate.ts';

/** A curated row as the scores below read it (the evaluation corpus's rows have more fields). */
export type CuratedRow = Pick<ExpectedRow, 'file' | 'value' | 'unit' | 'indicator' | 'kind' | 'year' | 'project' | 'quote'>;

export interface Score {
  doc: string;
  curated: number;
  found: number;
  itemRows: number;
  named: number;
  /** Items with two or more curated rows, and how many of them got one name for all their rows. */
  items: number;
  itemsOneName: number;
  indicatorRows: number;
  indicatorRight: number;
  kindYearRight: number;
  drafted: number;
  matchedDrafts: number;
  misses: string[];
}

type DraftRow = DraftIndicator | DraftInvestment;

export function scoreDraft(doc: string, draft: Draft, curated: readonly CuratedRow[]): Score {
  const byId = new Map<string, { row: DraftRow; file: CuratedRow['file'] }>([
    ...draft.indicators.map((row) => [row.id, { row, file: 'indicators' as const }] as const),
    ...draft.investments.map((row) => [row.id, { row, file: 'investments' as const }] as const),
  ]);
  const used = new Set<string>();
  const matched: (DraftRow | undefined)[] = curated.map((c) => {
    for (const span of occurrences(draft.text, c.quote)) {
      for (const mark of draft.drafted.filter((f) => f.start < span.end && span.start < f.end)) {
        for (const id of mark.rows) {
          const hit = byId.get(id);
          if (!hit || used.has(id) || hit.file !== c.file || hit.row.unit !== c.unit || Number(valueOf(hit.row)) !== Number(c.value)) continue;
          used.add(id);
          return hit.row;
        }
      }
    }
    return undefined;
  });
  const misses: string[] = [];
  let named = 0;
  let indicatorRight = 0;
  let kindYearRight = 0;
  curated.forEach((c, k) => {
    const d = matched[k];
    const label = `${c.value}${c.unit}`;
    if (!d) return void misses.push(`${label} not found`);
    if (kindOf(d) === c.kind && d.year === c.year) kindYearRight++;
    else misses.push(`${label} ${kindOf(d)} ${d.year} (not ${c.kind} ${c.year})`);
    if (c.file === 'indicators' && 'indicator' in d) {
      if (d.indicator === c.indicator) indicatorRight++;
      else misses.push(`${label} indicator “${d.indicator}” (not ${c.indicator})`);
    }
    if (c.file === 'investments' && 'project' in d) {
      if (namesItem(d.project, c.project)) named++;
      else misses.push(`${label} project “${d.project}” (not “${c.project}”)`);
    }
  });
  const groups = new Map<string, Set<string>>();
  curated.forEach((c, k) => {
    const d = matched[k];
    if (c.file !== 'investments') return;
    const names = groups.get(c.project) ?? new Set<string>();
    names.add(d && 'project' in d ? d.project : `(not found ${k})`);
    groups.set(c.project, names);
  });
  const multi = [...groups].filter(([item]) => curated.filter((c) => c.file === 'investments' && c.project === item).length > 1);
  return {
    doc, curated: curated.length, found: matched.filter(Boolean).length,
    itemRows: curated.filter((c) => c.file === 'investments').length, named,
    items: multi.length, itemsOneName: multi.filter(([, names]) => names.size === 1).length,
    indicatorRows: curated.filter((c) => c.file === 'indicators').length, indicatorRight, kindYearRight,
    drafted: draft.indicators.length + draft.investments.length, matchedDrafts: used.size, misses,
  };
}

/** All documents' counts added up, as one more row. */
export function total(scores: readonly Score[], doc = 'all'): Score {
  const sum = (key: keyof Omit<Score, 'doc' | 'misses'>): number => scores.reduce((n, s) => n + s[key], 0);
  return {
    doc, curated: sum('curated'), found: sum('found'), itemRows: sum('itemRows'), named: sum('named'), items: sum('items'),
    itemsOneName: sum('itemsOneName'), indicatorRows: sum('indicatorRows'), indicatorRight: sum('indicatorRight'),
    kindYearRight: sum('kindYearRight'), drafted: sum('drafted'), matchedDrafts: sum('matchedDrafts'), misses: [],
  };
}

export const rate = (a: number, b: number): number => (b === 0 ? 1 : a / b);
const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);

/** One line per document: figure recall, item naming, one name per item, indicator, kind+year, precision. */
export function scoreTable(title: string, scores: readonly Score[], withMisses = false): string {
  const head = `${'document'.padEnd(24)} ${'figures'.padStart(14)} ${'item named'.padStart(14)} ${'one name'.padStart(9)} ${'indicator'.padStart(14)} ${'kind+year'.padStart(14)} ${'precision'.padStart(14)}`;
  const cell = (a: number, b: number): string => `${a}/${b} ${pct(a, b)}`.padStart(14);
  const lines = scores.map((s) => {
    const line = `${s.doc.padEnd(24)} ${cell(s.found, s.curated)} ${cell(s.named, s.itemRows)} ${`${s.itemsOneName}/${s.items}`.padStart(9)} ${cell(s.indicatorRight, s.indicatorRows)} ${cell(s.kindYearRight, s.curated)} ${cell(s.matchedDrafts, s.drafted)}`;
    return withMisses && s.misses.length > 0 ? `${line}\n    ${s.misses.join('; ')}` : line;
  });
  return [title, head, ...lines].join('\n');
}

/** A CSV of curated rows (the fixtures' *.expected.csv). */
export function parseCurated(text: string): CuratedRow[] {
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data.map((r) => ({
    file: r.file === 'investments' ? 'investments' : 'indicators',
    value: r.value ?? '', unit: r.unit ?? '', indicator: r.indicator ?? '',
    kind: r.kind === 'target' ? 'target' : 'actual', year: r.year ?? '', project: r.project ?? '', quote: r.quote ?? '',
  }));
}
