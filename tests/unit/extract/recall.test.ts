/**
 * The extraction assistant against the curated dataset: for each of the five embedded reports,
 * how many curated indicators.csv / investments.csv rows the draft recovers (recall) and how many
 * draft rows are curated rows (precision). A match is the same document and target file, the
 * same value (as numbers) and unit, and for indicators the same kind; each draft row matches at
 * most one curated row.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { draftReport, type Draft } from '../../../src/extract/draft.ts';
import { decodeReport } from '../../../src/extract/normalize.ts';
import { parseDocuments, parseLexicon } from '../../../src/extract/review.ts';
import { cleanSourceText, isReadableInQuote } from '../../../src/lib/provenance.ts';

const DATA = join(import.meta.dirname, '../../../tests/fixtures/datasets/hunan');
const read = (file: string): string => readFileSync(join(DATA, file), 'utf8');
const rows = (file: string): Record<string, string>[] => Papa.parse<Record<string, string>>(read(file), { header: true, skipEmptyLines: true }).data;

const defs = parseLexicon(read('indicator_defs.csv'), read('units.csv'));
const documents = parseDocuments(read('documents.csv'));
const curatedIndicators = rows('indicators.csv');
const curatedInvestments = rows('investments.csv');

interface Measured {
  doc: string;
  raw: string;
  draft: Draft;
  curated: number;
  recovered: number;
  drafted: number;
  matchedDrafts: number;
  missed: string[];
}

function measure(docId: string): Measured {
  const doc = documents.find((d) => d.id === docId);
  if (!doc) throw new Error(`no document ${docId}`);
  const raw = decodeReport(new Uint8Array(readFileSync(join(DATA, 'sources', doc.sourceFile)))).text;
  const draft = draftReport(raw, { id: doc.id, parkId: doc.parkId, kind: doc.kind, year: doc.year }, defs);
  const usedI = new Set<number>();
  const usedV = new Set<number>();
  const missed: string[] = [];
  let recovered = 0;
  for (const c of curatedIndicators.filter((r) => r.doc_id === docId)) {
    const i = draft.indicators.findIndex((d, k) => !usedI.has(k) && Number(d.value) === Number(c.value) && d.unit === c.unit && d.kind === c.kind);
    if (i >= 0) {
      usedI.add(i);
      recovered++;
    } else missed.push(`${c.id} ${c.value}${c.unit} ${c.kind}`);
  }
  for (const c of curatedInvestments.filter((r) => r.doc_id === docId)) {
    const i = draft.investments.findIndex((d, k) => !usedV.has(k) && Number(d.amount) === Number(c.amount) && d.unit === c.unit);
    if (i >= 0) {
      usedV.add(i);
      recovered++;
    } else missed.push(`${c.id} ${c.amount}${c.unit}`);
  }
  const curated = curatedIndicators.filter((r) => r.doc_id === docId).length + curatedInvestments.filter((r) => r.doc_id === docId).length;
  return {
    doc: docId, raw, draft, curated, recovered, missed,
    drafted: draft.indicators.length + draft.investments.length, matchedDrafts: usedI.size + usedV.size,
  };
}

const measured = documents.map((d) => measure(d.id));

describe('extraction recall on the five embedded reports', () => {
  it('prints recall and precision per document', () => {
    const pct = (a: number, b: number): string => (b === 0 ? '—' : `${((100 * a) / b).toFixed(1)}%`);
    const table = measured.map((r) => ({
      document: r.doc,
      curated: r.curated,
      recovered: r.recovered,
      recall: pct(r.recovered, r.curated),
      drafted: r.drafted,
      precision: pct(r.matchedDrafts, r.drafted),
      missed: r.missed.join('; '),
    }));
    console.log(`extraction recall / precision\n${table.map((t) => `${t.document.padEnd(16)} curated ${String(t.curated).padStart(3)}  recovered ${String(t.recovered).padStart(3)}  recall ${t.recall.padStart(6)}  drafted ${String(t.drafted).padStart(3)}  precision ${t.precision.padStart(6)}${t.missed ? `  missed: ${t.missed}` : ''}`).join('\n')}`);
    expect(table.length).toBe(5);
  });

  it.each(documents.map((d) => d.id))('%s: recall ≥ 0.95, precision ≥ 0.9', (docId) => {
    const r = measured.find((x) => x.doc === docId);
    expect(r).toBeDefined();
    if (r) expect(r.recovered / r.curated, `missed: ${r.missed.join('; ')}`).toBeGreaterThanOrEqual(0.95);
    if (r) expect(r.matchedDrafts / r.drafted).toBeGreaterThanOrEqual(0.9);
  });

  it('recovers ≥ 97% of all curated rows', () => {
    const sum = (f: (r: Measured) => number): number => measured.reduce((n, r) => n + f(r), 0);
    expect(sum((r) => r.recovered) / sum((r) => r.curated)).toBeGreaterThanOrEqual(0.97);
  });

  it.each(documents.map((d) => d.id))('%s: every draft quote stands verbatim in the cleaned source and shows its value', (docId) => {
    const r = measured.find((x) => x.doc === docId);
    if (!r) throw new Error(docId);
    const cleaned = cleanSourceText(r.raw);
    for (const row of [...r.draft.indicators, ...r.draft.investments]) {
      expect(cleaned.includes(row.quote), `${row.id}: “${row.quote}”`).toBe(true);
      const value = 'value' in row ? row.value : row.amount;
      expect(isReadableInQuote(value, row.quote), `${row.id}: ${value} in “${row.quote}”`).toBe(true);
    }
  });
});

describe('garbled values', () => {
  it('flags every “2023” template overwrite of the re-dated plan (003_…)', () => {
    const r = measured.find((x) => x.doc === 'xx-health-food');
    if (!r) throw new Error('xx-health-food');
    const rowsWith = (needle: string) => [...r.draft.indicators, ...r.draft.investments].filter((row) => row.quote.includes(needle));
    for (const needle of ['8-2023个', '2023家', '根底配套工程2023个', '20230%', '2023万平方米', '2023千伏', '20230亩']) {
      const hits = rowsWith(needle);
      expect(hits.length, needle).toBeGreaterThan(0);
      for (const row of hits.filter((h) => ('value' in h ? `${h.value}-${h.value_high}` : h.amount).includes('2023') || needle.startsWith('8-'))) {
        expect(row.flag, `${row.id} “${row.quote}”`).toBe('garbled');
      }
    }
    const money = r.draft.indicators.find((row) => row.value === '2022');
    expect(money?.flag).toBe('suspect');
  });

  it('flags the mojibake of the traditional report (004_…) and no ordinary row there', () => {
    const r = measured.find((x) => x.doc === 'junshan-2024');
    if (!r) throw new Error('junshan-2024');
    expect(r.draft.garbled.some((g) => g.kind === 'mojibake' && g.excerpt.includes('皟蓚'))).toBe(true);
    expect([...r.draft.indicators, ...r.draft.investments].filter((row) => row.flag === 'garbled')).toEqual([]);
  });

  it('finds no garbled text in the clean reports', () => {
    for (const doc of ['linxiang-2017', 'linxiang-2022', 'shuangpai-2017']) {
      expect(measured.find((x) => x.doc === doc)?.draft.garbled).toEqual([]);
    }
  });
});
