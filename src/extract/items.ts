/**
 * The item an investment figure belongs to, named from the text: a heading before a colon
 * (黄花路：…, 鸿洲包装：…), a noun phrase ending in an item word (…污水处理厂提标改造项目,
 * 标准厂房三期), carried over to the clauses that refer back to it (该道路, 该项目, 其中, 二期).
 * One item gets one name in every sentence, so its planned and completed money line up.
 *
 * Everything is found on `match` (simplified) and cut from `text` at the same offsets, so a
 * name keeps the report's own characters.
 */
import { clauseAround, hanCount, isBoundary, type Span } from './clauses.ts';
import type { Figure } from './numbers.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface ItemName {
  /** The name in the text's own characters. */
  name: string;
  /** The same name in simplified characters, for the rules. */
  key: string;
  how: 'heading' | 'phrase' | 'reference' | 'phase';
}

export interface Heading {
  /** Offsets of the name, before its colon (or full stop, for a numbered line). */
  name: Span;
  /** What the heading governs: from after the colon to the next heading or line break. */
  scope: Span;
}

/** 1、 (一) （1） 一是 2. and spaces before a heading. */
const MARKER = String.raw`(?:\s|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.](?!\d)|[一二三四五六七八九十]是)*`;
const NAME_CHARS = String.raw`[^\s，,。；;：:、！!？?“”"（）()]`;
const COLON_HEADING = new RegExp(`(?:^|[\\n\\r。；;！!？?])${MARKER}(${NAME_CHARS}{2,24}?)[：:]`, 'gu');
/** A numbered line whose first sentence is a name: "（1）园区东区污水管网工程。" */
const NUMBERED_NAME = new RegExp(`(?:^|[\\n\\r。；;])\\s*(?:[(（][一二三四五六七八九十\\d]{1,3}[)）]|\\d{1,2}[、.](?!\\d))\\s*(${NAME_CHARS}{2,24}?)[。.](?!\\d)`, 'gu');
/** Labels, not items: "重点项目推进情况如下：", "联系电话：", "其中：", "我们的目标是：". */
const NOT_A_NAME = /情况|方面|(?:是|为|有|如下|以下|包括|要求|思路|目标|措施|任务|重点|其中|具体|人|电话|地址|时间|主题|口号|要点|安排|计划|打算|总结|工作|内容|意见|成效|举措|做法|问题|原因|建议|指标|来源|说明|附件|年|月|日)$|我们|我园|我区|我县|主要|以下/u;
/** Where a numbered line is a task ("（一）加快重点项目建设。"), not an item. */
const TASK_START = /^(?:加快|推进|抓|强化|提升|狠抓|全力|着力|做好|坚持|深化|优化|完善|加强|实施|启动|聚焦|立足|紧盯|围绕|突出|持续|大力|积极|扎实|全面|进一步|打造|推动|落实|培育|壮大|做大|做强|创新|健全|保障|服务|经济|项目建设|基础设施|招商|产业|工程建设)/u;

/** Headings in text order. A heading's scope ends at the next heading, line break or list marker. */
export function findHeadings(m: string, vocabulary: Vocabulary): Heading[] {
  const found: Span[] = [];
  for (const hit of m.matchAll(COLON_HEADING)) {
    const name = hit[1] ?? '';
    if (NOT_A_NAME.test(name) || /\d+[年月日]/u.test(name) || isClassOfProjects(name)) continue;
    const start = hit.index + hit[0].length - 1 - name.length;
    found.push({ start, end: start + name.length });
  }
  for (const hit of m.matchAll(NUMBERED_NAME)) {
    const name = hit[1] ?? '';
    if (!vocabulary.itemHead.test(name) || TASK_START.test(name) || NOT_A_NAME.test(name)) continue;
    const start = hit.index + hit[0].length - 1 - name.length;
    found.push({ start, end: start + name.length });
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((name, k) => {
    const next = found[k + 1]?.start ?? m.length;
    const rest = m.slice(name.end + 1, next);
    const stop = /[\n\r]|[。；;]\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[、.](?!\d))/u.exec(rest);
    const end = Math.min(name.end + 1 + (stop?.index ?? rest.length), name.end + 400);
    return { name, scope: { start: name.end + 1, end } };
  });
}

/** Words of a generic class of projects (重点项目, 在建项目): a count of items, not one item. */
const CLASS_OF_PROJECTS = /^(?:重点|产业|工业|招商|扩产|技改|优质|龙头|外资|在建|新建|续建|建设|省市|省|市|县|区|重大|签约|引进|新开工|开工|竣工|投产|民生|基础设施|基础配套|配套|园区|全年|各类|各|亿元|以上|的|和|及|、|列入|安排|实施|共|全区|全县|全园)*(?:项目|工程)(?:建设)?$/u;
/** Words that describe any item, not which one: what is left after them names it. */
const GENERIC_WORDS = /园区|标准化|标准|厂房|安置|房屋|房|道路|管网|污水|雨水|雨污|供水|给排水|设施|仓储|项目|工程|建设|配套|基础|新建|改造|提质|扩建|升级|[一二三四首]期|主体|路基|施工|工业|产业/gu;

