import { describe, expect, it } from 'vitest';
import { boolParam, enumParam, numberParam, readState, setParam, writeState, type Spec } from '../../../src/lib/url-state.ts';

interface View { indicator: string; parks: readonly string[]; zoom: number; labels: boolean }
const spec: Spec<View> = {
  indicator: enumParam('i', ['industrial_output', 'tax_revenue'] as const, 'industrial_output'),
  parks: setParam('parks', ['linxiang', 'shuangpai', 'junshan'], ['linxiang', 'shuangpai']),
  zoom: numberParam('z', 1, 1, 8),
  labels: boolParam('labels', true),
};

describe('url state', () => {
  it.each([
    ['', { indicator: 'industrial_output', parks: ['linxiang', 'shuangpai'], zoom: 1, labels: true }],
    ['?i=tax_revenue', { indicator: 'tax_revenue', parks: ['linxiang', 'shuangpai'], zoom: 1, labels: true }],
    ['?parks=junshan,linxiang&z=2.5', { indicator: 'industrial_output', parks: ['linxiang', 'junshan'], zoom: 2.5, labels: true }],
    // junk is ignored, never thrown
    ['?i=<script>&z=NaN&z=99&parks=,,nope&labels=yes&x=1', { indicator: 'industrial_output', parks: ['linxiang', 'shuangpai'], zoom: 1, labels: true }],
    ['?%E0%A4%A=1&i=tax_revenue', { indicator: 'tax_revenue', parks: ['linxiang', 'shuangpai'], zoom: 1, labels: true }],
  ])('reads %s', (search, expected) => {
    expect(readState(spec, search)).toEqual(expected);
  });

  it.each([
    [{ indicator: 'industrial_output', parks: ['shuangpai', 'linxiang'], zoom: 1, labels: true }, ''],
    [{ indicator: 'tax_revenue', parks: ['linxiang', 'shuangpai'], zoom: 1, labels: false }, '?i=tax_revenue&labels=0'],
    [{ indicator: 'industrial_output', parks: ['junshan'], zoom: 3, labels: true }, '?parks=junshan&z=3'],
  ] as const)('writes only non-defaults: %j → %s', (state, expected) => {
    expect(writeState(spec, state)).toBe(expected);
  });

  it('round-trips', () => {
    const s: View = { indicator: 'tax_revenue', parks: ['junshan', 'shuangpai'], zoom: 4, labels: false };
    expect(readState(spec, writeState(spec, s))).toEqual({ ...s, parks: ['shuangpai', 'junshan'] });
  });

  it('migrates old parameter names', () => {
    expect(readState(spec, '?indicator=tax_revenue', { indicator: 'i' }).indicator).toBe('tax_revenue');
  });
});
