import { describe, expect, it } from 'vitest';
import { fromBase, isUnit, toBase } from '../../../src/lib/units.ts';

describe('units', () => {
  it('converts to the base unit without binary noise', () => {
    expect(toBase(274.14, '亿元')).toEqual({ value: 2741400, unit: '万元' });
    expect(toBase(5, '万平方米')).toEqual({ value: 50000, unit: '平方米' });
    expect(toBase(11, '万伏')).toEqual({ value: 110, unit: '千伏' });
    expect(fromBase(2741400, '亿元')).toBe(274.14);
  });
  it('knows the fixed list and nothing else', () => {
    expect(isUnit('亿元')).toBe(true);
    expect(isUnit('亿')).toBe(false);
    expect(isUnit('toString')).toBe(false);
  });
});
