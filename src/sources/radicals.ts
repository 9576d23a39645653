/**
 * Radicals → the characters they stand for, in a PDF's text layer. Fonts that draw a radical and
 * an ideograph with one glyph (Noto Sans CJK, Source Han Sans — what Chromium, WPS and many
 * printers embed) let the PDF map that glyph back to the radical's code point: the text then
 * reads “⼯业” (U+2F2F KANGXI RADICAL WORK) where the page shows 工业, and no rule, search or
 * quote matches. A Kangxi radical (U+2F00–U+2FD5) becomes its ideograph by NFKC; a radical of the
 * CJK Radicals Supplement, which has no such decomposition, by Unicode's
 * EquivalentUnifiedIdeograph.txt (the entries whose ideograph is in the basic block or extension A).
 * Nothing else is normalised: full-width digits and punctuation stay as the report wrote them.
 *
 * One Kangxi radical is ambiguous: U+2F3E ⼾ is 戶 by NFKC, but a simplified-Chinese font shares
 * its glyph with 户 (U+6237), the form simplified reports print; it becomes 户 unless the report
 * is in traditional characters (`traditional`, decided from the whole text by isTraditional).
 */
import { Converter } from 'opencc-js';
const SUPPLEMENT: Readonly<Record<number, number>> = {
  0x2e81: 0x5382, 0x2e82: 0x4e5b, 0x2e83: 0x4e5a, 0x2e84: 0x4e59, 0x2e85: 0x4ebb, 0x2e86: 0x5182, 0x2e89: 0x5202, 0x2e8a: 0x535c,
  0x2e8b: 0x353e, 0x2e8e: 0x5140, 0x2e8f: 0x5c23, 0x2e90: 0x5c22, 0x2e92: 0x5df3, 0x2e93: 0x5e7a, 0x2e94: 0x5f51, 0x2e95: 0x5f50,
  0x2e96: 0x5fc4, 0x2e97: 0x38fa, 0x2e98: 0x624c, 0x2e99: 0x6535, 0x2e9b: 0x65e1, 0x2e9d: 0x6708, 0x2e9e: 0x6b7a, 0x2e9f: 0x6bcd,
  0x2ea0: 0x6c11, 0x2ea1: 0x6c35, 0x2ea2: 0x6c3a, 0x2ea3: 0x706c, 0x2ea5: 0x722b, 0x2ea6: 0x4e2c, 0x2ea8: 0x72ad, 0x2eab: 0x7f52,
  0x2eac: 0x793a, 0x2ead: 0x793b, 0x2eaf: 0x7cf9, 0x2eb0: 0x7e9f, 0x2eb1: 0x7f53, 0x2eb3: 0x34c1, 0x2eb4: 0x34c1, 0x2eb9: 0x8002,
  0x2eba: 0x8080, 0x2ebc: 0x6708, 0x2ebd: 0x81fc, 0x2ebe: 0x8279, 0x2ebf: 0x8279, 0x2ec0: 0x8279, 0x2ec1: 0x864e, 0x2ec2: 0x8864,
  0x2ec3: 0x8980, 0x2ec4: 0x897f, 0x2ec5: 0x89c1, 0x2ec6: 0x89d2, 0x2ec8: 0x8ba0, 0x2ec9: 0x8d1d, 0x2ecb: 0x8f66, 0x2ecd: 0x8fb6,
  0x2ecf: 0x961d, 0x2ed0: 0x9485, 0x2ed1: 0x9577, 0x2ed2: 0x9578, 0x2ed3: 0x957f, 0x2ed4: 0x95e8, 0x2ed6: 0x961d, 0x2ed8: 0x9752,
  0x2ed9: 0x97e6, 0x2eda: 0x9875, 0x2edb: 0x98ce, 0x2edc: 0x98de, 0x2edd: 0x98df, 0x2edf: 0x98e0, 0x2ee0: 0x9963, 0x2ee2: 0x9a6c,
  0x2ee3: 0x9aa8, 0x2ee4: 0x9b3c, 0x2ee5: 0x9c7c, 0x2ee6: 0x9e1f, 0x2ee7: 0x5364, 0x2ee8: 0x9ea6, 0x2ee9: 0x9ec4, 0x2eea: 0x9efe,
  0x2eeb: 0x6589, 0x2eec: 0x9f50, 0x2eed: 0x6b6f, 0x2eee: 0x9f7f, 0x2eef: 0x7adc, 0x2ef0: 0x9f99, 0x2ef1: 0x9f9c, 0x2ef2: 0x4e80,
  0x2ef3: 0x9f9f,
};

const RADICAL = /[\u2e80-\u2eff\u2f00-\u2fd5]/gu;

const DOOR = 0x2f3e;

/** `s` with every radical a font put in place of its character replaced by that character. */
export function unifyRadicals(s: string, traditional = false): string {
  return s.replace(RADICAL, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code === DOOR) return traditional ? '戶' : '户';
    if (code >= 0x2f00) return ch.normalize('NFKC');
    const to = SUPPLEMENT[code];
    return to === undefined ? ch : String.fromCodePoint(to);
  });
}

/**
 * True when `text` is in traditional characters: OpenCC's tw→cn changes at least one Chinese
 * character in twenty of its first 2,000 (a simplified report: next to none).
 */
let toSimplified: ((s: string) => string) | null = null;

export function isTraditional(text: string): boolean {
  // The first two thousand Chinese characters tell the script as well as the whole report.
  const han = [...text].filter((c) => /\p{Script=Han}/u.test(c)).slice(0, 2000);
  if (han.length === 0) return false;
  // Building the converter's dictionaries costs more than converting a report: build it once.
  toSimplified ??= Converter({ from: 'tw', to: 'cn' });
  const simplified = [...toSimplified(han.join(''))];
  const changed = simplified.filter((c, i) => c !== han[i]).length;
  return changed * 20 >= han.length;
}
