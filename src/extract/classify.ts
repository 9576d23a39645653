/**
 * Guesses what a figure is: which indicator of indicator_defs.csv, whether it belongs in
 * indicators.csv or investments.csv (or both, for the reviewer to choose), and for an
 * investment its item, category and basis.
 */
import { dimensionOf, isUnit } from '../lib/units.ts';
import { clauseAround, hanCount, isBoundary, type Span } from './clauses.ts';
import type { Kind, Mode } from './context.ts';
import type { Figure } from './numbers.ts';
import {
  BUILD_VERBS, CATEGORY_WORDS, COMPLETED_WORDS, GROWTH_WORDS, IN_PROGRESS_WORDS, INDICATOR_WORDS, INVESTMENT_BEFORE, INVESTMENT_SPEND, ITEM_WORDS,
} from './vocabulary.ts';

/** One row of indicator_defs.csv, as far as guessing needs it. */
export interface IndicatorDef {
  id: string;
  name: string;
  unit: string;
  description: string;
}

export interface IndicatorGuess {
  /** An id of indicator_defs.csv, or '' when nothing fits. */
  id: string;
  how: 'word' | 'defs' | 'none';
  /** The word (or shared words) the guess rests on. */
  evidence: string;
  score: number;
}

/** A word this close to its number (score ≥ this) names it firmly enough to route on. */
export const FIRM_WORD = 40;
/** What a word outside the quote loses: a reader of the row would not see it. */
const OUTSIDE_QUOTE = 30;

function countBoundaries(s: string): number {
  let n = 0;
  for (const ch of s) if (isBoundary(ch)) n++;
  return n;
}

/**
 * The id itself, or its growth sibling for a percentage after 增长/增速, when its unit fits; a
 * count of projects written in 家 (引进1-2家企业) fits a 个 indicator at a small cost.
 */
function fitting(defs: ReadonlyMap<string, IndicatorDef>, id: string, figure: Figure, gap: string, before: boolean): { id: string; cost: number } | null {
  const dim = dimensionOf(figure.unit);
  const cost = (candidate: string): number | null => {
    const unit = defs.get(candidate)?.unit ?? '';
    if (!isUnit(unit)) return null;
    const d = dimensionOf(unit);
    if (d === dim) return 0;
    return (d === 'count' && dim === 'enterprises') || (d === 'enterprises' && dim === 'count') ? 10 : null;
  };
  const own = cost(id);
  if (own !== null) return { id, cost: own };
  const growth = `${id}_growth`;
  if (figure.unit === '%' && before && GROWTH_WORDS.test(gap) && cost(growth) === 0) return { id: growth, cost: 0 };
  return null;
}

/**
 * The nearest indicator word around the figure within its sentence whose unit fits. Words before
 * the number count more than words after it (等4家企业创建高新技术企业 still names it); every
 * clause boundary in between, and being outside the quote, costs.
 */
export function indicatorByWords(m: string, figure: Figure, sentence: Span, quote: Span, defs: ReadonlyMap<string, IndicatorDef>): IndicatorGuess | null {
  const from = Math.max(sentence.start, figure.start - 80);
  const to = Math.min(sentence.end, figure.end + 30);
  let best: IndicatorGuess | null = null;
  for (const [word, ids] of INDICATOR_WORDS) {
    for (let at = m.indexOf(word, from); at >= 0 && at + word.length <= to; at = m.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (end > figure.start && at < figure.end) continue;
      const before = end <= figure.start;
      const gap = before ? m.slice(end, figure.start) : m.slice(figure.end, at);
      // A word the quote does not show names the number only weakly ("…考察湖南…,学习9次").
      const outside = at < quote.start || end > quote.end ? OUTSIDE_QUOTE : 0;
      const score = (before ? 100 : 70) - gap.length - 25 * countBoundaries(gap) + word.length - outside;
      if (score <= 0) continue;
      for (const id of ids) {
        const fit = fitting(defs, id, figure, gap, before);
        if (fit !== null && (best === null || score - fit.cost > best.score)) best = { id: fit.id, how: 'word', evidence: word, score: score - fit.cost };
      }
    }
  }
  return best;
}

const STOP_BIGRAMS = new Set(['园区', '完成', '实现', '开展', '进行', '推动', '工作', '全面', '有效', '提升']);

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  const chars = [...s];
  for (let i = 0; i + 1 < chars.length; i++) {
    const pair = `${chars[i]}${chars[i + 1]}`;
    if (/^\p{Script=Han}{2}$/u.test(pair) && !STOP_BIGRAMS.has(pair)) out.add(pair);
  }
  return out;
}

