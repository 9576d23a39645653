import { describe, expect, it } from 'vitest';
import { pairPromises, pairRowId, isPartialPeriod } from '../../../src/derived/promises.ts';
import type { Indicator } from '../../../src/data/model.ts';
import { unitDef } from '../../fixtures/units.ts';

function row(p: Partial<Indicator>): Indicator {
  return {
    unitDef: unitDef(p.unit ?? '亿元'),
    id: 'x', park_id: 'p', doc_id: 'd', year: 2017, period: '全年', indicator: 'industrial_output', kind: 'target',
    value: 1, value_high: undefined, comparator: '=', unit: '亿元', quote: '', flag: 'ok', note: '',
    span: { start: 0, end: 0 }, line: 2, valueText: '1', ...p,
  };
}

describe('pairPromises', () => {
  it('pairs target and actual, with progress and part-year caveat (双牌 2017)', () => {
    const [r] = pairPromises(
      [row({ id: 't', value: 55 }), row({ id: 'a', kind: 'actual', value: 50.6, period: '1-11月' })],
      () => true,
    );
    expect(r?.status).toBe('behind');
    expect(r?.partial).toBe(true);
    expect(r?.progress).toBeCloseTo(50.6 / 55);
  });
  it('compares across 亿元 and 万元 and honours comparators', () => {
    const [r] = pairPromises([row({ value: 1, comparator: '>' }), row({ kind: 'actual', value: 12000, unit: '万元' })], () => true);
    expect(r?.status).toBe('met');
    const [rank] = pairPromises([row({ value: 3, comparator: '<=', unit: '位' }), row({ kind: 'actual', value: 2, unit: '位' })], () => false);
    expect(rank?.status).toBe('met');
  });
  it('never compares 美元 with 元: a target in 亿美元 and an actual in 亿元 cannot be judged', () => {
    const [r] = pairPromises([row({ value: 100, unit: '亿美元' }), row({ kind: 'actual', value: 600, unit: '亿元' })], () => true);
    expect(r?.status).toBe('unreadable');
    const [usd] = pairPromises([row({ value: 1, unit: '亿美元' }), row({ kind: 'actual', value: 12000, unit: '万美元' })], () => true);
    expect(usd?.status).toBe('met');
  });
  it('never judges a garbled value', () => {
    const [r] = pairPromises([row({ value: 2023, flag: 'garbled' }), row({ kind: 'actual', value: 10 })], () => true);
    expect(r?.status).toBe('unreadable');
  });
  it('puts a pair in one table row, its actual\'s; a lone figure in its own', () => {
    const [pair] = pairPromises([row({ id: 't' }), row({ id: 'a', kind: 'actual' })], () => true);
    expect(pair && pairRowId(pair)).toBe('a');
    const [alone] = pairPromises([row({ id: 't' })], () => true);
    expect(alone && pairRowId(alone)).toBe('t');
  });
  it('lists a lone target as no_actual', () => {
    expect(pairPromises([row({})], () => true)[0]?.status).toBe('no_actual');
  });
  it('knows part-year periods', () => {
    expect(isPartialPeriod('1-11月')).toBe(true);
    expect(isPartialPeriod('全年')).toBe(false);
  });
});

describe('what is not a promise', () => {
  it('keeps a before/after state (调整前 → 调整后) apart from year targets', () => {
    const rows = pairPromises([row({ id: 't', indicator: 'planned_area', value: 5.08, unit: '平方公里', period: '调整后' }), row({ id: 'a', kind: 'actual', indicator: 'planned_area', value: 3.51, unit: '平方公里', period: '调整前' })], () => true);
    expect(rows.map((r) => r.status).sort()).toEqual(['no_actual', 'no_target']);
  });
});
