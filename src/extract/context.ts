/**
 * What the words around a figure say about it: is it a target or an actual, for which year and
 * period. The document's kind sets the default (in a plan "完成X" is a target); a section
 * heading such as "三、2018年工作打算" switches a report to plan mode for what follows; words in
 * the clause (指标值, 力争, 已, 去年…) override both.
 */
import { clauseAround, periodScopeStart, sentenceAround, type Span } from './clauses.ts';
import { RATIO_LEAD } from './numbers.ts';

export type DocKind = 'plan' | 'report' | 'report_and_plan';
export type Mode = 'plan' | 'report';
export type Kind = 'target' | 'actual';

export interface Section {
  start: number;
  mode: Mode | null;
  /** The year the heading names (2018 in "三、2018年工作打算"), as written. */
  year?: number;
  heading: string;
}

const HEADING = /(?:^|[\s。；;:：!！?？])((?:[一二三四五六七八九十]+、)\s*)((?:19|20)\d\d)?年?度?([^\s。；;，,:：]{0,24})/gu;
const HEADING_WORD = /打算|安排|计划|规划|思路|目标|展望|部署|重点|任务|情况|总结|回顾|成效|成绩|进展|完成/u;
const PLAN_WORD = /^(?:打算|安排|计划|规划|思路|目标|展望|部署|重点|任务)$/u;

/**
 * Top-level headings (一、二、…) with the mode their first heading word implies. The first word
 * decides because without line breaks the heading runs into the text ("二、2025年工作安排力争完成…").
 */
export function findSections(m: string): Section[] {
  const sections: Section[] = [];
  for (const hit of m.matchAll(HEADING)) {
    const words = `${hit[2] ?? ''}${hit[3] ?? ''}`;
    const first = HEADING_WORD.exec(hit[3] ?? '')?.[0];
    sections.push({
      start: hit.index,
      mode: first === undefined ? null : PLAN_WORD.test(first) ? 'plan' : 'report',
      year: hit[2] !== undefined ? Number(hit[2]) : undefined,
      heading: `${hit[1] ?? ''}${words}`,
    });
  }
  return sections;
}

/** Title words decide when documents.csv does not: 总结…打算 is both. */
export function guessDocKind(m: string): DocKind {
  const head = m.slice(0, 300);
  const plan = /打算|安排|计划|规划|方案|思路/u.test(head);
  const report = /总结|情况|回顾|汇报|报告/u.test(head);
  if (plan && report) return 'report_and_plan';
  return plan ? 'plan' : 'report';
}

/** The first year the text names ("2023年是…"): the year it speaks of, whatever documents.csv says. */
export function statedYear(m: string): number | undefined {
  const hit = /((?:19|20)\d\d)\s*年/u.exec(m);
  return hit ? Number(hit[1]) : undefined;
}

/**
 * Years to add to the years written in the text to give documents.csv's year: non-zero only for a
 * re-dated template, whose text never names the year documents.csv gives it (003_… says 2023
 * throughout for a 2014 plan). A report that names its year and then the next one's plan first
 * ("二、2025年工作目标" in a 2024 report) is not re-dated, nor one whose first year is one off.
 */
export function templateShift(m: string, docYear: number | undefined): number {
  const stated = statedYear(m);
  if (docYear === undefined || stated === undefined) return 0;
  // One year apart is a report and its plan (a 2024 report opening on 2025's targets), not a re-dated template.
  if (Math.abs(docYear - stated) <= 1) return 0;
  return new RegExp(`(?<!\\d)${docYear}\\s*年`, 'u').test(m) ? 0 : docYear - stated;
}

/**
 * Mode and year at an offset: the last heading with a mode before it, else the document's
 * default. The year is the one that heading (or a later one) names; a plan section without a
 * year inside a report-and-plan document is about the next year.
 */
