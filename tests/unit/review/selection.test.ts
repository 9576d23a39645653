import { describe, expect, it } from 'vitest';
import { rowFromSelection, type SelectionContext } from '../../../src/review/selection.ts';

const TEXT = '园区新建道路12公里，完成规模工业总产值1200亿元。\n招商到位资金（亿元）：45\n';
const ctx: SelectionContext = { text: TEXT, units: ['亿元', '万元', '元', '%'], id: 'd-i09', parkId: 'p', docId: 'd', year: '2009', kind: 'target' };
const at = (s: string) => [TEXT.indexOf(s), TEXT.indexOf(s) + s.length] as const;

describe('rowFromSelection', () => {
  it('reads the number and the longest listed unit after it, quoting its clause', () => {
    const row = rowFromSelection(ctx, ...at('1200'));
    expect('fields' in row && [row.fields.value, row.fields.unit, row.fields.quote, row.confidence, row.origin]).toEqual(['1200', '亿元', '完成规模工业总产值1200亿元', 'low', 'selected']);
  });
  it('leaves a unit not on the list empty and says what follows the number', () => {
    const row = rowFromSelection(ctx, ...at('12'));
    expect('fields' in row && row.fields.unit).toBe('');
    expect('fields' in row && row.review_note).toContain('“公里，完” follows it');
  });
  it('quotes a table row’s own line only', () => {
    const row = rowFromSelection(ctx, ...at('45'));
    expect('fields' in row && [row.fields.quote, row.fields.unit]).toEqual(['招商到位资金（亿元）：45', '']);
  });
  it('refuses a selection without a number or outside the text', () => {
    expect(rowFromSelection(ctx, 0, 2)).toEqual({ error: 'no number in “园区”' });
    expect(rowFromSelection(ctx, 5, 500)).toEqual({ error: 'the selection is not inside the report text' });
  });
});