/** Fallback: the definition whose name (and, weakly, description) shares most words with the quote. */
export function indicatorByDefs(quoteText: string, figure: Figure, defs: readonly IndicatorDef[], growthWord: boolean): IndicatorGuess | null {
  const seen = bigrams(quoteText);
  let best: IndicatorGuess | null = null;
  for (const def of defs) {
    if (!isUnit(def.unit) || dimensionOf(def.unit) !== dimensionOf(figure.unit)) continue;
    // A share ("占全县工业总产值66%") is not a growth rate, however many words it shares with one.
    if (def.id.endsWith('_growth') && !growthWord) continue;
    const name = bigrams(def.name);
    const shared = [...name].filter((b) => seen.has(b));
    const described = [...bigrams(def.description)].filter((b) => !name.has(b) && seen.has(b));
    const score = shared.length + 0.3 * described.length;
    if (score > 0 && (best === null || score > best.score)) best = { id: def.id, how: 'defs', evidence: [...shared, ...described].join(' '), score };
  }
  return best;
}

/** A firm word wins; else two or more words shared with a definition; else a weak word; else nothing. */
export function guessIndicator(m: string, figure: Figure, sentence: Span, quote: Span, defs: readonly IndicatorDef[]): IndicatorGuess {
  const byWord = indicatorByWords(m, figure, sentence, quote, new Map(defs.map((d) => [d.id, d])));
  if (byWord && byWord.score >= FIRM_WORD) return byWord;
  const growthWord = GROWTH_WORDS.test(m.slice(quote.start, figure.start));
  const byDefs = indicatorByDefs(m.slice(quote.start, quote.end), figure, defs, growthWord);
  if (byDefs && byDefs.score >= 2) return byDefs;
  return byWord ?? { id: '', how: 'none', evidence: '', score: 0 };
}

/** A percentage after 增长/同比 with no indicator word in its clause needs the clause before it. */
export function wantsSubject(m: string, figure: Figure): boolean {
  if (figure.unit !== '%') return false;
  const clause = clauseAround(m, figure.start, figure.end);
  const before = m.slice(clause.start, figure.start);
  return GROWTH_WORDS.test(before) && !INDICATOR_WORDS.some(([word]) => before.includes(word));
}

export type Target = 'indicators' | 'investments';

export interface Routing {
  targets: Target[];
  why: string;
}

/** Units that only count built things: a voltage, buildings, facilities. */
const ALWAYS_INVESTMENT: ReadonlySet<string> = new Set(['千伏', '万伏', '座', '所', '栋']);

/**
 * indicators.csv, investments.csv or both. Park-level figures (产值, 税收, 招商…) are indicators;
 * what a named item costs or covers (总投资, 厂房面积, 变电站) is an investment. When the words
 * point both ways the figure is drafted in both files and the review note says so.
 */
export function route(m: string, figure: Figure, quote: Span, sentence: Span, guess: IndicatorGuess): Routing {
  const firm = guess.how === 'word' && guess.score >= FIRM_WORD;
  const near = m.slice(Math.max(sentence.start, figure.start - 40), quote.end);
  const item = ITEM_WORDS.exec(near)?.[0];
  const unit = figure.unit;
  const dim = dimensionOf(unit);
  if (ALWAYS_INVESTMENT.has(unit)) return { targets: ['investments'], why: `unit ${unit} counts built items` };
  if (unit === '吨/小时') return { targets: ['indicators', 'investments'], why: 'capacity of a facility: both files' };
  if (dim === 'money') {
    const before = m.slice(quote.start, figure.numStart);
    if (INVESTMENT_BEFORE.test(before)) return { targets: ['investments'], why: 'cost of an item (总投资…)' };
    if (INVESTMENT_SPEND.before.test(before) && INVESTMENT_SPEND.after.test(m.slice(figure.end))) return { targets: ['investments'], why: 'money spent to build (投资…建设)' };
    if (firm) return { targets: ['indicators'], why: `park-level money (${guess.evidence})` };
    if (item) return { targets: ['investments'], why: `money near an item (${item})` };
    return { targets: ['indicators'], why: 'money without an item' };
  }
  if (unit === '亩') {
    const targets: Target[] = firm || !item ? ['indicators'] : [];
    if (item) targets.push('investments');
    return { targets, why: item ? `land near an item (${item})${targets.length > 1 ? ': both files' : ''}` : 'park land' };
  }
  if (unit === '平方米' || unit === '万平方米') {
    return firm ? { targets: ['indicators', 'investments'], why: `floor space with ${guess.evidence}: both files` } : { targets: ['investments'], why: 'floor space of an item' };
  }
  const clause = m.slice(quote.start, quote.end);
  if (!firm && item && BUILD_VERBS.test(clause) && dim === 'count') return { targets: ['investments'], why: `built items (${item})` };
  return { targets: ['indicators'], why: 'park-level count or rate' };
}

