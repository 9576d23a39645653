/**
 * Provenance: every figure carries a quote that must stand verbatim in its source document.
 * Sources are kept byte-for-byte; the only cleaning allowed before matching is dropping pinyin
 * annotations such as 產(chǎn), which one report adds after every character.
 */

const PINYIN_ANNOTATION = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê]+\)/gu;

/** The source text a reader sees: pinyin annotations removed, everything else as given. */
export function cleanSourceText(raw: string): string {
  return raw.replace(PINYIN_ANNOTATION, '');
}

/**
 * cleanSourceText page by page, keeping where each page starts: a text derived from a PDF
 * (src/sources/) carries the offset of every page, and a quote can then say its page.
 */
export function cleanPagedText(raw: string, pageStarts: readonly number[]): { text: string; pageStarts: number[] } {
  if (pageStarts.length === 0) return { text: cleanSourceText(raw), pageStarts: [] };
  const bounds = [...pageStarts, raw.length];
  let text = cleanSourceText(raw.slice(0, bounds[0]));
  const starts: number[] = [];
  for (let i = 0; i < pageStarts.length; i++) {
    starts.push(text.length);
    text += cleanSourceText(raw.slice(bounds[i], bounds[i + 1]));
  }
  return { text, pageStarts: starts };
}

/** The 1-based page on which `offset` of a paged text stands (1 when the text has no pages). */
export function pageAt(pageStarts: readonly number[], offset: number): number {
  let page = 1;
  pageStarts.forEach((start, i) => {
    if (i > 0 && start <= offset) page = i + 1;
  });
  return page;
}

export interface QuoteSpan {
  start: number;
  end: number;
}

/** Where the quote stands in the cleaned source, or null when it is not there verbatim. */
export function findQuote(cleanedSource: string, quote: string): QuoteSpan | null {
  if (quote.length === 0) return null;
  const start = cleanedSource.indexOf(quote);
  return start < 0 ? null : { start, end: start + quote.length };
}

const CHINESE_DIGITS: Record<string, string> = {
  '0': '零〇', '1': '一', '2': '二两', '3': '三', '4': '四', '5': '五', '6': '六', '7': '七', '8': '八', '9': '九', '10': '十',
};

/**
 * True when the number written in a CSV cell can be read in the quote: the same digits, not
 * part of a longer number ("5" is not readable in "50.6"). Whole numbers up to ten may also
 * be written as a Chinese numeral when it is a rank or a count (进前三, 三个).
 */
/**
 * The text right after each place the quote writes the number `cell` on its own (not inside a
 * longer number), spaces skipped: "出口完成190亿美元，" with "190" → ["亿美元，"]. The unit a quote
 * puts after a number is read from these.
 */
export function textsAfterNumber(cell: string, quote: string): string[] {
  const digits = cell.trim().replace(/^-/, '');
  const out: string[] = [];
  if (digits === '') return out;
  for (let at = quote.indexOf(digits); at >= 0; at = quote.indexOf(digits, at + 1)) {
    const before = quote[at - 1] ?? '';
    const after = quote.slice(at + digits.length);
    if (/[0-9.]/.test(before) || /^[0-9]/.test(after) || /^\.[0-9]/.test(after)) continue;
    out.push(after.replace(/^\s+/, ''));
  }
  return out;
}

export function isReadableInQuote(cell: string, quote: string): boolean {
  const digits = cell.trim();
  if (digits === '') return false;
  let from = 0;
  for (;;) {
    const at = quote.indexOf(digits, from);
    if (at < 0) break;
    const before = quote[at - 1] ?? '';
    const after = quote.slice(at + digits.length, at + digits.length + 2);
    const joinedBefore = /[0-9.]/.test(before);
    const joinedAfter = /^[0-9]/.test(after) || /^\.[0-9]/.test(after);
    if (!joinedBefore && !joinedAfter) return true;
    from = at + 1;
  }
  // A Chinese numeral counts only as a rank or a count (进前三, 第二, 三个), never inside a word like 两税.
  const numerals = CHINESE_DIGITS[digits];
  return numerals !== undefined && [...numerals].some((n) => new RegExp(`[前第]${n}|${n}[个家项次名位批座所栋条]`).test(quote));
}
