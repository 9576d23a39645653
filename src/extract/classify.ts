/**
 * Guesses what a figure is: which indicator of indicator_defs.csv, whether it belongs in
 * indicators.csv or investments.csv (or both, for the reviewer to choose), and for an
 * investment its item, category and basis.
 */
import { MONEY, MONEY_USD, PERCENT, type UnitTable } from '../lib/units.ts';
import { clauseAround, hanCount, isBoundary, sentenceAround, type Span } from './clauses.ts';
import type { Kind } from './context.ts';
import { MEASURE_WORDS, type Figure } from './numbers.ts';
import { isClassOfProjects, type ItemName } from './items.ts';
import {
  BUILD_VERBS, CATEGORY_WORDS, COMPLETED_WORDS, GROWTH_WORDS, IN_PROGRESS_WORDS, INVESTMENT_BEFORE, INVESTMENT_SPEND, NEW_WORDS, SHARE_WORDS,
  STOCK_OF, STOCK_WORDS, type Entry, type Vocabulary,
} from './vocabulary.ts';

/** One row of indicator_defs.csv, as far as guessing needs it. */
export interface IndicatorDef {
  id: string;
  name: string;
  unit: string;
  /** The dimension of `unit` in units.csv; undefined when the table does not hold it (nothing fits then). */
  dimension?: string;
  description: string;
  group?: string;
  /** Other names reports give it (the aliases column). */
  aliases: readonly string[];
}

/** What the extractor reads a report with: the indicators and units of the data folder. */
export interface Lexicon {
  defs: readonly IndicatorDef[];
  units: UnitTable;
}

/**
 * The words that name indicators: each definition's name and aliases, in the order of
 * indicator_defs.csv. A word several rows give names all of them, first row first; the first
 * whose unit fits the figure wins (扩产 + 亿元 → expansion_investment, 扩产 + 家 → expansion_enterprises).
 * `heldOut` words are left out (the generalisation test).
 */
export function indicatorEntries(defs: readonly IndicatorDef[], heldOut: ReadonlySet<string> = new Set()): Entry[] {
  const ids = new Map<string, string[]>();
  for (const def of defs) {
    for (const word of [def.name, ...def.aliases]) {
      if (word === '' || heldOut.has(word)) continue;
      const list = ids.get(word);
      if (!list) ids.set(word, [def.id]);
      else if (!list.includes(def.id)) list.push(def.id);
    }
  }
  return [...ids].map(([word, list]) => ({ word, ids: list }));
}

/** Either currency: a figure in 元 or in 美元 (never converted into each other). */
const isCurrency = (dimension: string | undefined): boolean => dimension === MONEY || dimension === MONEY_USD;

export interface IndicatorGuess {
  /** An id of indicator_defs.csv, or '' when nothing fits. */
  id: string;
  how: 'word' | 'defs' | 'none';
  /** The word (or shared words) the guess rests on. */
  evidence: string;
  score: number;
}

/** A number with a unit, at the end of what precedes an indicator word. */
const OWN_FIGURE = new RegExp(`\\d(?:\\.\\d+)?\\s*[余多]?[万亿]?(?:${MEASURE_WORDS.join('|')})$`, 'u');

/** A word this close to its number (score ≥ this) names it firmly enough to route on. */
export const FIRM_WORD = 40;
/** What a word outside the quote loses: a reader of the row would not see it. */
const OUTSIDE_QUOTE = 30;

function countBoundaries(s: string): number {
  let n = 0;
  for (const ch of s) if (isBoundary(ch)) n++;
  return n;
}

/** What a percentage measures: a growth rate (增长8%), a share (占…比重58%) or a level (完成70%). */
type PercentKind = 'growth' | 'share' | 'level';

function percentKind(def: IndicatorDef): PercentKind {
  if (def.id.endsWith('_growth') || (def.group === 'growth' && def.id !== 'growth_base')) return 'growth';
  return /_share$|concentration/u.test(def.id) ? 'share' : 'level';
}

/**
 * The id itself, or its growth sibling for a percentage after 增长/增速, when its unit fits; a
 * percentage fits only an indicator of its kind (增长 → growth rate, 占/比重 → share). A count of
 * projects written in 家 (引进1-2家企业) fits a 个 indicator at a small cost.
 */