export function isClassOfProjects(name: string): boolean {
  return CLASS_OF_PROJECTS.test(name);
}

/** Has a name part of its own (滨河路, 万华新材料项目), not only generic words (标准厂房). */
export function isSpecific(name: string): boolean {
  return !isClassOfProjects(name) && hanCount(name.replace(GENERIC_WORDS, '')) >= 2;
}

/** 该项目, 该道路, 此工程, 项目总投资…: the clause speaks of an item named before. */
const REFERENCE = /^(?:其中)?(?:目前|今年|年内)?(?:该|此|本|上述|这一?)(?:项目|工程|道路|路|厂|园|中心|基地|片区|企业|公司)?|^(?:项目|工程)(?=总|已|占地|计划|累计|完成|目前|今年|年内|建成|投资|投入)/u;
/** 二期总投资…, 二期工程已…: a phase of the item named before. */
const PHASE = /^(?:其中)?([一二三四五首]期(?:工程|项目)?)/u;
const PHASE_SUFFIX = /[(（]?[一二三四五首]期(?:工程|项目)?[)）]?$/u;

/** A phrase that says what an item needs or displaces (需拆除房屋, 拆迁农户, 征收土地), not an item. */
const NEED_NAME = /^(?:需要?|拟|计划|涉及|共需)?(?:新?征(?:收|用|迁)?|拆迁|拆除|搬迁|迁移|安置)(?:土地|用地|房屋|农户|群众|杆线|户)?$/u;

/** Verbs and markers a name does not start with. */
const LEADING = /^(?:\s|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+是|\d{1,2}[、.](?!\d)|全面|积极|加快|重点|继续|抓紧|力争|确保|并|启动|完成|推进|推动|实施了?|开展|总投资|总投入|投资总额|计划投资|计划总投资|投资|投入|共需|约需|可|建设|新建|建成|实现|催促|其中|目前|今年|年内|已|在|对|将|由|把|还|同时|计划|拟|争取|于)+/u;
/** A verb inside what precedes an item word: the name starts after it ("…设立主体宣传牌" → 主体宣传牌). */
const VERB_INSIDE = /设立|新建|建成(?!区)|修建|启动|完成|实施了?|推进|开工|满足|解决|用于|形成|提高|利用|实现|开发|征收|打造|引进|推动|催促|抓紧|腾出/gu;
const HAS_VERB = new RegExp(VERB_INSIDE.source, 'u');

/** Where a name ends on the right: a verb or a time after it (…项目已完成, …工程于8月). */
const AFTER_NAME = /^(?:已|完成|全面|进入|建成|开工|于|正在|目前|将|预计|实现|投产|竣工|顺利|基本|主体|年内|今年|计划|总投资|投资|投入|占地|新建|建设面积|全长|总建筑|规划)/u;
/** Item words a name may run on with (…管网改造, 标准厂房三期, …大道北延工程). */
const TAIL = /^(?:[(（][一二三四五首]期[)）]|[一二三四五首]期(?=工程|项目|[，,。；;：:、)）]|$)|提质改造|提标改造|增容改造|改造|扩建|升级|建设|延伸段|[东西南北]延(?:线|段)?|连接线|支线|工程|项目)+/u;

/**
 * The item phrase in [from, to) of `m`: from the first name character after leading verbs to
 * the end of the last item word (and its tails) before a verb stops it, or null.
 */
export function phraseIn(m: string, from: number, to: number, vocabulary: Vocabulary): Span | null {
  const piece = m.slice(from, to);
  const lead = LEADING.exec(piece)?.[0].length ?? 0;
  let end = -1;
  for (const hit of piece.matchAll(vocabulary.itemHeadGlobal)) {
    if (hit.index < lead || hit.index < end) continue;
    // A verb between the name so far and this item word ends the name before it.
    if (end >= 0 && (AFTER_NAME.test(piece.slice(end)) || HAS_VERB.test(piece.slice(end, hit.index)))) break;
    let stop = hit.index + hit[0].length;
    stop += TAIL.exec(piece.slice(stop))?.[0].length ?? 0;
    end = stop;
  }
  if (end < 0) return null;
  const verbs = [...piece.slice(lead, end).matchAll(VERB_INSIDE)].at(-1);
  const start = from + lead + (verbs ? verbs.index + verbs[0].length : 0);
  const name = m.slice(start, from + end);
  // "在儒溪新集镇4号路对面…范围": a place where something happens, not an item.
  if (/在|于|对面|附近|范围|周边|沿线/u.test(name) || vocabulary.notItem.test(name) || hanCount(name) < 2) return null;
  return { start, end: from + end };
}

