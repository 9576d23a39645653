import { describe, expect, it } from 'vitest';
import { countWord, formatCompact, formatMoney, formatValue } from '../../../src/lib/format.ts';
import { unitDef } from '../../fixtures/units.ts';

describe('formatValue', () => {
  it.each([
    [274.14, '亿元', 'zh-CN', '274.14亿元'],
    [8739.66, '万元', 'zh-CN', '8739.66万元'],
    [0.3, '亿元', 'zh-CN', '3000万元'],
    [274.14, '亿元', 'en', '27.41B yuan'],
    [45.2, '%', 'zh-CN', '45.2%'],
    [1038.884, '亩', 'en', '1,038.884 mu'],
    [190, '亿美元', 'zh-CN', '190亿美元'],
    [190, '亿美元', 'en', 'US$19B'],
    [4, '户', 'en', '4 firms'],
  ] as const)('%s %s in %s → %s', (v, unit, locale, expected) => {
    expect(formatValue(v, unitDef(unit), locale)).toBe(expected);
  });
});

describe('formatCompact', () => {
  it('uses 万/亿 in Chinese and K/M/B in English', () => {
    expect(formatCompact(3e10)).toBe('300亿');
    expect(formatCompact(52000)).toBe('5.2万');
    expect(formatCompact(3e10, 'en')).toBe('30B');
  });
  it('formats money in 万元, the base of the money dimension', () => {
    expect(formatMoney(10000)).toBe('1亿元');
    expect(formatMoney(2741400, 'en')).toBe('27.41B yuan');
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