function fitting(defs: ReadonlyMap<string, IndicatorDef>, id: string, figure: Figure, word: string, gap: string, before: boolean): { id: string; cost: number } | null {
  const dim = figure.unitDef?.dimension;
  if (dim === undefined) return null;
  const wanted: PercentKind = before && GROWTH_WORDS.test(gap) ? 'growth' : SHARE_WORDS.test(`${word}${gap}`) ? 'share' : 'level';
  const cost = (candidate: string): number | null => {
    const def = defs.get(candidate);
    const d = def?.dimension;
    if (!def || d === undefined) return null;
    if (d === dim) return dim !== PERCENT || percentKind(def) === wanted ? 0 : null;
    return (d === 'count' && dim === 'enterprises') || (d === 'enterprises' && dim === 'count') ? 10 : null;
  };
  const own = cost(id);
  if (own !== null) return { id, cost: own };
  const growth = `${id}_growth`;
  if (figure.unit === '%' && cost(growth) === 0) return { id: growth, cost: 0 };
  return null;
}

/**
 * The nearest indicator word around the figure within its sentence whose unit fits. Words before
 * the number count more than words after it (等4家企业创建高新技术企业 still names it); every
 * clause boundary in between, and being outside the quote, costs.
 */
export function indicatorByWords(m: string, figure: Figure, sentence: Span, quote: Span, defs: ReadonlyMap<string, IndicatorDef>, words: readonly Entry[]): IndicatorGuess | null {
  const from = Math.max(sentence.start, figure.start - 80);
  const to = Math.min(sentence.end, figure.end + 30);
  let best: IndicatorGuess | null = null;
  for (const { word, ids } of words) {
    for (let at = m.indexOf(word, from); at >= 0 && at + word.length <= to; at = m.indexOf(word, at + 1)) {
      const end = at + word.length;
      if (end > figure.start && at < figure.end) continue;
      const before = end <= figure.start;
      // "18个重点项目的考察": a word after the number followed by 的 modifies another noun;
      // "1个30亿元以上项目、2个…": a word right after another number is that number's.
      if (!before && m[end] === '的') continue;
      if (before && OWN_FIGURE.test(m.slice(clauseAround(m, at, at).start, at))) continue;
      const gap = before ? m.slice(end, figure.start) : m.slice(figure.end, at);
      // A word the quote does not show names the number only weakly ("…考察湖南…,学习9次").
      const outside = at < quote.start || end > quote.end ? OUTSIDE_QUOTE : 0;
      const score = (before ? 100 : 70) - gap.length - 25 * countBoundaries(gap) + word.length - outside;
      if (score <= 0) continue;
      for (const id of ids) {
        const fit = fitting(defs, id, figure, word, gap, before);
        if (fit !== null && (best === null || score - fit.cost > best.score)) best = { id: fit.id, how: 'word', evidence: word, score: score - fit.cost };
      }
    }
  }
  return best && stockOrNew(m, figure, best, defs);
}

