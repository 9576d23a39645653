/**
 * Traditional characters, pinyin annotations and missing line breaks change nothing but the
 * quotes' characters: the same figures come out with the same kind, indicator and period.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { draftReport, type Draft } from '../../../src/extract/draft.ts';
import { parseLexicon } from '../../../src/extract/review.ts';
import { cleanSourceText, isReadableInQuote } from '../../../src/lib/provenance.ts';

const defs = parseLexicon(readFileSync(join(import.meta.dirname, '../../../data/indicator_defs.csv'), 'utf8'), readFileSync(join(import.meta.dirname, '../../../data/units.csv'), 'utf8'));
const doc = { id: 'test-2024', parkId: 'test', kind: 'report_and_plan' as const, year: 2024 };

const TRADITIONAL = `測試產業開發區2024年工作情況及2025年工作安排
一、2024年工作情況
1-9月,園(yuán)區(qū)完成規模工業總產(chǎn)值312.5億元,同比增長8.2%(指標值10%);上繳稅收2.1億元。新增規模工業企業6家,走訪企業80家,發展入黨積極分子12名。累計完成閑置土地處置66.6畝。投入80萬元實施了標準化廠房屋頂防水改造。
二、2025年工作安排
力爭完成技工貿總收入450億元以上,簽約項目不少於40個,騰出廠房面積3萬平方米以上。全面啟動污水處理廠提質改造項目,總投資約5000萬元。在全市園區考核排名進前三。
`;

const flat = (s: string): string => s.replace(/\s*\n\s*/gu, '');
const facts = (d: Draft): string[] => [
  ...d.indicators.map((r) => `i ${r.value}${r.value_high ? `-${r.value_high}` : ''} ${r.unit} ${r.comparator} ${r.kind} ${r.indicator} ${r.year} ${r.period}`),
  ...d.investments.map((r) => `v ${r.amount} ${r.unit} ${r.basis} ${r.category}`),
].sort();

describe('a traditional-character report', () => {
  const draft = draftReport(TRADITIONAL, doc, defs);

  it('drafts every figure with its kind, indicator, year and period', () => {
    expect(facts(draft)).toEqual([
      'i 10 % = target industrial_output_growth 2024 全年',
      'i 12 名 = actual party_activists 2024 截至报告时',
      'i 2.1 亿元 = actual tax_revenue 2024 1-9月',
      'i 3 万平方米 >= target factory_space_vacated 2025 全年',
      'i 3 位 <= target rank_yueyang_park 2025 全年',
      'i 312.5 亿元 = actual industrial_output 2024 1-9月',
      'i 40 个 >= target projects_signed 2025 全年',
      'i 450 亿元 >= target tech_industry_trade_revenue 2025 全年',
      'i 6 家 = actual new_scale_enterprises 2024 截至报告时',
      'i 66.6 亩 = actual land_disposal 2024 截至报告时',
      'i 8.2 % = actual industrial_output_growth 2024 1-9月',
      'i 80 家 = actual enterprises_visited 2024 截至报告时',
      'v 3 万平方米 planned factory',
      'v 5000 万元 planned water',
      'v 80 万元 completed factory',
    ]);
  });

  it('quotes the traditional text verbatim (pinyin dropped) with the value readable', () => {
    const cleaned = cleanSourceText(TRADITIONAL);
    for (const row of [...draft.indicators, ...draft.investments]) {
      expect(cleaned).toContain(row.quote);
      expect(isReadableInQuote('value' in row ? row.value : row.amount, row.quote)).toBe(true);
    }
    expect(draft.indicators.find((r) => r.value === '312.5')?.quote).toBe('園區完成規模工業總產值312.5億元');
    expect(draft.indicators.find((r) => r.value === '8.2')?.quote).toBe('園區完成規模工業總產值312.5億元,同比增長8.2%(指標值10%)');
  });

  it('drafts the same rows from the text without line breaks', () => {
    const without = draftReport(flat(TRADITIONAL), doc, defs);
    expect(facts(without)).toEqual(facts(draft));
    for (const row of without.indicators) expect(cleanSourceText(flat(TRADITIONAL))).toContain(row.quote);
  });

  it('drafts the same rows from the simplified text', () => {
    const simplified = Converter({ from: 'tw', to: 'cn' })(cleanSourceText(TRADITIONAL));
    expect(facts(draftReport(simplified, doc, defs))).toEqual(facts(draft));
  });
});
