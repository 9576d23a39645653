import { describe, expect, it } from 'vitest';
import { countWord, formatCompact, formatMoney, formatValue } from '../../../src/lib/format.ts';

describe('formatValue', () => {
  it.each([
    [274.14, '亿元', 'zh-CN', '274.14亿元'],
    [8739.66, '万元', 'zh-CN', '8739.66万元'],
    [0.3, '亿元', 'zh-CN', '3000万元'],
    [274.14, '亿元', 'en', '27.41B yuan'],
    [45.2, '%', 'zh-CN', '45.2%'],
    [1038.884, '亩', 'en', '1,038.884 mu'],
  ] as const)('%s %s in %s → %s', (v, unit, locale, expected) => {
    expect(formatValue(v, unit, locale)).toBe(expected);
  });
});

describe('formatCompact', () => {
  it('uses 万/亿 in Chinese and K/M/B in English', () => {
    expect(formatCompact(3e10)).toBe('300亿');
    expect(formatCompact(52000)).toBe('5.2万');
    expect(formatCompact(3e10, 'en')).toBe('30B');
  });
  it('formats money from any money unit the same way', () => {
    expect(formatMoney(1, '亿元')).toBe(formatMoney(10000, '万元'));
  });
});

describe('countWord', () => {
  it('writes small counts as words and large ones as grouped digits, per locale', () => {
    expect(countWord(4)).toBe('四');
    expect(countWord(2)).toBe('两');
    expect(countWord(5, 'en')).toBe('five');
    expect(countWord(10, 'en')).toBe('ten');
    expect(countWord(11)).toBe('11');
    expect(countWord(2543, 'en')).toBe('2,543');
    expect(countWord(2543)).toBe('2,543');
  });
});