/** "规模工业企业达到102家", "总数达到87家": the stock, not the new ones, unless the clause says 新增. */
function stockOrNew(m: string, figure: Figure, guess: IndicatorGuess, defs: ReadonlyMap<string, IndicatorDef>): IndicatorGuess {
  const stock = STOCK_OF.get(guess.id);
  if (stock === undefined || !defs.has(stock)) return guess;
  const clause = clauseAround(m, figure.start, figure.end);
  const before = m.slice(clause.start, figure.start);
  return STOCK_WORDS.test(before) && !NEW_WORDS.test(before) ? { ...guess, id: stock, evidence: `${guess.evidence} (${STOCK_WORDS.exec(before)?.[0] ?? ''})` } : guess;
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
    if (def.dimension === undefined || def.dimension !== figure.unitDef?.dimension) continue;
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

/**
 * "主体工程完成90%", "钢结构完成70%", "管网铺设完成80%", "形象进度达60%": how far an item's works
 * have got, a percentage after 完成/达 whose subject is works, not an indicator of the park.
 */
const WORKS_PROGRESS = /(?:工程|主体|钢结构|装修|装饰|土建|铺设|施工|路基|路面|管网|基础|框架|厂房|车间|设备安装|安装|形象进度|进度)[^，,。；;\d]{0,4}?(?:完成|达到|达|为)$/u;
const WORKS_PROGRESS_ID = 'works_progress';
/**
 * "招商引资协议总投资218亿元", "签约项目协议投资176亿元": what the park's signed projects promise
 * in all, an indicator of the park — not the 总投资 of an item named before it.
 */
const PARK_CONTRACT = /(?:协议|签约|合同|意向)(?:总)?(?:投资|引资)(?:总额|额)?[约为达共计:：]{0,2}$/u;
const CONTRACT_ID = 'contract_investment';

/** The note tying a works-progress percentage to its item (the data row has no item column). */
export function progressNote(indicator: string, item: ItemName | null): string {
  return indicator === WORKS_PROGRESS_ID && item !== null ? `进度所属项目：${item.name}。` : '';
}

/** The item a progress note names, or ''. */
export function progressItem(note: string): string {
  return /进度所属项目：([^。]+)。/u.exec(note)?.[1] ?? '';
}

/** A firm word wins; else two or more words shared with a definition; else a weak word; else nothing. */
export function guessIndicator(m: string, figure: Figure, sentence: Span, quote: Span, defs: readonly IndicatorDef[], words: readonly Entry[]): IndicatorGuess {
  const clause = clauseAround(m, figure.start, figure.end);
  const contract = figure.unitDef?.dimension === MONEY ? PARK_CONTRACT.exec(m.slice(clause.start, figure.numStart))?.[0] : undefined;
  if (contract !== undefined && defs.some((d) => d.id === CONTRACT_ID)) return { id: CONTRACT_ID, how: 'word', evidence: contract, score: 100 };
  const progress = figure.unit === '%' ? WORKS_PROGRESS.exec(m.slice(clause.start, figure.start))?.[0] : undefined;
  if (progress !== undefined && defs.some((d) => d.id === WORKS_PROGRESS_ID)) return { id: WORKS_PROGRESS_ID, how: 'word', evidence: progress, score: 100 };
  const byWord = indicatorByWords(m, figure, sentence, quote, new Map(defs.map((d) => [d.id, d])), words);
  if (byWord && byWord.score >= FIRM_WORD) return byWord;
  const growthWord = GROWTH_WORDS.test(m.slice(quote.start, figure.start));
  const byDefs = indicatorByDefs(m.slice(quote.start, quote.end), figure, defs, growthWord);
  if (byDefs && byDefs.score >= 2) return byDefs;
  return byWord ?? { id: '', how: 'none', evidence: '', score: 0 };
}

/** A percentage after 增长/同比 with no indicator word in its clause needs the clause before it. */
export function wantsSubject(m: string, figure: Figure, words: readonly Entry[]): boolean {
  if (figure.unit !== '%') return false;
  const clause = clauseAround(m, figure.start, figure.end);
  const before = m.slice(clause.start, figure.start);
  return GROWTH_WORDS.test(before) && !words.some(({ word }) => before.includes(word));
}

export type Target = 'indicators' | 'investments';

export interface Routing {
  targets: Target[];
  why: string;
}

/** Units that only count built things: a voltage, buildings, facilities. */
const ALWAYS_INVESTMENT: ReadonlySet<string> = new Set(['千伏', '万伏', '座', '所', '栋']);

/** Words before a mass that make it what a facility handles (日处理污水5000吨), not a thing's weight. */
const CAPACITY = /处理|产能|能力|年产|日产|吞吐/u;

/** Indicators that are an item's own money when an item is named (该道路完成投资1.2亿元). */
const ITEM_MONEY: ReadonlySet<string> = new Set(['project_investment']);

/**
 * indicators.csv, investments.csv or both. Park-level figures (产值, 税收, 招商…) are indicators;
 * what a named item costs or covers (总投资, 厂房面积, 变电站) is an investment. When the words
 * point both ways the figure is drafted in both files and the review note says so.
 */
export function route(m: string, figure: Figure, quote: Span, sentence: Span, guess: IndicatorGuess, item: ItemName | null, vocabulary: Vocabulary): Routing {
  const firm = guess.how === 'word' && guess.score >= FIRM_WORD;
  const near = m.slice(Math.max(sentence.start, figure.start - 40), quote.end);
  const named = item !== null && !isClassOfProjects(item.key) ? item.name : undefined;
  const itemWord = named ?? vocabulary.itemWords.exec(near)?.[0];
  const unit = figure.unit;
  const dim = figure.unitDef?.dimension;
  if (ALWAYS_INVESTMENT.has(unit)) return { targets: ['investments'], why: `unit ${unit} counts built items` };
  if (dim === 'flow' || (dim === 'mass' && named && CAPACITY.test(m.slice(quote.start, figure.numStart)))) {
    return guess.how === 'none' ? { targets: ['investments'], why: 'capacity of a facility, no indicator named' } : { targets: ['indicators', 'investments'], why: 'capacity of a facility: both files' };
  }
  // A length (全长2.6公里, 管网12公里) measures what is built: the item's row.
  if (dim === 'length') return { targets: ['investments'], why: `length of a built item (${unit})` };
  if (isCurrency(dim)) {
    // The words before the comparator (总投资 in 总投资逾5亿元, 约3亿元) say what the money is.
    const before = m.slice(quote.start, Math.max(quote.start, figure.start));
    if (guess.id === CONTRACT_ID && PARK_CONTRACT.test(before)) return { targets: ['indicators'], why: `park-wide contracted investment (${guess.evidence})` };
    if (INVESTMENT_BEFORE.test(before)) return { targets: ['investments'], why: 'cost of an item (总投资…)' };
    if (INVESTMENT_SPEND.before.test(before) && INVESTMENT_SPEND.after.test(m.slice(figure.end))) return { targets: ['investments'], why: 'money spent to build (投资…建设)' };
    if (named && (!firm || ITEM_MONEY.has(guess.id))) return { targets: ['investments'], why: `money of an item (${named})` };
    if (firm) return { targets: ['indicators'], why: `park-level money (${guess.evidence})` };
    if (itemWord) return { targets: ['investments'], why: `money near an item (${itemWord})` };
    return { targets: ['indicators'], why: 'money without an item' };
  }
  if (unit === '亩') {
    // "创业大道总投资2.6亿元，需征地186亩": the land a named item needs is the item's, not the park's.
    if (named && NEEDS.test(m.slice(sentence.start, figure.numStart))) return { targets: ['investments'], why: `land ${named} needs` };
    const targets: Target[] = firm || !itemWord ? ['indicators'] : [];
    if (itemWord) targets.push('investments');
    return { targets, why: itemWord ? `land of an item (${itemWord})${targets.length > 1 ? ': both files' : ''}` : 'park land' };
  }
  if (unit === '平方米' || unit === '万平方米') {
    return firm ? { targets: ['indicators', 'investments'], why: `floor space with ${guess.evidence}: both files` } : { targets: ['investments'], why: 'floor space of an item' };
  }
  const clause = m.slice(quote.start, quote.end);
  if (!firm && itemWord && BUILD_VERBS.test(clause) && dim === 'count') return { targets: ['investments'], why: `built items (${itemWord})` };
  return { targets: ['indicators'], why: 'park-level count or rate' };
}

const LEADING_VERBS = /^(?:\s|[一二三四五六七八九十]+是|\d{1,2}[、．](?!\d)|全面|积极|加快|重点|继续|抓紧|力争|确保|并|启动|完成|推进|推动|实施了?|开展|总投资|总投入|投资总额|投资|投入|共需|约需|可|建设|新建|建成|实现|催促)+/u;

/**
 * When no item is named (items.ts): the nearest clause at or before the figure (within its
 * paragraph, 80 characters back) that mentions something built, without the figure and leading
 * verbs, in the text's own characters. A draft to edit.
 */
export function clauseAsName(m: string, text: string, figure: Figure, vocabulary: Vocabulary): string {
  const itemPiece = new RegExp(`${vocabulary.itemWords.source}|项目|工程|中心|园|站|配套|建设`, 'u');
  const own = clauseAround(m, figure.start, figure.end);
  const limit = Math.max(0, figure.start - 80);
  let chosen: Span = own;
  for (let piece: Span = own; ; ) {
    // "该项目总投资8亿元" names no item: look further back.
    const named = stripName(m, piece, figure);
    if (itemPiece.test(m.slice(piece.start, piece.end)) && hanCount(named) >= 2 && !/^(?:该|此|本|上述)/u.test(named)) {
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

/** Money or size that says what an item is to be (总投资, 占地, 总建筑面积), not what was done. */
const SCOPE_BEFORE = /(?:总投资|计划投资|计划总投资|投资总额|总投入|概算|占地|占地面积|总建筑面积|规划建筑面积|规划面积)[约为达共计:：]{0,2}$/u;
/** What an item needs (需征地186亩, 拆迁房屋43栋, 拟征地120亩): planned, whatever the report's tense. */
const NEEDS = /(?:需要?|拟|计划|涉及)[^，,。；;\d]{0,6}$|(?:需要?|拟|计划)[^，,。；;]{0,30}[，,、](?:拆迁|拆除|搬迁|迁移|安置|征收|征用)[^，,。；;\d]{0,6}$/u;
/** "园区供水管网改造：投资2600万元": the money right after an item's heading is what it is to cost. */
const HEADED_COST = /[：:]\s*(?:项目)?(?:计划)?(?:投资|投入)[约为]?$/u;
/** "投资3.5亿元的石门大道…", "投资1.2亿元建设的…管网": the amount describes the item. */
const DESCRIBING = { before: /(?:投资|投入)[约为]?$/u, after: /^(?:左右)?(?:建设)?的/u };
const DONE = /建成|竣工|完工|投产|投运|通车|交付使用|投入使用|投用/gu;
const NOT_YET = /预计|计划|将|拟|力争|争取|确保|即将|前|年底|月底|后/u;
const PART = /[一二三四首]期|部分|局部|\d+号/u;

/**
 * The item is finished, said in its sentence from where it is named on: "…工程全面完工", "该道路已
 * 建成通车", and not "预计明年投产" (not yet), "一期已投产" (a part), "已建成厂房2.6万平方米"
 * (a part, built), nor what another item's clause says ("投资3.5亿元的A全面完工，投资1.2亿元的B…").
 */
export function itemDone(m: string, at: number, itemKey: string): boolean {
  const sentence = sentenceAround(m, at);
  const own = clauseAround(m, at, at);
  const named = itemKey === '' ? -1 : m.lastIndexOf(itemKey, at);
  const from = named >= sentence.start ? clauseAround(m, named, named).start : own.start;
  for (let p = from; p < sentence.end; ) {
    const clause = clauseAround(m, p, p);
    if (clause.start > own.start && /投资[约为]?\d/u.test(m.slice(clause.start, clause.end))) break;
    for (const hit of m.slice(clause.start, clause.end).matchAll(DONE)) {
      const start = clause.start + hit.index;
      const lead = m.slice(clause.start, start);
      const rest = m.slice(start + hit[0].length, clause.end);
      const part = PART.exec(lead)?.[0];
      if (NOT_YET.test(lead) || (part !== undefined && !itemKey.includes(part))) continue;
      if (/^(?:并|了|和)?(?:投运|投产|运营|使用|通车|投用|并网|营运|交付|招生|办学|正式)*$/u.test(rest)) return true;
    }
    p = clause.end + 1;
  }
  return false;
}

/**
 * planned for targets and for what an item is to be (总投资, 占地) until the text says it is
 * finished; in reports, otherwise, what the quote (else its sentence) says.
 */
export function basisOf(kind: Kind, m: string, figure: Figure, quote: Span, itemKey: string): 'planned' | 'completed' | 'in_progress' {
  if (kind === 'target') return 'planned';
  const before = m.slice(quote.start, Math.max(quote.start, figure.start));
  if (NEEDS.test(m.slice(sentenceAround(m, figure.numStart).start, figure.numStart))) return 'planned';
  const headed = HEADED_COST.test(m.slice(Math.max(0, quote.start - 2), figure.numStart));
  const describes = headed || SCOPE_BEFORE.test(before) || (DESCRIBING.before.test(before) && DESCRIBING.after.test(m.slice(figure.end)));
  if (describes) return itemDone(m, figure.start, itemKey) ? 'completed' : 'planned';
  const sentence = sentenceAround(m, figure.numStart);
  const quoteWords = m.slice(quote.start, phraseEnd(m, quote.end));
  const sentenceWords = m.slice(sentence.start, sentence.end);
  if (COMPLETED_WORDS.test(quoteWords)) return 'completed';
  if (inItemDescription(m, sentence.start, clauseAround(m, figure.start, figure.end).start)) return 'planned';
  return IN_PROGRESS_WORDS.test(quoteWords) || (!COMPLETED_WORDS.test(sentenceWords) && IN_PROGRESS_WORDS.test(sentenceWords)) ? 'in_progress' : 'completed';
}

/** What describes an item (总投资, 占地, 建筑面积) and what says how far it has got (已, 目前, 完成…). */
const DESCRIPTION_START = /总投资|计划投资|投资总额|占地|建筑面积|规划面积/u;
const PROGRESS_WORDS = /已|目前|完成|建成|累计|投产|竣工|完工|开工|正在|在建|年内/u;

/**
 * "项目总投资12亿元，新建隔膜生产线4条，目前已完成…": the clauses after an item's 总投资 (or 占地)
 * describe what it is to be until one says how far it has got.
 */
function inItemDescription(m: string, sentenceStart: number, clauseStart: number): boolean {
  const before = m.slice(sentenceStart, clauseStart);
  const described = DESCRIPTION_START.exec(before);
  return described !== null && !PROGRESS_WORDS.test(before.slice(described.index + described[0].length));
}

/** Where the phrase after a quote ends: "9万平方米标准化厂房建设、…等重点项目加快建设," still describes it. */
function phraseEnd(m: string, from: number): number {
  const next = /[，,。；;！!？?\n]/u.exec(m.slice(from));
  return next ? from + next.index : m.length;
}
