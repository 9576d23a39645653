/**
 * What the words around a figure say about it: is it a target or an actual, for which year and
 * period. The document's kind sets the default (in a plan "完成X" is a target); a section
 * heading such as "三、2018年工作打算" switches a report to plan mode for what follows; words in
 * the clause (指标值, 力争, 已, 去年…) override both.
 */
import { periodScopeStart, sentenceAround, type Span } from './clauses.ts';

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
const TARGET_WORDS_REPORT = /力争|确保|计划|拟|预计|预期|目标|指标值/u;
const ACTUAL_WORDS_PLAN = /已|目前|现有|去年|上年|原来|原有|累计完成|完成了|实现了/u;

/**
 * target or actual, with the reason. `before` is the quote up to the number: words after the
 * number belong to the next figure.
 */
export function decideKind(quoteBefore: string, mode: Mode): { kind: Kind; why: string } {
  if (TARGET_IN_BRACKETS.test(quoteBefore)) return { kind: 'target', why: 'target: “指标值/目标” in brackets' };
  // "(指标值55亿元),同比增长45.2%": a closed bracket speaks of its own number only.
  const before = quoteBefore.replace(/[(（][^)）]*[)）]/gu, '');
  if (mode === 'report') {
    const word = TARGET_WORDS_REPORT.exec(before)?.[0];
    return word ? { kind: 'target', why: `target: “${word}” in a report section` } : { kind: 'actual', why: 'actual: report section' };
  }
  const word = ACTUAL_WORDS_PLAN.exec(before)?.[0];
  return word ? { kind: 'actual', why: `actual: “${word}” in a plan section` } : { kind: 'target', why: 'target: plan section' };
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
 * Year and period of a figure. `baseYear` is the year of its section or document, already in
 * documents.csv terms; `shift` converts years written in the text (a re-dated template says 2023
 * where documents.csv says 2014) into those terms.
 */
export function decidePeriodYear(m: string, quote: Span, numStart: number, kind: Kind, baseYear: number, shift: number): PeriodYear {
  const why: string[] = [];
  let year = baseYear;
  const explicit = [...m.slice(quote.start, numStart).matchAll(/((?:19|20)\d\d)\s*年(?!\d)/gu)].at(-1);
  if (explicit) {
    year = Number(explicit[1]) + shift;
    why.push(`year from “${explicit[0]}”`);
  }
  const cues = periodCues(m, periodScopeStart(m, numStart), numStart);
  const sentence = sentenceAround(m, numStart);
  const fiveYear = periodCues(m, sentence.start, numStart).filter((c) => c.year !== undefined).at(-1);
  if (fiveYear?.year !== undefined && fiveYear.period !== undefined) {
    return { period: fiveYear.period, year: fiveYear.year, why: [...why, fiveYear.why] };
  }
  const cue = cues.filter((c) => c.year === undefined).at(-1);
  if (cue?.yearShift !== undefined && !explicit) {
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
