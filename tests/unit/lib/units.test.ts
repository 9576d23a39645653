import { describe, expect, it } from 'vitest';
import { fromBase, isMoney, sameDimension, toBase, unitAtStart } from '../../../src/lib/units.ts';
import { FIXTURE_UNITS, unitDef } from '../../fixtures/units.ts';

describe('units', () => {
  it('converts to the base unit of the table without binary noise', () => {
    expect(toBase(274.14, unitDef('亿元'))).toEqual({ value: 2741400, unit: '万元' });
    expect(toBase(5, unitDef('万平方米'))).toEqual({ value: 50000, unit: '平方米' });
    expect(toBase(11, unitDef('万伏'))).toEqual({ value: 110, unit: '千伏' });
    expect(toBase(12, unitDef('公里'))).toEqual({ value: 12000, unit: '米' });
    expect(fromBase(2741400, unitDef('亿元'))).toBe(274.14);
  });

  it('keeps 美元 a currency of its own: never the dimension of 元, never money the site totals', () => {
    expect(sameDimension(unitDef('亿美元'), unitDef('亿元'))).toBe(false);
    expect(isMoney(unitDef('亿美元'))).toBe(false);
    expect(isMoney(unitDef('万元'))).toBe(true);
    expect(toBase(190, unitDef('亿美元'))).toEqual({ value: 1900000, unit: '万美元' });
  });

  it('reads the longest unit of the table at the start of a text', () => {
    expect(unitAtStart('亿美元，实际', FIXTURE_UNITS)?.unit).toBe('亿美元');
    expect(unitAtStart('亿元', FIXTURE_UNITS)?.unit).toBe('亿元');
    expect(unitAtStart('平方公里', FIXTURE_UNITS)?.unit).toBe('平方公里');
    expect(unitAtStart('亿', FIXTURE_UNITS)).toBeUndefined();
    expect(unitAtStart('toString', FIXTURE_UNITS)).toBeUndefined();
  });
});
