import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/en.ts';
import { zh } from '../../../src/i18n/zh-CN.ts';
import { t } from '../../../src/i18n/index.ts';
import { periodText } from '../../../src/derived/value-text.ts';

describe('interface strings', () => {
  it('every key exists in every locale, and no locale has extra keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
  it('no string is empty, and placeholders match across locales', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[k].length, k).toBeGreaterThan(0);
      expect(en[k].length, k).toBeGreaterThan(0);
      expect(holes(en[k]), k).toEqual(holes(zh[k]));
    }
  });
  it('fills placeholders', () => {
    expect(t('en', 'parks.count', { n: 4 })).toBe('4 parks');
    expect(t('zh-CN', 'parks.count', { n: 4 })).toBe('4 个园区');
  });
});

describe('periods', () => {
  it.each([
    ['1-11月', 'Jan–Nov'],
    ['1-9月', 'Jan–Sep'],
    ['截至11月底', 'to end-Nov'],
    ['全年', 'full year'],
    ['某时', '某时'],
  ])('%s → %s in English, unchanged in Chinese', (p, expected) => {
    expect(periodText(p, 'en')).toBe(expected);
    expect(periodText(p, 'zh-CN')).toBe(p);
  });
});
