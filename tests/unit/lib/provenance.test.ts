import { describe, expect, it } from 'vitest';
import { cleanSourceText, findQuote, isReadableInQuote } from '../../../src/lib/provenance.ts';

describe('cleanSourceText', () => {
  it('drops pinyin annotations and nothing else', () => {
    expect(cleanSourceText('產(chǎn)業(yè)開發(fā)區(qū)(一)')).toBe('產業開發區(一)');
  });
});

describe('findQuote', () => {
  it('finds a verbatim quote and refuses a paraphrase', () => {
    const text = '完成规模工业总产值274.14亿元；完成规模工业增加值64.8亿元';
    expect(findQuote(text, '规模工业增加值64.8亿元')).toEqual({ start: 20, end: 33 });
    expect(findQuote(text, '规模工业增加值 64.8亿元')).toBeNull();
    expect(findQuote(text, '')).toBeNull();
  });
});

describe('isReadableInQuote', () => {
  it.each([
    ['274.14', '完成规模工业总产值274.14亿元', true],
    ['5', '总产值50.6亿元', false],
    ['50', '总产值50.6亿元', false],
    ['8', '招商引进8-2023个工程入园', true],
    ['2023', '招商引进8-2023个工程入园', true],
    ['3', '排名进前三', true],
    ['2', '排名进入前二', true],
    ['4', '入规企业达26家以上', false],
    ['1038.884', '已征存量土地有1038.884亩', true],
    ['', '任何', false],
  ])('%s in %s → %s', (cell, quote, ok) => {
    expect(isReadableInQuote(cell, quote)).toBe(ok);
  });
});

describe('Chinese numerals', () => {
  it('reads a rank or a count, not a word that contains a numeral', () => {
    expect(isReadableInQuote('2', '实现国、地两税突破1亿元')).toBe(false);
    expect(isReadableInQuote('3', '三个倍增')).toBe(true);
    expect(isReadableInQuote('1', '一是坚持')).toBe(false);
  });
});
