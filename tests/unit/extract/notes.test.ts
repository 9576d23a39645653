/**
 * Every note the extractor writes about a text is true of that text: the unit column is the unit
 * the quote writes after the number, a note saying the text writes X without Y finds X and not Y
 * after the number, a quoted wording or indicator word is in the text, a unit said to be missing
 * from units.csv is missing. Run over the fixture passages (tests/fixtures/extract/) and a passage
 * of national-report units (tests/fixtures/extract-units/).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport, type Draft } from '../../../src/extract/draft.ts';
import { MEASURE_WORDS } from '../../../src/extract/numbers.ts';
import { normalizeReport } from '../../../src/extract/normalize.ts';
import { textsAfterNumber } from '../../../src/lib/provenance.ts';
import { unitAtStart } from '../../../src/lib/units.ts';
import { FIXTURE_LEXICON } from '../../fixtures/units.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');
const passages = [
  ...readdirSync(join(FIXTURES, 'extract')).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, 'extract', f)),
  ...readdirSync(join(FIXTURES, 'extract-units')).filter((f) => f.endsWith('.txt')).map((f) => join(FIXTURES, 'extract-units', f)),
];
const { units } = FIXTURE_LEXICON;
const drafts: [string, Draft][] = passages.map((p) => [p, draftReport(readFileSync(p, 'utf8'), { id: 't', parkId: 'p', kind: 'report', year: 2009 }, FIXTURE_LEXICON)]);

interface Row { id: string; value: string; value_high: string; unit: string; quote: string; note: string; review_note: string }
const rowsOf = (d: Draft): Row[] => [
  ...d.indicators,
  ...d.investments.map((r) => ({ ...r, value: r.amount, value_high: r.amount_high })),
];
/** The simplified, half-width form the extractor reads: units are written in it (億元 → 亿元). */
const plain = (s: string): string => normalizeReport(s).match;
/** What a quote writes right after the row's number, 余/多 (about) set aside. */
const afterNumber = (r: Row): string[] => [r.value, r.value_high].filter(Boolean).flatMap((v) => textsAfterNumber(v, plain(r.quote))).map((t) => t.replace(/^([万亿]?)[余多]/u, '$1'));

/** The unit word a text starts with: a unit of the table or a measure word, else its next character. */
const unitWordAt = (t: string): string => unitAtStart(t, units)?.unit ?? MEASURE_WORDS.find((w) => t.startsWith(w)) ?? t.slice(0, 1);

/** Each claim a note can make, with a check against its row's quote; a note of no known form is reported. */
const CLAIMS: readonly { re: RegExp; holds: (m: RegExpExecArray, r: Row) => boolean }[] = [
  // 原文写“X”未写“Y”: X after the number, and no Y in the unit word after X (美元 writes 元).
  { re: /原文写“([^”]+)”未写“([^”]+)”/gu, holds: (m, r) => afterNumber(r).some((a) => a.startsWith(m[1] ?? '\u0000') && !unitWordAt(a.slice((m[1] ?? '').length)).includes(m[2] ?? '\u0000')) },
  // 原文“亿”后没有单位词: 亿 after the number, then neither a unit of the table nor a measure word.
  { re: /原文“亿”后没有单位词/gu, holds: (_, r) => afterNumber(r).some((a) => a.startsWith('亿') && !unitAtStart(a.slice(1), units) && !MEASURE_WORDS.some((w) => a.slice(1).startsWith(w))) },
  // 原文为“X”: the wording is in the quote.
  { re: /原文为“([^”]+)”/gu, holds: (m, r) => r.quote.includes(m[1] ?? '\u0000') },
  // 原文单位为“X”: the quote writes X after the number.
  { re: /原文单位为“([^”]+)”/gu, holds: (m, r) => afterNumber(r).some((a) => a.startsWith(m[1] ?? '\u0000')) },
];