/**
 * "沿湖路、纬七路、纬八路、纬九路等道路建设": a phrase that starts a clause right after 、 takes
 * the short list items before it (no numbers in them), from the first one's name on.
 */
function overList(m: string, phrase: Span): Span {
  let start = phrase.start;
  for (let items = 0; items < 6 && m[start - 1] === '、'; items++) {
    const previous = clauseAround(m, start - 2, start - 2);
    const words = m.slice(previous.start, start - 1);
    if (/\d/u.test(words) || [...words].length > 16) break;
    const lead = LEADING.exec(words)?.[0].length ?? 0;
    start = previous.start + lead + (words.startsWith('即', lead) ? 1 : 0);
  }
  return { start, end: phrase.end };
}

interface Clause {
  span: Span;
  /** The clause without a leading 其中. */
  body: number;
}

function clauseAt(m: string, at: number): Clause {
  const span = clauseAround(m, at, at);
  const body = span.start + (/^\s*其中/u.exec(m.slice(span.start, span.end))?.[0].length ?? 0);
  return { span, body };
}

/** The figures' digits and units are not part of a name: the pieces of a clause between them. */
function piecesAround(span: Span, figures: readonly Figure[]): Span[] {
  const inside = figures.filter((f) => f.start >= span.start && f.end <= span.end);
  const pieces: Span[] = [];
  let at = span.start;
  for (const f of inside) {
    pieces.push({ start: at, end: f.start });
    at = f.end;
  }
  pieces.push({ start: at, end: span.end });
  return pieces;
}

export interface ItemContext {
  m: string;
  text: string;
  figures: readonly Figure[];
  headings: readonly Heading[];
  vocabulary: Vocabulary;
}

/** The name at `s`, in the text's characters and in simplified ones. */
function named(ctx: ItemContext, s: Span, how: ItemName['how']): ItemName {
  const lead = /^\s*/u.exec(ctx.m.slice(s.start, s.end))?.[0].length ?? 0;
  const trail = /\s*$/u.exec(ctx.m.slice(s.start, s.end))?.[0].length ?? 0;
  const span = { start: s.start + lead, end: s.end - trail };
  return { name: ctx.text.slice(span.start, span.end), key: ctx.m.slice(span.start, span.end), how };
}

/** The heading whose scope holds `at`. */
function headingAt(ctx: ItemContext, at: number): Heading | undefined {
  return ctx.headings.findLast((h) => h.scope.start <= at && at < h.scope.end);
}

/**
 * What one clause names: a phase of the item before (二期…), a reference to it (该项目…), or a
 * phrase of its own, searched first right after the figure (投资1000万元建设智慧园区一期工程,
 * 投资3.5亿元的石门大道改造工程) and then before it.
 */
function clauseName(ctx: ItemContext, clause: Clause, figure: Figure | null, depth: number): ItemName | null {
  const { m } = ctx;
  const body = m.slice(clause.body, clause.span.end);
  const phase = PHASE.exec(body);
  if (phase) {
    const base = itemBefore(ctx, clause.span.start, depth + 1, true);
    const length = (phase[1] ?? '').length;
    if (base) {
      return {
        name: `${base.name.replace(PHASE_SUFFIX, '')}${ctx.text.slice(clause.body, clause.body + length)}`,
        key: `${base.key.replace(PHASE_SUFFIX, '')}${m.slice(clause.body, clause.body + length)}`, how: 'phase',
      };
    }
  }
  if (REFERENCE.test(body)) return itemBefore(ctx, clause.span.start, depth + 1, true);
  const pieces = piecesAround({ start: clause.body, end: clause.span.end }, ctx.figures);
  const own = figure ? pieces.findIndex((p) => p.start === figure.end) : -1;
  const order = own >= 0 ? [own, ...[...pieces.keys()].slice(0, own).reverse(), ...[...pieces.keys()].slice(own + 1)] : [...pieces.keys()].reverse();
  for (const k of order) {
    const piece = pieces[k];
    if (!piece) continue;
    // A piece after a figure names only what the figure modifies: "…万元的X", "…万元建设X", "…平方米标准厂房".
    const after = k > 0;
    const from = piece.start + (after ? (/^(?:左右|以上)?(?:的|建设的|用于|建设|实施了?|完成|新建|改造|修建)?/u.exec(m.slice(piece.start, piece.end))?.[0].length ?? 0) : 0);
    const phrase = phraseIn(m, from, piece.end, ctx.vocabulary);
    if (!phrase || (after && phrase.start !== from)) continue;
    if (!after) return named(ctx, overList(m, phrase), 'phrase');
    return modified(ctx, pieces[k - 1], piece.start, phrase);
  }
  return null;
}