export function modeAt(sections: readonly Section[], at: number, docKind: DocKind): { mode: Mode; headingYear?: number; nextYear: boolean } {
  let current: Section | undefined;
  let year: Section | undefined;
  for (const s of sections) {
    if (s.start > at) break;
    if (s.mode !== null) current = s;
    if (s.year !== undefined) year = s;
  }
  const mode: Mode = current?.mode ?? (docKind === 'plan' ? 'plan' : 'report');
  const headingYear = year !== undefined && (current === undefined || year.start >= current.start) ? year.year : undefined;
  return { mode, headingYear, nextYear: headingYear === undefined && mode === 'plan' && docKind === 'report_and_plan' };
}

/**
 * A target list that runs on over sentences opens with an introducer: "主要预期目标是：",
 * "今年的目标为", "全年目标任务：" — not a completion ratio (占目标任务180亿元的93%) nor a single
 * target (全年目标为275亿元) — or with 力争/确保/预期/计划 heading a sentence after a time
 * ("2025年，力争…", "明年计划实现…").
 */
const LIST_OPENERS: readonly RegExp[] = [
  /(?<!占)(?:目标|目标任务|主要任务|预期)(?:是|为|如下)?[:：]/gu,
  /(?<!占)目标(?:是|为)(?![\d约近逾])/gu,
  /指标(?:是|为)[:：]?(?![\d约近逾])/gu,
  /(?:^|[。！!？?\n\r，,])\s*(?:(?:19|20)\d\d\s*年|今年|明年|全年|年内)[，,]?[^，,。；;\d\n]{0,10}?(?:力争|确保|预期|计划(?=实现|完成|达到)|将(?=实现|完成|达到|突破))/gu,
];
/** Words before an introducer that say its targets were met (完成/超额完成/实现…目标). */
const MET_TARGETS = /完成|实现|超额|达到|超过|突破/u;
/** A sentence that speaks of what was done ends a target list: 已, 目前, 截至, 去年, 1-10月, 上半年… */
const DONE_SENTENCE = /已|目前|截[至止]|去年|上年|累计|完成情况|实际完成|(?<![\d.])\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|上半年|前三季度|一季度/u;
/** A line that carries on a list (1. （1） 一是 - ·). */
const LIST_LINE = /^\s*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[、.．](?!\d)|[一二三四五六七八九十]{1,3}是|[-·•])/u;
const SCOPE_REACH = 600;

export interface TargetScope {
  /** Where the introducer stands. */
  start: number;
  /** The year its sentence names, as written. */
  year?: number;
  /** Its sentence says 明年. */
  nextYear: boolean;
}

/** The last list introducer before `at` within reach. */
function lastOpener(m: string, at: number): number | null {
  const from = Math.max(0, at - SCOPE_REACH);
  let best: number | null = null;
  for (const re of LIST_OPENERS) {
    for (const hit of m.slice(from, at).matchAll(re)) {
      const start = from + hit.index + (/^[。！!？?\n\r，,]/u.test(hit[0]) ? 1 : 0);
      // "全面完成年初确定的目标任务：…" reports that targets were met: what follows is done.
      if (MET_TARGETS.test(m.slice(clauseAround(m, start, start).start, start))) continue;
      if (best === null || start > best) best = start;
    }
  }
  return best;
}

/**
 * The target list `at` stands in, if any: from its introducer across clauses and sentences until
 * the topic changes — a section heading, a sentence about what was done (已, 截至, 去年…) or a
 * line break (when the introducer ends its line, list lines after it carry it on).
 */
