/**
 * Garbled source text: broken bytes (U+FFFD, 锟斤拷), mojibake such as "確!皟蓚維護", and
 * template overwrites where a re-dating tool replaced a number by the year ("8-2023个",
 * "20230%", "2023千伏"). Rows built on such text are flagged, never silently trusted.
 */
import { MONEY, MONEY_USD } from '../lib/units.ts';

export type GarbleKind = 'broken-bytes' | 'mojibake' | 'year-as-list-number';

export interface GarbledSpan {
  start: number;
  end: number;
  kind: GarbleKind;
}

let common: Set<string> | null = null;

/**
 * The 6,763 hanzi of GB 2312 (GBK lead bytes B0–F7): every character of ordinary simplified
 * prose. Built from the platform's GB18030 decoder, so no table is shipped.
 */
function commonHanzi(): Set<string> {
  if (common) return common;
  const decoder = new TextDecoder('gb18030');
  const set = new Set<string>();
  for (let lead = 0xb0; lead <= 0xf7; lead++) {
    for (let trail = 0xa1; trail <= 0xfe; trail++) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\uFFFD') set.add(ch);
    }
  }
  common = set;
  return set;
}

const HAN = /\p{Script=Han}/u;
/** ASCII that has no business between two hanzi: what is left of a byte sequence decoded wrongly. */
const STRAY_ASCII = /[!?#$^`|\\~@*]/u;

/** A hanzi outside GB 2312 after simplification: names use a few, mojibake uses many. */
export function isRareHanzi(ch: string): boolean {
  return HAN.test(ch) && !commonHanzi().has(ch);
}

/**
 * Garbled spans of `match` (simplified text, so traditional characters are not rare):
 * replacement characters and their classic GBK echo 锟斤拷; two rare hanzi within three
 * characters, or one next to stray ASCII; a year standing where the list count should be
 * ("9、… 2023、").
 */
export function findGarbledSpans(m: string): GarbledSpan[] {
  const spans: GarbledSpan[] = [];
  for (const hit of m.matchAll(/(?:\uFFFD|锟斤拷|烫烫烫|屯屯屯)+/gu)) spans.push({ start: hit.index, end: hit.index + hit[0].length, kind: 'broken-bytes' });
  const chars = [...m];
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    offsets.push(offset);
    offset += ch.length;
  }
  const rare = chars.map(isRareHanzi);
  for (let i = 0; i < chars.length; i++) {
    if (!rare[i]) continue;
    const rareNear = [i - 3, i - 2, i - 1, i + 1, i + 2, i + 3].some((j) => rare[j] === true);
    const strayNear = STRAY_ASCII.test(chars[i - 1] ?? '') || STRAY_ASCII.test(chars[i + 1] ?? '');
    if (!rareNear && !strayNear) continue;
    let a = i;
    let b = i + 1;
    while (a > 0 && (rare[a - 1] || STRAY_ASCII.test(chars[a - 1] ?? ''))) a--;
    while (b < chars.length && (rare[b] || STRAY_ASCII.test(chars[b] ?? ''))) b++;
    // One readable character either side shows the reader where it is.
    a = Math.max(0, a - 1);
    b = Math.min(chars.length, b + 1);
    const start = offsets[a] ?? 0;
    const end = offsets[b] ?? m.length;
    const last = spans.at(-1);
    if (last && last.kind === 'mojibake' && start <= last.end) last.end = Math.max(last.end, end);
    else spans.push({ start, end, kind: 'mojibake' });
    i = b - 1;
  }
  let previous: number | null = null;
  for (const hit of m.matchAll(/(?:^|[\n\r。；;])\s*(\d{1,4})、/gu)) {
    const n = Number(hit[1]);
    if (n >= 1900 && previous !== null && previous < 100) {
      const start = hit.index + hit[0].length - (hit[1] ?? '').length - 1;
      spans.push({ start, end: start + (hit[1] ?? '').length + 1, kind: 'year-as-list-number' });
    }
    previous = n;
  }
  return spans.sort((x, y) => x.start - y.start);
}

/** Years the text writes as years (2023年): a count equal to one of them was probably overwritten. */
export function yearsInText(m: string): Set<number> {
  return new Set([...m.matchAll(/(?<!\d)((?:19|20)\d\d)\s*年/gu)].map((h) => Number(h[1])));
}

export interface ValueFlag {
  flag: 'garbled' | 'suspect';
  note: string;
}

/**
 * A year where a count, a percentage, an area or a voltage should be ("2023家", "20230%": 10 and
 * 100 overwritten by 2023) is garbled. Money close to a year and not round ("2022万元") is suspect.
 */
export function yearOverwrite(digits: string, dimension: string | undefined, years: ReadonlySet<number>): ValueFlag | null {
  const head = /^((?:19|20)\d\d)0*$/u.exec(digits);
  if (dimension !== MONEY && dimension !== MONEY_USD) {
    if (head && years.has(Number(head[1]))) {
      const where = digits === head[1] ? `“${digits}”是文中的年份` : `“${digits}”以文中年份“${head[1]}”开头`;
      return { flag: 'garbled', note: `${where}，疑为模板把原数字替换成了年份，数值不可信。` };
    }
    return null;
  }
  const n = Number(digits);
  if (Number.isInteger(n) && n % 100 !== 0 && [...years].some((y) => Math.abs(y - n) <= 1)) {
    return { flag: 'suspect', note: `数额${digits}与文中年份相近且不是整数，疑被改期工具替换过，请核对。` };
  }
  return null;
}
