/** Radicals a font's shared glyphs put into a PDF's text layer read as the characters the page shows. */
import { describe, expect, it } from 'vitest';
import { isTraditional, unifyRadicals } from '../../../src/sources/radicals.ts';

describe('unifyRadicals', () => {
  it('maps Kangxi radicals by NFKC and the supplement’s by Unicode’s equivalents, nothing else', () => {
    expect(unifyRadicals('规模⼯业总产值⼀期，⻓期⽬标，⻚⻔⻋⻅⻛')).toBe('规模工业总产值一期，长期目标，页门车见风');
    expect(unifyRadicals('２７４．１４亿元（ﬁ）')).toBe('２７４．１４亿元（ﬁ）');
  });

  it('reads ⼾ as the form of the report’s script', () => {
    expect(unifyRadicals('落⼾', false)).toBe('落户');
    expect(unifyRadicals('落⼾', true)).toBe('落戶');
  });
});

describe('isTraditional', () => {
  it('tells a traditional report from a simplified one', () => {
    expect(isTraditional('產業開發區2024年工作總結及2025年工作計劃，規模工業總產值')).toBe(true);
    expect(isTraditional('产业开发区2024年工作总结及2025年工作计划，规模工业总产值')).toBe(false);
    expect(isTraditional('2024')).toBe(false);
  });
});