export function targetScopeAt(m: string, sections: readonly Section[], at: number): TargetScope | null {
  const start = lastOpener(m, at);
  if (start === null) return null;
  if (sections.some((s) => s.start > start && s.start <= at)) return null;
  const openerLineEnd = m.slice(start).search(/[\n\r]/u);
  const listFollows = openerLineEnd >= 0 && /[:：]\s*$/u.test(m.slice(start, start + openerLineEnd));
  const openerSentence = sentenceAround(m, start);
  // "园区的目标是：打造千亿园区。" states an aim, not a list of figures: the sentences after it are not targets.
  if (at >= openerSentence.end && !listFollows && !FIGURE_WORDS.test(m.slice(start, openerSentence.end))) return null;
  for (let p = openerSentence.end; p < at; ) {
    if (/[\n\r]/u.test(m[p] ?? '') && !(listFollows && LIST_LINE.test(m.slice(p + 1, p + 13)))) return null;
    const next = sentenceAround(m, p + 1);
    if (next.start > at) break;
    if (DONE_SENTENCE.test(m.slice(next.start, Math.min(next.end, at)))) return null;
    p = Math.max(next.end, p + 1);
  }
  const head = m.slice(openerSentence.start, Math.min(at, openerSentence.end));
  const years = [...head.matchAll(/(?<![\d比较与])((?:19|20)\d\d)\s*年(?!\d|以来|同期)/gu)];
  const year = years.at(-1)?.[1];
  return { start, year: year !== undefined ? Number(year) : undefined, nextYear: year === undefined && /明年|下一年/u.test(head) };
}

/**
 * Mode and year at a figure: its section's (modeAt), unless it stands in a target list, which reads
 * as a plan (完成/实现 inside it are targets; 已, 累计 still mark what was done) dated by its introducer.
 */
export function modeAtFigure(m: string, sections: readonly Section[], at: number, docKind: DocKind): { mode: Mode; headingYear?: number; nextYear: boolean } {
  const base = modeAt(sections, at, docKind);
  const scope = targetScopeAt(m, sections, at);
  if (scope === null) return base;
  if (scope.year !== undefined) return { mode: 'plan', headingYear: scope.year, nextYear: false };
  // 明年 in the figure's own sentence already dates it (decidePeriodYear); later sentences take it from the introducer.
  const ownNextYear = /明年|下一年/u.test(m.slice(periodScopeStart(m, at), at));
  return { mode: 'plan', headingYear: base.headingYear, nextYear: (scope.nextYear && !ownNextYear) || base.nextYear };
}

const TARGET_IN_BRACKETS = /[(（][^)）]*(?:指标值|目标值|目标|计划|预期)[^)）]*$/u;
const TARGET_WORDS_REPORT = /力争|确保|计划|拟|预计|预期|目标|指标值|争取|需(?!求)|需要|将(?=实现|完成|达到|突破|超过|新增|引进|力争|争取)/u;
/**
 * 预计全年完成…, 预计今年可实现…: in a report, an actual estimated before the year closed (not a
 * target), unlike 预计总投资 or 预计明年投产.
 */
const ESTIMATE = /预计(?:全年|今年|年底|到年底|年内|本年|当年|1-12月)?(?:可|能|将)?(?:完成|实现|达到|达)/gu;
/**
 * A completion ratio: the share of a target an actual reached (占目标任务180亿元的93.3%,
 * 完成全年任务的105%). Its target words speak of the target beside it, not of the figures around.
 */
const COMPLETION_RATIO = new RegExp(String.raw`${RATIO_LEAD}\s*\d+(?:\.\d+)?\s*%`, 'gu');
/** The same text with completion ratios blanked (same length, so offsets hold). */
const withoutRatios = (s: string): string => s.replace(COMPLETION_RATIO, (r) => '，'.repeat(r.length));
/** The note an estimated actual carries: the row's reader (review page, data files, JSON API) sees it is not the final count. */
export const ESTIMATED_NOTE = '预计数：原文为年终前的预计值，非最终统计。';
const ACTUAL_WORDS_REPORT = /完成|实现|已|累计|达到|达/u;
const ACTUAL_WORDS_PLAN = /已|目前|现有|去年|上年|原来|原有|累计完成|完成了|实现了/u;
const TARGET_WORDS_PLAN = /力争|确保|完成|实现|计划|达到|突破|争取|新增|引进|建成/u;

/** A number with a unit, as words between a target word and an actual word. */
const FIGURE_WORDS = /\d(?:\.\d+)?\s*[余多]?[万亿]?(?:元|%|个|家|亩|平方米|项|栋|名|人)/u;

