/**
 * How the extractor does on text it was not written for: hand-written passages in the shapes of
 * Chinese park reports (tests/fixtures/extract/, simplified and traditional), each with the rows
 * a person would curate. The "heldout" set was written before the rules it measures, the "dev"
 * set while working on them, the "fresh" set after them; only "heldout" and "fresh" are figures
 * the rules were not fitted to, and their misses are not printed so as not to fit them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../src/extract/draft.ts';
import type { DocKind } from '../../../src/extract/context.ts';
import { parseLexicon } from '../../../src/extract/review.ts';
import { cleanSourceText, isReadableInQuote } from '../../../src/lib/provenance.ts';
import { parseCurated, rate, scoreDraft, scoreTable, total, type Score } from './score.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/extract');
const defs = parseLexicon(readFileSync(join(import.meta.dirname, '../../../data/indicator_defs.csv'), 'utf8'), readFileSync(join(import.meta.dirname, '../../../data/units.csv'), 'utf8'));

interface Passage {
  id: string;
  kind: DocKind;
  year: number;
  set: 'heldout' | 'dev' | 'fresh';
  text: string;
}

const passages: Passage[] = Papa.parse<Record<string, string>>(readFileSync(join(FIXTURES, 'passages.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => ({
  id: r.id ?? '', kind: (r.kind ?? 'report') as DocKind, year: Number(r.year), set: r.set === 'dev' || r.set === 'fresh' ? r.set : 'heldout',
  text: readFileSync(join(FIXTURES, `${r.id}.txt`), 'utf8'),
}));
const curatedOf = (p: Passage) => parseCurated(readFileSync(join(FIXTURES, `${p.id}.expected.csv`), 'utf8'));

const scores = new Map<string, Score>(passages.map((p) => {
  const draft = draftReport(p.text, { id: p.id, parkId: 'fixture', kind: p.kind, year: p.year }, defs);
  return [p.id, scoreDraft(p.id, draft, curatedOf(p))];
}));
const setTotal = (set: Passage['set']): Score => total(passages.filter((p) => p.set === set).map((p) => scores.get(p.id) as Score), `${set} (all)`);

describe('fixture passages', () => {
  it('are curated consistently: quotes verbatim, values readable, indicators defined', () => {
    const ids = new Set(defs.defs.map((d) => d.id));
    for (const p of passages) {
      const cleaned = cleanSourceText(p.text);
      for (const row of curatedOf(p)) {
        expect(cleaned, `${p.id}: “${row.quote}”`).toContain(row.quote);
        expect(isReadableInQuote(row.value, row.quote), `${p.id}: ${row.value} in “${row.quote}”`).toBe(true);
        if (row.file === 'indicators') expect(ids.has(row.indicator), `${p.id}: ${row.indicator}`).toBe(true);
        else expect(row.project, `${p.id}: ${row.value}${row.unit}`).not.toBe('');
      }
    }
    expect(passages.filter((p) => p.set === 'heldout').length).toBeGreaterThanOrEqual(8);
  });

  it('prints figure recall, item naming, indicator and kind+year per passage', () => {
    const rows = (set: Passage['set']) => [...passages.filter((p) => p.set === set).map((p) => scores.get(p.id) as Score), setTotal(set)];
    // Row-level misses are printed for the dev set only: the held-out set is not to be tuned against.
    console.log(scoreTable('extraction on fixture passages — heldout (written before the rules)', rows('heldout')));
    console.log(scoreTable('extraction on fixture passages — dev (written alongside the rules)', rows('dev'), true));
    console.log(scoreTable('extraction on fixture passages — fresh (written after the rules, not tuned against)', rows('fresh')));
    expect(scores.size).toBe(passages.length);
  });

  it.each(['heldout', 'dev', 'fresh'] as const)('%s set: figures ≥ 95%%, items named ≥ 90%%, indicator ≥ 90%%, kind and year ≥ 95%%', (set) => {
    const t = setTotal(set);
    expect(rate(t.found, t.curated), 'figures found').toBeGreaterThanOrEqual(0.95);
    expect(rate(t.named, t.itemRows), 'item rows named').toBeGreaterThanOrEqual(0.9);
    expect(rate(t.indicatorRight, t.indicatorRows), 'indicator right').toBeGreaterThanOrEqual(0.9);
    expect(rate(t.kindYearRight, t.curated), 'kind and year right').toBeGreaterThanOrEqual(0.95);
  });
});
