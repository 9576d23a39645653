// lib/: pure helpers that import nothing else in src/ and run in the browser too.
import { MONEY, MONEY_USD, toBase, type UnitDef } from './units.ts';

export type Locale = 'zh-CN' | 'en';

const compactCache = new Map<string, Intl.NumberFormat>();

function compact(locale: Locale, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let f = compactCache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', {
      notation: 'compact',
      maximumFractionDigits: digits,
    });
    compactCache.set(key, f);
  }
  return f;
}

/** Plain number with grouping as the locale writes it: 1,038.884 / 1,038.884. */
const plainCache = new Map<Locale, Intl.NumberFormat>();

export function formatPlain(value: number, locale: Locale = 'zh-CN'): string {
  // One formatter per locale: constructing Intl.NumberFormat per call cost seconds at national scale.
  let f = plainCache.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 4 });
    plainCache.set(locale, f);
  }
  return f.format(value);
}

/** Money in 万元 (the base of the money dimension), compact: 2741400 → "274.14亿元" in zh, "27.41B yuan" in en. */
export function formatMoney(wan: number, locale: Locale = 'zh-CN', digits = 2): string {
  const yuan = wan * 10_000;
  if (locale === 'zh-CN') return `${compact(locale, digits).format(yuan)}元`;
  return `${compact(locale, digits).format(yuan)} yuan`;
}

/** Compact axis tick in the locale: 30000000000 → "300亿" / "30B". */
export function formatCompact(value: number, locale: Locale = 'zh-CN', digits = 1): string {
  return compact(locale, digits).format(value);
}

/**
 * A value with its unit as a reader expects it. 人民币 is re-expressed compactly (万/亿 in zh,
 * million/billion in en), 美元 likewise in US dollars, never in yuan; other units keep the
 * source's wording, in English with the unit table's English name.
 */
export function formatValue(value: number, unit: UnitDef, locale: Locale = 'zh-CN'): string {
  if (unit.dimension === MONEY) return formatMoney(toBase(value, unit).value, locale);
  if (unit.unit === '%') return `${formatPlain(value, locale)}%`;
  if (locale === 'zh-CN') return `${formatPlain(value, locale)}${unit.unit}`;
  if (unit.dimension === MONEY_USD) return `US$${compact(locale, 2).format(toBase(value, unit).value * 10_000)}`;
  return `${formatPlain(value, locale)} ${unit.name_en}`.trim();
}

const ZH_COUNTS = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];
const EN_COUNTS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count as prose writes it: words up to ten (四个园区, four parks), digits above (2,543 parks). */
export function countWord(n: number, locale: Locale = 'zh-CN'): string {
  if (Number.isInteger(n) && n >= 0 && n <= 10) return (locale === 'zh-CN' ? ZH_COUNTS : EN_COUNTS)[n] ?? String(n);
  return formatPlain(n, locale);
}

/** "four" → "Four" (for a count that starts an English heading). */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