export interface KindDecision {
  kind: Kind;
  why: string;
  /** A word decided it (力争, 已…), not only the section's default. */
  marked: boolean;
  /** An actual the text gives as 预计 (estimated). */
  estimated?: boolean;
}

const lastOf = (re: RegExp, s: string): { word: string; at: number } | null => {
  const hits = [...s.matchAll(new RegExp(re.source, 'gu'))];
  const hit = hits.at(-1);
  return hit ? { word: hit[0], at: hit.index } : null;
};

/**
 * target or actual, with the reason. `before` is the quote up to the number: words after the
 * number belong to the next figure. The nearest word decides; without one, the section does.
 */
export function decideKind(quoteBefore: string, mode: Mode): KindDecision {
  if (TARGET_IN_BRACKETS.test(quoteBefore)) return { kind: 'target', why: 'target: “指标值/目标” in brackets', marked: true };
  // "(指标值55亿元),同比增长45.2%": a closed bracket speaks of its own number only.
  const before = withoutRatios(quoteBefore.replace(/[(（][^)）]*[)）]/gu, ''));
  const [targetWords, actualWords] = mode === 'report' ? [TARGET_WORDS_REPORT, ACTUAL_WORDS_REPORT] : [TARGET_WORDS_PLAN, ACTUAL_WORDS_PLAN];
  if (mode === 'report') {
    const estimate = lastOf(ESTIMATE, before);
    // 预计 is not a target word when it says what the year is expected to close at.
    const target = lastOf(targetWords, before.replace(ESTIMATE, (e) => `  ${e.slice(2)}`));
    if (estimate !== null && (target === null || target.at < estimate.at)) return { kind: 'actual', why: `actual, estimated: “${estimate.word}” in a report section`, marked: true, estimated: true };
  }
  const target = lastOf(targetWords, before);
  const actual = lastOf(actualWords, before);
  const section = mode === 'report' ? 'a report section' : 'a plan section';
  // In a report a target word wins over 完成 after it (力争年内完成…), unless a figure of its own stands
  // between them (目标任务100亿元，完成105亿元); in a plan an actual word wins (已完成…).
  const ownFigureBetween = target !== null && actual !== null && actual.at > target.at && FIGURE_WORDS.test(before.slice(target.at, actual.at));
  const targetWins = target !== null && (mode === 'report' ? !ownFigureBetween : actual === null);
  if (targetWins) return { kind: 'target', why: `target: “${target.word}” in ${section}`, marked: true };
  if (actual !== null) return { kind: 'actual', why: `actual: “${actual.word}” in ${section}`, marked: true };
  return mode === 'report' ? { kind: 'actual', why: 'actual: report section', marked: false } : { kind: 'target', why: 'target: plan section', marked: false };
}

/**
 * Where the words that govern a figure start: its quote, reaching back over the earlier items of
 * the list it stands in (clauses with numbers of their own) and one short clause before them
 * ("2025年，力争A增长8%，B增长10%"), never across a sentence.
 */
export function governingStart(m: string, quoteStart: number): number {
  const sentence = sentenceAround(m, quoteStart);
  let start = quoteStart;
  for (let items = 0; start > sentence.start && items < 8; items++) {
    const clause = clauseAround(m, start - 1, start - 1);
    const words = m.slice(clause.start, clause.end);
    if (/\d/u.test(words)) start = clause.start;
    else {
      if ([...words.trim()].length <= 8) start = clause.start;
      break;
    }
  }
  return start;
}

/**
 * The kind of a figure: its own quote's word, else the word that governs the list it stands in
 * ("2025年力争A增长8%，B增长10%，C增长12%": all three are targets).
 */
