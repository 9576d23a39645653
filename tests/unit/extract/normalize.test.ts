import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeReport, halfWidthDigits, normalizeReport, simplifyAligned } from '../../../src/extract/normalize.ts';
import { cleanSourceText } from '../../../src/lib/provenance.ts';

const SOURCES = join(import.meta.dirname, '../../../data/sources');

describe('normalizeReport', () => {
  it('drops pinyin, simplifies for matching and keeps both strings aligned', () => {
    const { text, match } = normalizeReport('完成技(jì)工(gōng)貿(mào)總(zǒng)收(shōu)入(rù)66.23億(yì)元(yuán)');
    expect(text).toBe('完成技工貿總收入66.23億元');
    expect(match).toBe('完成技工贸总收入66.23亿元');
  });

  it('maps every offset of the traditional report one to one', () => {
    const raw = readFileSync(join(SOURCES, '004_4b3c7864976e5117.txt'), 'utf8');
    const { text, match } = normalizeReport(raw);
    expect(text).toBe(cleanSourceText(raw));
    expect(match.length).toBe(text.length);
    expect(match).toContain('着眼助企发展');
    expect(match.slice(text.indexOf('騰出廠房面積'), text.indexOf('騰出廠房面積') + 6)).toBe('腾出厂房面积');
  });

  it('converts character by character when a phrase would change length', () => {
    const phraseWise = (s: string): string => s.replaceAll('電腦', '计算机');
    const perChar = (s: string): string => (s === '電' ? '电' : s === '腦' ? '脑' : phraseWise(s));
    const convert = (s: string): string => (s.length === 1 ? perChar(s) : phraseWise(s));
    expect(simplifyAligned('買電腦3台', convert)).toBe('買电脑3台');
  });

  it('reads full-width digits', () => {
    expect(halfWidthDigits('２７４．１４亿元，增长５％')).toBe('274.14亿元，增长5%');
  });
});

describe('decodeReport', () => {
  it('reads UTF-8 as is and GBK as GB18030', () => {
    const text = '完成规模工业总产值274.14亿元';
    expect(decodeReport(new TextEncoder().encode(text))).toEqual({ text, encoding: 'utf-8' });
    expect(decodeReport(new Uint8Array(iconv.encode(text, 'gbk')))).toEqual({ text, encoding: 'gb18030' });
  });

  it('keeps a UTF-8 file with one broken byte as UTF-8, the damage showing as U+FFFD', () => {
    const good = new TextEncoder().encode('完成规模工业总产值274.14亿元，完成规模工业增加值64.8亿元');
    const bytes = new Uint8Array([...good.slice(0, 6), 0xff, ...good.slice(6)]);
    const { text, encoding } = decodeReport(bytes);
    expect(encoding).toBe('utf-8 (damaged)');
    expect(text).toContain('\uFFFD');
  });
});
