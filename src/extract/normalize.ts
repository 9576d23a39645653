/**
 * A report as two aligned strings: `text`, what a reader sees (pinyin annotations dropped, the
 * only cleaning provenance allows) and from which every quote is cut; and `match`, the same
 * text in simplified characters with ASCII digits, on which every rule runs. Both have the same
 * length, so an offset found in `match` is an offset in `text`.
 */
import { Converter } from 'opencc-js';
import { cleanSourceText } from '../lib/provenance.ts';

export interface NormalizedReport {
  /** cleanSourceText(raw): quotes are slices of this. */
  text: string;
  /** `text` with traditional → simplified and full-width → half-width, character for character. */
  match: string;
}

type Convert = (s: string) => string;
let toSimplified: Convert | null = null;

/** tw → cn: handles this corpus like hk → cn, and also turns 著眼 into 着眼 (hk keeps 著). */
function simplifier(): Convert {
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  return toSimplified;
}

/**
 * Simplifies chunk by chunk. OpenCC converts phrases, so a chunk can in principle change length;
 * such a chunk is converted one character at a time, keeping any character whose conversion
 * would not be a single character. Offsets therefore always map one to one.
 */
export function simplifyAligned(s: string, convert: Convert = simplifier()): string {
  let out = '';
  for (const chunk of s.split(/(?<=[。；;！!？?\n，,、])/u)) {
    const whole = convert(chunk);
    if (whole.length === chunk.length) {
      out += whole;
      continue;
    }
    for (const ch of chunk) {
      const c = convert(ch);
      out += c.length === ch.length ? c : ch;
    }
  }
  return out;
}

/** Full-width digits and number punctuation (２７４．１４％) → ASCII, one code unit each. */
export function halfWidthDigits(s: string): string {
  return s.replace(/[０-９．％－～]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function normalizeReport(raw: string): NormalizedReport {
  const text = cleanSourceText(raw.replace(/^\uFEFF/u, ''));
  return { text, match: halfWidthDigits(simplifyAligned(text)) };
}

/**
 * Bytes → text, like src/data/csv.ts: valid UTF-8 (BOM or not) as is; a file that is UTF-8 with
 * a few damaged bytes stays UTF-8 (the damage shows as U+FFFD and is flagged as garbled);
 * anything else is read as GB18030, the superset of GBK that Chinese Windows writes.
 */
export function decodeReport(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'utf-8 (damaged)' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const utf8 = new TextDecoder('utf-8').decode(bytes);
    let bad = 0;
    let wide = 0;
    for (const ch of utf8) {
      if (ch === '\uFFFD') bad++;
      else if (ch.charCodeAt(0) > 0x7f) wide++;
    }
    // GBK bytes read as UTF-8 give mostly U+FFFD; a damaged UTF-8 file gives a handful.
    if (bad <= Math.max(2, wide / 50)) return { text: utf8, encoding: 'utf-8 (damaged)' };
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
