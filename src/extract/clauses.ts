/**
 * Clause and sentence boundaries, and the quote cut around a figure. Offsets are shared by
 * `text` and `match` (normalize.ts), so a span found here is cut from the verbatim text.
 */
import { RATIO_LEAD } from './numbers.ts';

/** Ends a sentence: a quote never crosses one. */
const STRONG = new Set([...'。；;！!？?\n\r']);
/** Ends a clause: a quote may reach back across one to name its number. */
const WEAK = new Set([...'，,、：:']);

export const isStrong = (ch: string | undefined): boolean => ch !== undefined && STRONG.has(ch);
export const isBoundary = (ch: string | undefined): boolean => ch !== undefined && (STRONG.has(ch) || WEAK.has(ch));

export interface Span {
  start: number;
  end: number;
}

const OPEN = new Set([...'(（']);
const CLOSE = new Set([...')）']);
/** Brackets hold asides ("主导产业(纺织服装、机械、能源)55亿元"): a weak boundary inside them does not end a clause. */
const BRACKET_REACH = 40;

/** The clause (between any two boundaries, weak ones inside brackets excepted) that holds [from, to). */
export function clauseAround(m: string, from: number, to: number): Span {
  let start = from;
  while (start > 0 && !isBoundary(m[start - 1])) {
    start--;
    if (CLOSE.has(m[start] ?? '')) start = skipBack(m, start);
  }
  let end = to;
  while (end < m.length && !isBoundary(m[end])) {
    if (OPEN.has(m[end] ?? '')) end = skipForward(m, end);
    end++;
  }
  return { start, end };
}

/** From a closing bracket back to its opening one, if it is near and no sentence ends between. */
function skipBack(m: string, close: number): number {
  for (let i = close - 1; i >= Math.max(0, close - BRACKET_REACH); i--) {
    if (isStrong(m[i]) || CLOSE.has(m[i] ?? '')) return close;
    if (OPEN.has(m[i] ?? '')) return i;
  }
  return close;
}

function skipForward(m: string, open: number): number {
  for (let i = open + 1; i < Math.min(m.length, open + BRACKET_REACH); i++) {
    if (isStrong(m[i]) || OPEN.has(m[i] ?? '')) return open;
    if (CLOSE.has(m[i] ?? '')) return i;
  }
  return open;
}

/** The sentence (between strong boundaries) that holds `at`. */
export function sentenceAround(m: string, at: number): Span {
  let start = at;
  while (start > 0 && !isStrong(m[start - 1])) start--;
  let end = at;
  while (end < m.length && !isStrong(m[end])) end++;
  return { start, end };
}

/** Back to the start of the paragraph-level sentence: 。 or a line break, crossing ；. */
export function periodScopeStart(m: string, at: number, maxBack = 160): number {
  let start = at;
  const limit = Math.max(0, at - maxBack);
  while (start > limit && !/[。\n\r！!？?]/u.test(m[start - 1] ?? '')) start--;
  return start;
}

const HAN = /\p{Script=Han}/u;
export function hanCount(s: string): number {
  let n = 0;
  for (const ch of s) if (HAN.test(ch)) n++;
  return n;
}

/** List markers and enumerators a quote should not start with: 1、 (一) 二是 第三, */
const LEADING_MARKER = /^(?:\s|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、|\d{1,2}[、．](?!\d)|\d{1,2}\.(?!\d)|[一二三四五六七八九十]+是|其次|再次|首先)+/u;

/** A clause that is only a completion ratio (占目标任务180亿元的93.3%). */
const RATIO_CLAUSE = new RegExp(String.raw`^\s*${RATIO_LEAD}\s*\d+(?:\.\d+)?\s*%\s*$`, 'u');

export interface QuoteOptions {
  /** Reach back one more clause even when this one is long enough (a growth rate without its subject). */
  wantsSubject: boolean;
  /** Fewest Han characters before the number that can name it. */
  minHanBefore?: number;
  /** Longest stretch kept before the number. */
  maxBefore?: number;
  /** Longest stretch kept after the figure. */
  maxAfter?: number;
}

/**
 * The quote for a figure: the clause that holds it, reaching back (never across a sentence
 * boundary) over the list it stands in ("完成水、电、路、管网等…", "甲、乙等7个项目") and over at
 * most two more clauses until the words before the number can name it, e.g. "同比增长14.02%" →
 * "完成技工贸总收入66.23亿元,同比增长14.02%". List markers and spaces are trimmed.
 */
export function quoteSpan(m: string, figure: Span, options: QuoteOptions): Span {
  const tiny = (piece: Span): boolean => hanCount(m.slice(piece.start, piece.end)) <= 2;
  const minHan = options.minHanBefore ?? 4;
  const maxBefore = options.maxBefore ?? 60;
  const maxAfter = options.maxAfter ?? 40;
  let { start, end } = clauseAround(m, figure.start, figure.end);
  // "甲、乙等7个项目": the whole enumeration, so the verb before the first name is quoted too.
  const enumerated = m[figure.start - 1] === '等';
  for (let reach = 0, items = 0; start > 0 && !isStrong(m[start - 1]); ) {
    const previous = clauseAround(m, start - 1, start - 1);
    // "完成水、电、路、管网等…": one- or two-character list items belong to the phrase, and so
    // does the piece before the first of them, which holds the verb.
    const listRun = tiny(previous) || (items > 0 && tiny(clauseAround(m, start, start)));
    if ((enumerated || listRun) && m[start - 1] === '、' && items < 6) {
      start = previous.start;
      items++;
      continue;
    }
    if (reach >= 2) break;
    // Too few words before the number, and none after it either ("公厕2所" yes, "引进1-2家综合性的制药企业" no).
    const short = hanCount(m.slice(start, figure.start).replace(LEADING_MARKER, '')) < minHan && hanCount(m.slice(figure.end, end)) < 3;
    // "…总产值168亿元，占目标任务180亿元的93.3%，同比增长7.6%": a ratio between names nothing; reach past it.
    const wantsSubject = options.wantsSubject && (reach === 0 || (reach === 1 && RATIO_CLAUSE.test(m.slice(start, clauseAround(m, start, start).end))));
    if (!(short || wantsSubject)) break;
    start = previous.start;
    reach++;
  }
  if (figure.start - start > maxBefore) {
    start = figure.start - maxBefore;
    while (start < figure.start && /[\d.]/u.test(m[start] ?? '')) start++;
  }
  const marker = LEADING_MARKER.exec(m.slice(start, figure.start));
  if (marker) start += marker[0].length;
  // A cell starting with = + - @ is a formula to Excel/WPS; the data contract rejects it.
  while (start < figure.start && /[=+\-@\s“”"]/u.test(m[start] ?? '') && !(m[start] === '“' && m.slice(start, figure.start).includes('”'))) start++;
  // A run-on sentence ("2亿余元三是设立…") ends where the next enumerated point begins.
  const next = /[一二三四五六七八九十]是|其次|再次/u.exec(m.slice(figure.end, end));
  if (next) end = figure.end + next.index;
  if (end - figure.end > maxAfter) end = figure.end + maxAfter;
  while (end > figure.end && /\s/u.test(m[end - 1] ?? '')) end--;
  return { start, end };
}
