/**
 * The evaluation corpus (tests/fixtures/extract/corpus) and the five seed reports (a copy of their
 * data folder in tests/fixtures/extract/seeds, so that no test pins data/), scored per field by
 * src/extract/evaluate.ts as `npm run eval:extract` prints them. The frozen part is checked to be
 * the text committed before the rules it measures and its scores are printed, not held to floors;
 * the development part and the seeds keep floors measured when the rules were last changed.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main as evalExtract } from '../../../src/cli/eval-extract.ts';
import { draftReport } from '../../../src/extract/draft.ts';
import { fieldTable, parseCorpus, rateOf, scoreCurated, scoreFields, scorePassages, totalOf, type Field, type Passage } from '../../../src/extract/evaluate.ts';
import { decodeReport, normalizeReport } from '../../../src/extract/normalize.ts';
import { parseLexicon } from '../../../src/extract/review.ts';
import { cleanSourceText, isReadableInQuote } from '../../../src/lib/provenance.ts';
import { UNITS_CSV } from '../../fixtures/units.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/extract');
const CORPUS = join(FIXTURES, 'corpus');
const SEEDS = join(FIXTURES, 'seeds');
const read = (path: string): string => decodeReport(new Uint8Array(readFileSync(path))).text;
const defs = parseLexicon(read(join(SEEDS, 'indicator_defs.csv')), UNITS_CSV);

/** The SHA-256 of frozen.txt as committed before any rule change: the frozen part is never edited. */
const FROZEN_SHA256 = 'fbb3952b56f30e20e6fd77541297d9bace8225c0d3be0cc2edbb531afb0589c2';

const frozen = parseCorpus(read(join(CORPUS, 'frozen.txt')));
const dev = parseCorpus(read(join(CORPUS, 'dev.txt')));
const frozenScore = totalOf('frozen', scorePassages(frozen, defs));
const devScores = scorePassages(dev, defs);
const devScore = totalOf('dev', devScores);
const seedScores = scoreCurated({
  documents: read(join(SEEDS, 'documents.csv')), indicators: read(join(SEEDS, 'indicators.csv')), investments: read(join(SEEDS, 'investments.csv')),
  sourceText: (file) => read(join(SEEDS, 'sources', file)),
}, defs);
const seedScore = totalOf('seeds', seedScores);

/** The development part's floors, measured when the rules were last changed (rates, not pins). */
const DEV_FLOORS: Partial<Record<Field, number>> = {
  figures: 0.95, unit: 0.94, kind: 0.95, kindYear: 0.94, indicator: 0.85, item: 0.94, comparator: 0.96, estimated: 1,
};
const DEV_PRECISION_FLOOR = 0.97;

describe('evaluation corpus', () => {
  it('has at least 40 passages, at least 20 of them frozen, with unique ids', () => {
    const ids = [...frozen, ...dev].map((p) => p.id);
    expect(ids.length).toBeGreaterThanOrEqual(40);
    expect(frozen.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the frozen part as it was committed', () => {
    expect(createHash('sha256').update(readFileSync(join(CORPUS, 'frozen.txt'))).digest('hex')).toBe(FROZEN_SHA256);
  });

  it.each([['frozen', frozen], ['dev', dev]] as const)('%s part: quotes verbatim, values readable, indicators defined, items named', (_, part: readonly Passage[]) => {
    const ids = new Set(defs.defs.map((d) => d.id));
    for (const p of part) {
      expect(p.rows.length, p.id).toBeGreaterThan(0);
      for (const row of p.rows) {
        expect(cleanSourceText(p.text), `${p.id}: “${row.quote}”`).toContain(row.quote);
        // Full-width digits are read as their half-width twins, as the extractor reads them.
        expect(isReadableInQuote(row.value, normalizeReport(row.quote).match), `${p.id}: ${row.value} in “${row.quote}”`).toBe(true);
        if (row.file === 'indicators') expect(ids.has(row.indicator), `${p.id}: ${row.indicator}`).toBe(true);
        else expect(row.project, `${p.id}: ${row.value}${row.unit}`).not.toBe('');
      }
    }
  });

  it('prints the scores per field: frozen part (totals only), development part, seeds', () => {
    console.log(fieldTable('evaluation corpus, frozen part', [frozenScore]));
    console.log(fieldTable('evaluation corpus, development part', [...devScores, devScore], true));
    console.log(fieldTable('seed reports (fixture copy)', [...seedScores, seedScore]));
    expect(frozenScore.fields.figures.of).toBeGreaterThan(100);
  });

  it.each(Object.entries(DEV_FLOORS))('development part: %s at or above its floor', (field, floor) => {
    expect(rateOf(devScore.fields[field as Field])).toBeGreaterThanOrEqual(floor ?? 1);
  });
  it('development part: precision at or above its floor', () => {
    expect(rateOf(devScore.precision)).toBeGreaterThanOrEqual(DEV_PRECISION_FLOOR);
  });
});

describe('seed reports', () => {
  it('recall ≥ 97 %, precision ≥ 90 %', () => {
    expect(rateOf(seedScore.fields.figures), seedScore.misses.join('; ')).toBeGreaterThanOrEqual(0.97);
    expect(rateOf(seedScore.precision)).toBeGreaterThanOrEqual(0.9);
  });
});

describe('scoreFields', () => {
  const text = '今年目标：完成工业投资30亿元，增长8%。';
  const draft = draftReport(text, { id: 't', parkId: 'p', kind: 'plan', year: 2025 }, defs);
  const row = { file: 'indicators', value: '30', unit: '亿元', indicator: 'industrial_investment', kind: 'target', year: '2025', period: '', comparator: '=', flag: '', project: '', quote: '完成工业投资30亿元' } as const;

  it('counts a figure drafted inside its quote, and a wrong unit or kind against its field only', () => {
    const right = scoreFields('t', draft, [row]);
    expect(right.fields.figures).toEqual({ right: 1, of: 1 });
    expect(right.fields.unit).toEqual({ right: 1, of: 1 });
    const wrong = scoreFields('t', draft, [{ ...row, unit: '亿美元', kind: 'actual' }]);
    expect(wrong.fields.figures).toEqual({ right: 1, of: 1 });
    expect(wrong.fields.unit).toEqual({ right: 0, of: 1 });
    expect(wrong.fields.kind).toEqual({ right: 0, of: 1 });
  });

  it('counts a quote the draft has no figure in as not drafted', () => {
    expect(scoreFields('t', draft, [{ ...row, value: '31' }]).fields.figures).toEqual({ right: 0, of: 1 });
  });
});

describe('npm run eval:extract', () => {
  const run = async (args: string[]): Promise<{ code: number; out: string }> => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
    try {
      return { code: await evalExtract(args), out: lines.join('\n') };
    } finally {
      log.mockRestore();
      err.mockRestore();
    }
  };

  it('prints the frozen part’s totals only, the development part with --misses, and the seeds of the last --data-dir', async () => {
    const { code, out } = await run(['--data-dir', 'nowhere', '--data-dir', SEEDS, '--misses']);
    expect(code).toBe(0);
    expect(out).toMatch(/^frozen \(\d+\)/mu);
    expect(out).toMatch(/^dev \(\d+\)/mu);
    expect(out).toContain('junshan-2024');
    const frozenIds = new Set(frozen.map((p) => `${p.id}:`));
    expect(out.split('\n').filter((l) => [...frozenIds].some((id) => l.trim().startsWith(id)))).toEqual([]);
  });

  it('exits 2 without indicator definitions', async () => {
    expect((await run(['--data-dir', join(FIXTURES, 'no-such-folder')])).code).toBe(2);
  });
});