export function governedKind(m: string, quote: Span, numStart: number, mode: Mode): KindDecision {
  const column = tableColumnKind(m, numStart);
  if (column !== null) return column;
  const own = decideKind(m.slice(quote.start, numStart), mode);
  if (own.marked) return { ...own, estimated: own.estimated === true || (own.kind === 'actual' && estimatedBefore(m, quote.start, mode)) };
  const start = governingStart(m, quote.start);
  const list = decideKind(m.slice(start, quote.start), mode);
  if (list.marked) return { ...list, why: `${list.why}, which governs the list`, estimated: list.estimated === true || (list.kind === 'actual' && estimatedBefore(m, start, mode)) };
  return own;
}

/**
 * "预计全年完成A…，同比增长7.6%；完成B…": 预计 earlier in the paragraph sentence marks the actuals
 * after it as estimated, unless a period of its own (1-10月, 截至) intervenes.
 */
function estimatedBefore(m: string, at: number, mode: Mode): boolean {
  if (mode !== 'report') return false;
  const before = m.slice(periodScopeStart(m, at), at);
  const estimate = lastOf(ESTIMATE, before);
  return estimate !== null && !/(?<![\d.])\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月|截[至止]|上半年|已/u.test(before.slice(estimate.at));
}

/** Header words of a flattened table's columns: what each column's figures are. */
const TARGET_COLUMN = /目标|计划|预期|任务/u;
const ACTUAL_COLUMN = /完成|实际|实绩|实现/u;
const CELL_GAP = /[ \t\u3000]+/u;

/**
 * A table flattened to text ("指标 年度目标 完成情况" over "工业投资 30亿元 32.4亿元"): a figure in a
 * line of space-separated cells takes the kind of its column's header, the nearest line above
 * whose cells hold no digits.
 */
export function tableColumnKind(m: string, at: number): KindDecision | null {
  const lineStart = m.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = m.indexOf('\n', at) < 0 ? m.length : m.indexOf('\n', at);
  const line = m.slice(lineStart, lineEnd);
  const cells = line.trim().split(CELL_GAP);
  if (cells.length < 3) return null;
  const column = m.slice(lineStart, at).trimStart().split(CELL_GAP).length - 1;
  for (let end = lineStart - 1, k = 0; end > 0 && k < 12; k++) {
    const start = m.lastIndexOf('\n', end - 1) + 1;
    const header = m.slice(start, end).trim().split(CELL_GAP);
    end = start - 1;
    if (header.some((c) => /\d/u.test(c))) continue;
    if (header.length !== cells.length) return null;
    const word = header[column] ?? '';
    if (TARGET_COLUMN.test(word) && !/完成率|完成情况/u.test(word)) return { kind: 'target', why: `target: table column “${word}”`, marked: true };
    if (ACTUAL_COLUMN.test(word)) return { kind: 'actual', why: `actual: table column “${word}”`, marked: true };
    return null;
  }
  return null;
}

/** 十三五末 → 2020: the n-th five-year plan ends in 1955 + 5n. */
export function fiveYearPlanEnd(n: number): number {
  return 1955 + 5 * n;
}

const FIVE_YEAR_END = /十([一二三四五六七八九])五”?(?:末|期末)/gu;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

export interface PeriodYear {
  period: string;
  year: number;
  why: string[];
}

interface Cue {
  at: number;
  period?: string;
  yearShift?: number;
  year?: number;
  why: string;
}