/**
 * A phrase right after a figure, with what the figure says of it: a voltage is part of the name
 * ("园区11万伏专用变电站"), and a generic thing takes the place or phase named before the figure
 * ("在三湾浮标园新建2万平方米标准厂房" → 三湾浮标园标准厂房).
 */
function modified(ctx: ItemContext, before: Span | undefined, figureEnd: number, phrase: Span): ItemName {
  const { m, text } = ctx;
  const figure = ctx.figures.find((f) => f.end === figureEnd);
  const voltage = figure !== undefined && (figure.unit === '千伏' || figure.unit === '万伏');
  const place = placeBefore(ctx, before);
  const parts: Span[] = [];
  if (place && (voltage || !isSpecific(m.slice(phrase.start, phrase.end)))) parts.push(place);
  if (voltage && figure) parts.push({ start: figure.numStart, end: figure.end });
  parts.push(phrase);
  return { name: parts.map((p) => text.slice(p.start, p.end)).join(''), key: parts.map((p) => m.slice(p.start, p.end)).join(''), how: 'phrase' };
}

/** The place named right before a figure ("在三湾浮标园新建", "充分利用电子信息产业园"). */
function placeBefore(ctx: ItemContext, piece: Span | undefined): Span | null {
  if (!piece) return null;
  const words = ctx.m.slice(piece.start, piece.end);
  const hit = /([^\s，,。；;：:、]{2,16}?(?:园(?!区)|园区|中心|基地|新区|片区)|[一二三四五首]期)(?:新建|建设|建成|修建|内|的)?$/u.exec(words);
  if (!hit) return null;
  const verbs = [...(hit[1] ?? '').matchAll(VERB_INSIDE)].at(-1);
  const lead = LEADING.exec(hit[1] ?? '')?.[0].length ?? 0;
  const start = piece.start + hit.index + Math.max(lead, verbs ? verbs.index + verbs[0].length : 0);
  const end = piece.start + hit.index + (hit[1] ?? '').length;
  return end - start >= 2 || /期$/u.test(hit[1] ?? '') ? { start, end } : null;
}

/**
 * The item named before `at`: the heading in scope, else the nearest earlier clause of the
 * same sentence that names one (or, for 该项目…, of the paragraph, up to 160 characters back).
 */
function itemBefore(ctx: ItemContext, at: number, depth: number, acrossSentences = false): ItemName | null {
  const heading = headingAt(ctx, at);
  if (heading) return named(ctx, heading.name, acrossSentences ? 'reference' : 'heading');
  if (depth > 4) return null;
  const limit = Math.max(0, at - 160);
  for (let p = at - 1; p > limit; ) {
    const ch = ctx.m[p] ?? '';
    if (/[\n\r]/u.test(ch) || (!acrossSentences && /[。；;！!？?]/u.test(ch))) return null;
    if (!isBoundary(ch)) {
      const clause = clauseAt(ctx.m, p);
      const name = clauseName(ctx, clause, null, depth);
      if (name && !isClassOfProjects(name.key)) return acrossSentences ? { ...name, how: 'reference' } : name;
      p = clause.span.start - 1;
    } else p--;
  }
  return null;
}

/**
 * The item a figure belongs to. A heading in scope names it unless the figure's own clause names
 * a specific part of it (其中滨河路…); a generic own phrase (厂房, 仓储设施) stays under the heading.
 */
export function itemOf(ctx: ItemContext, figure: Figure): ItemName | null {
  // "110千伏变电站配套工程：…": a figure inside a heading belongs to the heading.
  const within = ctx.headings.find((h) => h.name.start <= figure.start && figure.end <= h.name.end);
  if (within) return named(ctx, within.name, 'heading');
  const clause = clauseAt(ctx.m, figure.start);
  const phrase = clauseName(ctx, clause, figure, 0);
  // "需拆迁房屋28栋", "征地186亩": what an item needs names the need, not the item.
  const own = phrase !== null && NEED_NAME.test(phrase.key) ? null : phrase;
  const heading = headingAt(ctx, figure.start);
  if (heading) {
    const title = named(ctx, heading.name, 'heading');
    // A specific heading owns its paragraph ("华瑞二期：…新建隔膜生产线4条" is the heading's); a part
    // of it is named only when the clause says so (其中滨河路…) or under a heading that names a class.
    const part = clause.body > clause.span.start || !isSpecific(title.key);
    if (own && own.how !== 'reference' && (own.how === 'phase' || (part && isSpecific(own.key) && !title.key.includes(own.key)))) return own;
    return title;
  }
  if (own) return own;
  return itemBefore(ctx, clause.span.start, 0);
}