const ITEM_PIECE = new RegExp(`${ITEM_WORDS.source}|项目|工程|中心|园|站|配套|建设`, 'u');
const LEADING_VERBS = /^(?:\s|[一二三四五六七八九十]+是|\d{1,2}[、．](?!\d)|全面|积极|加快|重点|继续|抓紧|力争|确保|并|启动|完成|推进|推动|实施了?|开展|总投资|总投入|投资总额|投资|投入|共需|约需|可|建设|新建|建成|实现|催促)+/u;

/**
 * The item an investment row is about, in the text's own characters: the nearest clause at or
 * before the figure (within its paragraph, 80 characters back) that names something built,
 * without the figure and leading verbs. A draft to edit.
 */
export function projectName(m: string, text: string, figure: Figure): string {
  const own = clauseAround(m, figure.start, figure.end);
  const limit = Math.max(0, figure.start - 80);
  let chosen: Span = own;
  for (let piece: Span = own; ; ) {
    // "该项目总投资8亿元" names no item: look further back.
    const named = stripName(m, piece, figure);
    if (ITEM_PIECE.test(m.slice(piece.start, piece.end)) && hanCount(named) >= 2 && !/^(?:该|此|本|上述)/u.test(named)) {
      chosen = piece;
      break;
    }
    if (piece.start <= limit || piece.start === 0 || /[\n\r]/u.test(m[piece.start - 1] ?? '')) break;
    piece = clauseAround(m, piece.start - 1, piece.start - 1);
  }
  // "完善水、电、路、房等配套建设": the whole enumeration names the item.
  for (let items = 0; items < 6 && m[chosen.start - 1] === '、'; items++) {
    const previous = clauseAround(m, chosen.start - 2, chosen.start - 2);
    // "垃圾库2座、公厕2所": a list item with its own figure is another item.
    if (/\d/u.test(m.slice(previous.start, chosen.start))) break;
    chosen = { start: previous.start, end: chosen.end };
  }
  // Cut on the simplified string, then take the same offsets from the verbatim one.
  const raw = cutFigure(text, chosen, figure);
  const lead = LEADING_VERBS.exec(cutFigure(m, chosen, figure))?.[0].length ?? 0;
  const name = raw.slice(lead).trim();
  return [...name].length > 40 ? `${[...name].slice(0, 40).join('')}…` : name || text.slice(own.start, own.end).trim();
}

/** The piece without the figure (same length in `text` and `match`, so offsets carry over). */
function cutFigure(s: string, piece: Span, figure: Figure): string {
  const inside = piece.start <= figure.start && figure.end <= piece.end;
  return inside ? `${s.slice(piece.start, figure.start)}${s.slice(figure.end, piece.end)}` : s.slice(piece.start, piece.end);
}

function stripName(m: string, piece: Span, figure: Figure): string {
  const cut = cutFigure(m, piece, figure);
  return cut.slice(LEADING_VERBS.exec(cut)?.[0].length ?? 0);
}

export function categoryOf(words: string): string {
  return CATEGORY_WORDS.find(([re]) => re.test(words))?.[1] ?? 'other';
}

/** planned in plan sections and for targets; in reports, what the quote (else its sentence) says. */
export function basisOf(mode: Mode, kind: Kind, quoteWords: string, sentenceWords: string): 'planned' | 'completed' | 'in_progress' {
  if (mode === 'plan' || kind === 'target') return 'planned';
  if (COMPLETED_WORDS.test(quoteWords)) return 'completed';
  return IN_PROGRESS_WORDS.test(quoteWords) || (!COMPLETED_WORDS.test(sentenceWords) && IN_PROGRESS_WORDS.test(sentenceWords)) ? 'in_progress' : 'completed';
}