/** Period words before `at` within the paragraph sentence, nearest last. */
function periodCues(m: string, from: number, to: number): Cue[] {
  const scope = m.slice(from, to);
  const cues: Cue[] = [];
  const add = (re: RegExp, make: (hit: RegExpExecArray) => Omit<Cue, 'at'>): void => {
    for (const hit of scope.matchAll(re)) cues.push({ at: from + hit.index + hit[0].length, ...make(hit) });
  };
  add(/(?<![\d.])(\d{1,2})\s*[-—~至到]\s*(\d{1,2})\s*月(?:份)?/gu, (h) => ({ period: `${h[1]}-${h[2]}月`, why: `period ${h[0]}` }));
  add(/截[至止](?:到)?\s*(\d{1,2})\s*月(底|末)?/gu, (h) => ({ period: `截至${h[1]}月${h[2] ?? ''}`, why: `period ${h[0]}` }));
  add(/上半年|下半年|一季度|前三季度/gu, (h) => ({ period: h[0], why: `period ${h[0]}` }));
  add(/今年|本年|全年|年内|年度/gu, (h) => ({ period: '全年', why: `period ${h[0]}` }));
  add(/去年|上年/gu, (h) => ({ period: '全年', yearShift: -1, why: `year: ${h[0]}` }));
  add(/明年/gu, (h) => ({ period: '全年', yearShift: 1, why: `year: ${h[0]}` }));
  add(/目前|现有/gu, (h) => ({ period: '目前', why: `period ${h[0]}` }));
  add(FIVE_YEAR_END, (h) => {
    const n = 10 + (DIGIT[h[1] ?? ''] ?? 0);
    return { period: `十${h[1]}五末`, year: fiveYearPlanEnd(n), why: `period ${h[0]}` };
  });
  return cues.sort((a, b) => a.at - b.at);
}

/**
 * The nearest year written before `to` ("2025年力争A增长8%，B增长10%" dates both), unless 今年/去年
 * comes after it; years of a comparison (比2016年, 2014年以来) do not date a figure.
 */
function yearCue(m: string, from: number, to: number): { year: number; written: string; at: number } | null {
  const scope = m.slice(from, to);
  const years = [...scope.matchAll(/(?<![\d比较与])((?:19|20)\d\d)\s*年(?!\d|以来|同期)/gu)];
  const last = years.at(-1);
  if (!last) return null;
  const at = from + last.index + last[0].length;
  if (/今年|本年|当年/u.test(m.slice(at, to))) return null;
  return { year: Number(last[1]), written: last[0], at };
}

/**
 * A year dates a figure from its own clause, or from the head of a clause before it ("2025年，力争A…，B…");
 * "对接2021年已立项的项目，争取…3亿元": a year inside another clause qualifies that clause's words.
 */
function datingYear<T extends { at: number; written: string }>(m: string, cue: T | null, numStart: number): T | null {
  if (cue === null) return null;
  const own = clauseAround(m, numStart, numStart);
  const yearStart = cue.at - cue.written.length;
  if (yearStart >= own.start) return cue;
  const clause = clauseAround(m, yearStart, yearStart);
  return m.slice(clause.start, yearStart).trim().length <= 2 ? cue : null;
}

/**
 * Year and period of a figure. `baseYear` is the year of its section or document, already in
 * documents.csv terms; `shift` converts years written in the text (a re-dated template says 2023
 * where documents.csv says 2014) into those terms.
 */
export function decidePeriodYear(m: string, quote: Span, numStart: number, kind: Kind, baseYear: number, shift: number): PeriodYear {
  const why: string[] = [];
  let year = baseYear;
  const explicit = datingYear(m, yearCue(m, governingStart(m, quote.start), numStart), numStart);
  if (explicit) {
    year = explicit.year + shift;
    why.push(`year from “${explicit.written}”`);
  }
  const cues = periodCues(m, periodScopeStart(m, numStart), numStart);
  const sentence = sentenceAround(m, numStart);
  const fiveYear = periodCues(m, sentence.start, numStart).filter((c) => c.year !== undefined).at(-1);
  if (fiveYear?.year !== undefined && fiveYear.period !== undefined) {
    return { period: fiveYear.period, year: fiveYear.year, why: [...why, fiveYear.why] };
  }
  const cue = cues.filter((c) => c.year === undefined).at(-1);
  if (cue?.yearShift !== undefined && (!explicit || explicit.at < cue.at)) {
    year = baseYear + cue.yearShift;
    why.push(cue.why);
  }
  if (kind === 'target') {
    const period = cue?.period === '上半年' || cue?.period === '一季度' ? cue.period : '全年';
    return { period, year, why };
  }
  if (cue?.period !== undefined) return { period: cue.period, year, why: [...why, cue.why] };
  return { period: '截至报告时', year, why: [...why, 'period: no period word, 截至报告时'] };
}
