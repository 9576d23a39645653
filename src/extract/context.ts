/**
 * What the words around a figure say about it: is it a target or an actual, for which year and
 * period. The document's kind sets the default (in a plan "完成X" is a target); a section
 * heading such as "三、2018年工作打算" switches a report to plan mode for what follows; words in
 * the clause (指标值, 力争, 已, 去年…) override both.
 */
import { clauseAround, periodScopeStart, sentenceAround, type Span } from './clauses.ts';

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

const TARGET_IN_BRACKETS = /[(（][^)）]*(?:指标值|目标值|目标|计划|预期)[^)）]*$/u;
const TARGET_WORDS_REPORT = /力争|确保|计划|拟|预计|预期|目标|指标值|争取/u;
const ACTUAL_WORDS_REPORT = /完成|实现|已|累计|达到|达/u;
const ACTUAL_WORDS_PLAN = /已|目前|现有|去年|上年|原来|原有|累计完成|完成了|实现了/u;
const TARGET_WORDS_PLAN = /力争|确保|完成|实现|计划|达到|突破|争取|新增|引进|建成/u;

export interface KindDecision {
  kind: Kind;
  why: string;
  /** A word decided it (力争, 已…), not only the section's default. */
  marked: boolean;
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
  const before = quoteBefore.replace(/[(（][^)）]*[)）]/gu, '');
  const [targetWords, actualWords] = mode === 'report' ? [TARGET_WORDS_REPORT, ACTUAL_WORDS_REPORT] : [TARGET_WORDS_PLAN, ACTUAL_WORDS_PLAN];
  const target = lastOf(targetWords, before);
  const actual = lastOf(actualWords, before);
  const section = mode === 'report' ? 'a report section' : 'a plan section';
  // In a report a target word wins over 完成 after it (力争年内完成…); in a plan an actual word wins (已完成…).
  const targetWins = target !== null && (mode === 'report' ? true : actual === null);
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
  const own = decideKind(m.slice(quote.start, numStart), mode);
  if (own.marked) return own;
  const start = governingStart(m, quote.start);
  const list = decideKind(m.slice(start, quote.start), mode);
  return list.marked ? { ...list, why: `${list.why}, which governs the list` } : own;
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
 * Year and period of a figure. `baseYear` is the year of its section or document, already in
 * documents.csv terms; `shift` converts years written in the text (a re-dated template says 2023
 * where documents.csv says 2014) into those terms.
 */
export function decidePeriodYear(m: string, quote: Span, numStart: number, kind: Kind, baseYear: number, shift: number): PeriodYear {
  const why: string[] = [];
  let year = baseYear;
  const explicit = yearCue(m, governingStart(m, quote.start), numStart);
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