describe('notes the extractor writes', () => {
  it('read units as written in the passage of national-report units', () => {
    const d = drafts.find(([p]) => p.endsWith('tianjin-2009.txt'))?.[1];
    const got = rowsOf(d as Draft).map((r) => `${r.value} ${r.unit}`);
    expect(got).toEqual(expect.arrayContaining(['18 %', '190 亿美元', '35 亿美元', '4 户', '12 公里', '320 亿美元', '8000 万美元', '5 万千瓦', '3000 千瓦时', '8.6 公里', '800 米', '5 万亩', '3 场次', '1.2 万人', '200 批次']));
    expect(got).not.toContain('190 亿元');
    const indicator = (value: string, unit: string) => (d as Draft).indicators.find((r) => r.value === value && r.unit === unit);
    expect(indicator('190', '亿美元')?.indicator).toBe('exports_usd');
    expect(indicator('35', '亿美元')?.indicator).toBe('fdi_used');
    expect(indicator('4', '户')?.indicator).toBe('new_scale_enterprises');
    expect(indicator('18', '%')?.indicator).toBe('gdp_growth');
    expect(indicator('320', '亿美元')?.indicator).toBe('import_export_usd');
    expect(indicator('86', '亿元')?.indicator).toBe('retail_sales');
    expect(indicator('45.6', '亿元')?.indicator).toBe('general_budget_revenue');
  });

  it('match 万元生产总值能耗 and 万元工业增加值能耗 to their own definitions at high confidence', () => {
    const d = drafts.find(([p]) => p.endsWith('tianjin-2009.txt'))?.[1] as Draft;
    expect(d.indicators.find((r) => r.quote.includes('万元生产总值能耗'))).toMatchObject({ indicator: 'gdp_energy_intensity_reduction', confidence: 'high' });
    expect(d.indicators.find((r) => r.quote.includes('万元工业增加值能耗'))).toMatchObject({ indicator: 'energy_intensity_reduction', confidence: 'high' });
  });

  it('flag a unit the table lacks, as written, with the hint to add it, and list it in the draft', () => {
    const d = drafts.find(([p]) => p.endsWith('tianjin-2009.txt'))?.[1] as Draft;
    const kwh = rowsOf(d).find((r) => r.unit === '千瓦时');
    expect(kwh?.review_note).toContain('unit 千瓦时 (as the text writes it) is not in units.csv: add a row for it to data/units.csv');
    expect(d.unlistedUnits.map((u) => u.unit).sort()).toEqual(['万亩', '千瓦时']);
  });

  it.each(drafts.map(([p, d]) => [p.split('/').slice(-2).join('/'), d] as const))('%s: the unit is what the quote writes, and every note is true of its quote', (_, d) => {
    const problems: string[] = [];
    for (const r of rowsOf(d)) {
      const after = afterNumber(r);
      const inferred = r.note.includes('原文“亿”后没有单位词');
      if (!inferred && !after.some((a) => a.startsWith(r.unit))) problems.push(`${r.id}: unit ${r.unit} but the quote writes “${after.join('” / “')}” after ${r.value}`);
      for (const claim of CLAIMS) for (const m of r.note.matchAll(claim.re)) if (!claim.holds(m, r)) problems.push(`${r.id}: note “${m[0]}” is not true of “${r.quote}”`);
      const word = /indicator from “([^”(]+?)(?: \(([^)]*)\))?”/u.exec(r.review_note);
      if (word && [word[1], word[2]].some((w) => w !== undefined && !plain(d.text).includes(w))) problems.push(`${r.id}: review note names “${word[0]}”, which the text does not write`);
      const unlisted = /unit (\S+) \(as the text writes it\) is not in units\.csv/u.exec(r.review_note)?.[1];
      if (unlisted !== undefined && (units.has(unlisted) || !after.some((a) => a.startsWith(unlisted)))) problems.push(`${r.id}: review note says ${unlisted} is written and not in units.csv`);
      if (unlisted === undefined && !units.has(r.unit)) problems.push(`${r.id}: unit ${r.unit} is not in units.csv and the review note does not say so`);
    }
    expect(problems).toEqual([]);
  });

  it('would catch the note the issue found: “原文写“亿”未写“元”” on 190亿美元', () => {
    const row: Row = { id: 'x', value: '190', value_high: '', unit: '亿元', quote: '出口完成190亿美元', note: '原文写“亿”未写“元”。', review_note: '' };
    const claim = CLAIMS[0];
    const m = claim?.re.exec(row.note);
    if (claim) claim.re.lastIndex = 0;
    expect(m && claim?.holds(m, row)).toBe(false);
    expect(afterNumber(row).some((a) => a.startsWith(row.unit))).toBe(false);
  });
});
