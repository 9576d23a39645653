/**
 * Finds the figures in a report: a number with a unit from the fixed list (units.ts), plus the
 * words that qualify it (余/多, 以上, 突破, 约, 前…). Everything runs on the simplified, half-width
 * `match` string of normalize.ts.
 *
 * A number without a unit is never a figure, which is what keeps dates (2017年, 5月3日, 1-11月),
 * list numbers (1、 2、), document and phone numbers (2018-00034, 3074922707) and slogans
 * (“2124”工程) out. Ordinals (第16次) and money used as a threshold (5000万元以上工业项目,
 * 10亿元项目) are skipped explicitly.
 */
import type { Unit } from '../lib/units.ts';

export type Comparator = '=' | '>=' | '>' | '<=' | 'about';

export interface Figure {
  /** Span of the whole figure (value through unit and 以上/左右), offsets into `match`/`text`. */
  start: number;
  end: number;
  /** Span of the digits of `value` (or of the numeral in 前三). */
  numStart: number;
  numEnd: number;
  /** The number as written, ASCII digits: "274.14", or "3" for 前三. */
  value: string;
  /** Upper end of a range (3到5, 8-10), as written. */
  high?: string;
  unit: Unit;
  comparator: Comparator;
  /** Why the unit differs from the text (亿 without 元, 期 counted as 次…), in Chinese for `note`. */
  unitNote?: string;
}

/** Unit words as they follow a number (after an optional 万/亿), longest first. */
const TAILS = [
  '平方公里', '平方米', '吨/小时', '吨/时', '批次', '人次', '场次', '千伏',
  '元', '伏', '%', '亩', '个', '家', '项', '座', '所', '栋', '幢', '条', '次', '名', '位', '吨', '期', '场', '批', '人',
] as const;
type Tail = (typeof TAILS)[number];

const PLAIN: Partial<Record<Tail, Unit>> = {
  平方公里: '平方公里', 平方米: '平方米', '吨/小时': '吨/小时', '吨/时': '吨/小时', 批次: '批次', 人次: '人次', 场次: '次', 千伏: '千伏',
  元: '元', '%': '%', 亩: '亩', 个: '个', 家: '家', 项: '项', 座: '座', 所: '所', 栋: '栋', 幢: '栋', 条: '条', 次: '次',
  名: '名', 位: '位', 吨: '吨', 期: '次', 场: '次', 批: '批次', 人: '名',
};
const WITH_WAN: Partial<Record<Tail, Unit>> = { 元: '万元', 平方米: '万平方米', 伏: '万伏' };
const WITH_YI: Partial<Record<Tail, Unit>> = { 元: '亿元' };

/** Units the text wrote differently from the fixed list: the note keeps the original word. */
const MAPPED_TAIL_NOTE: Partial<Record<Tail, string>> = {
  场次: '原文单位为“场次”，按次计。', 期: '原文单位为“期”，按次计。', 场: '原文单位为“场”，按次计。',
  批: '原文单位为“批”，按批次计。', 人: '原文单位为“人”，按名计。', 幢: '原文单位为“幢”，按栋计。',
};

/** What may not follow a unit word for it to be that unit: 3个月 is a duration, 10元/平方米 a price. */
const NOT_AFTER: Partial<Record<Tail, RegExp>> = {
  个: /^(?:月|工作日|百分点|小时|季度|星期)/u,
  元: /^[/每]/u,
  吨: /^[/每]/u,
  亩: /^[/每]/u,
  期: /^[工项厂标]/u,
  名: /^(?:称|单|义|录|牌)/u,
  人: /^(?:民|员|才|大|次|口|社|事|力)/u,
  次: /^(?:性|要|生)/u,
  项: /^(?:目)/u,
  条: /^(?:件|例|款|线)/u,
  位: /^(?:置|于)/u,
  家: /^(?:庭|乡|园)/u,
  座: /^(?:谈)/u,
  所: /^(?:有|在|以|得|属|谓)/u,
};

/** A number (with thousands separators: 1,038.884), optionally a range (3到5, 8-10). */
const NUMBER = /(?<![\d.A-Za-z])(?<!\d,)(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ \t]*(?:-|—|–|~|到|至)[ \t]*(\d+(?:\.\d+)?))?/gu;
const CHINESE_RANK = /前([一二两三四五六七八九十])(?![一二三四五六七八九十百千万亿季年月天周日期届次批个])(名|位)?/gu;
const NUMERAL: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

interface UnitRead {
  unit: Unit;
  end: number;
  about: boolean;
  note?: string;
}

/** Reads 余/多, 万/亿 and a unit word starting at `p`; null when no unit follows. */
export function readUnit(m: string, p: number): UnitRead | null {
  let i = p;
  while (m[i] === ' ' || m[i] === '\t') i++;
  let about = false;
  if (m[i] === '余' || m[i] === '多') {
    about = true;
    i++;
  }
  let mult: '万' | '亿' | null = null;
  if (m[i] === '万' || m[i] === '亿') {
    mult = m[i] === '万' ? '万' : '亿';
    i++;
    if (m[i] === '余' || m[i] === '多') {
      about = true;
      i++;
    }
  }
  const tail = TAILS.find((t) => m.startsWith(t, i));
  if (tail === undefined) {
    // "400亿" with no 元 still names money; a bare 万 (万人, 万亩) names nothing on our list.
    return mult === '亿' ? { unit: '亿元', end: i, about, note: '原文写“亿”未写“元”。' } : null;
  }
  const end = i + tail.length;
  if (NOT_AFTER[tail]?.test(m.slice(end, end + 4))) return null;
  const unit = mult === '万' ? WITH_WAN[tail] : mult === '亿' ? WITH_YI[tail] : PLAIN[tail];
  if (unit === undefined) return null;
  return { unit, end, about, note: mult === null ? MAPPED_TAIL_NOTE[tail] : undefined };
}

const MONEY: ReadonlySet<Unit> = new Set<Unit>(['亿元', '万元', '元']);

/** 5000万元以上工业项目, 年产值5000万元以上的规模企业, 10亿元项目: a size class, not an amount. */
function isThreshold(m: string, unitEnd: number, unit: Unit): boolean {
  if (!MONEY.has(unit)) return false;
  const after = m.slice(unitEnd, unitEnd + 12);
  return /^(?:及?以上)的?[^，,。；;、：:\s]{0,4}?(?:项目|企业|工程)/u.test(after) || /^级?(?:项目|企业)/u.test(after);
}

/** Words before a number that set its comparator (不少于60个, 突破1亿元, 约500亩), and their length. */
function comparatorBefore(m: string, numStart: number): { comparator: Comparator; length: number } | null {
  const before = m.slice(Math.max(0, numStart - 4), numStart);
  const rules: readonly (readonly [RegExp, Comparator])[] = [
    [/(?:不少于|不低于|至少|不小于)$/u, '>='],
    [/(?:不超过|不高于|控制在)$/u, '<='],
    [/(?:突破|超过|超出|逾|超)$/u, '>'],
    [/(?:大约|约|近)$/u, 'about'],
    [/前$/u, '<='],
  ];
  for (const [re, comparator] of rules) {
    const word = re.exec(before)?.[0];
    if (word !== undefined) return { comparator, length: word.length };
  }
  return null;
}

/** Words after the unit: 以上 → >=, 以内/以下 → <=, 左右 → about. */
function comparatorAfter(m: string, unitEnd: number): { comparator: Comparator; length: number } | null {
  const after = m.slice(unitEnd, unitEnd + 3);
  const word = /^(?:及以上|以上|以内|以下|左右)/u.exec(after)?.[0];
  if (word === undefined) return null;
  const comparator: Comparator = word.endsWith('以上') ? '>=' : word === '左右' ? 'about' : '<=';
  return { comparator, length: word.length };
}

/** Every figure in `m`, in text order. */
export function findFigures(m: string): Figure[] {
  const figures: Figure[] = [];
  for (const hit of m.matchAll(NUMBER)) {
    const numStart = hit.index;
    const written = hit[1] ?? '';
    // The value cell takes plain digits; a quote with "1,038.884" then fails the readability check and the row says so.
    const low = written.replaceAll(',', '');
    const high = hit[2];
    if (/第\s*$/u.test(m.slice(Math.max(0, numStart - 2), numStart))) continue;
    // A range only when the second number is larger (8-10个, 8-2023个); otherwise read the first alone.
    const ranged = high !== undefined && Number(high) > Number(low);
    const numEnd = numStart + written.length;
    const unitRead = readUnit(m, ranged ? numStart + hit[0].length : numEnd);
    if (unitRead === null) {
      if (high !== undefined && !ranged) {
        const second = numStart + hit[0].length - high.length;
        const alone = readUnit(m, second + high.length);
        if (alone) figures.push(...figureAt(m, second, second + high.length, high, undefined, alone));
      }
      continue;
    }
    figures.push(...figureAt(m, numStart, numEnd, low, ranged ? high : undefined, unitRead));
  }
  for (const hit of m.matchAll(CHINESE_RANK)) {
    const numStart = hit.index + 1;
    const context = m.slice(Math.max(0, hit.index - 10), hit.index);
    if (!/排名|排位|名次|位次|进入|进/u.test(context)) continue;
    figures.push({
      start: hit.index, end: hit.index + hit[0].length, numStart, numEnd: numStart + 1,
      value: NUMERAL[hit[1] ?? ''] ?? '', unit: '位', comparator: '<=',
    });
  }
  return figures.sort((a, b) => a.start - b.start);
}

/**
 * "占目标任务180亿元的93.3%", "完成全年任务的105%", "完成率104%": the share of a target an actual
 * reached, computed from two figures of their own, so not a figure.
 */
export const RATIO_LEAD = String.raw`(?:占|完成|达到|为|是)(?:全年|年度|年初|上级|市定|省定|市下|下达|市里下达)?的?(?:目标|任务|计划)(?:任务|数|值)?(?:\d+(?:\.\d+)?[万亿]?元)?的`;
const RATIO_BEFORE = new RegExp(`(?:${RATIO_LEAD}|完成率(?:为|达到?)?)\\s*$`, 'u');

export function isCompletionRatio(m: string, numStart: number, unit: Unit): boolean {
  return unit === '%' && RATIO_BEFORE.test(m.slice(Math.max(0, numStart - 30), numStart));
}

function figureAt(m: string, numStart: number, numEnd: number, value: string, high: string | undefined, u: UnitRead): Figure[] {
  if (isThreshold(m, u.end, u.unit) || isCompletionRatio(m, numStart, u.unit)) return [];
  const after = comparatorAfter(m, u.end);
  const before = comparatorBefore(m, numStart);
  let unit = u.unit;
  // 前50名 and 前50位 are ranks.
  if (before !== null && m[numStart - 1] === '前' && (unit === '名' || unit === '位')) unit = '位';
  const comparator: Comparator = before?.comparator ?? after?.comparator ?? (u.about ? 'about' : '=');
  const start = numStart - (before?.length ?? 0);
  return [{ start, end: u.end + (after?.length ?? 0), numStart, numEnd, value, high, unit, comparator, unitNote: u.note }];
}

/** Why a number of the text is not a figure. */
export type SkipReason = 'date' | 'list-number' | 'ordinal' | 'size-class' | 'completion-ratio' | 'phone-or-document-number' | 'name-or-code' | 'unit-not-listed' | 'no-unit';

export interface SkippedNumber {
  start: number;
  end: number;
  reason: SkipReason;
  /** What was seen, for the reviewer: "followed by “公里”", "第…", "5000万元以上工业项目". */
  detail: string;
}

/** Every run of digits of the text, with thousands separators and decimals: what the review page accounts for. */
export const DIGITS = /\d+(?:[.,]\d+)*/gu;

/** Spans that are dates, times, phone or document numbers as a whole (2018-01-03, 16:39, 0731-84123456, 〔2016〕15号). */
const WHOLE: readonly (readonly [RegExp, SkipReason, string])[] = [
  [/\d{4}[-./]\d{1,2}[-./]\d{1,2}(?!\d)/gu, 'date', 'a date'],
  [/(?<!\d)\d{1,2}[:：]\d{2}(?!\d)/gu, 'date', 'a time of day'],
  [/(?<!\d)0\d{2,3}[-—]\d{7,8}(?!\d)/gu, 'phone-or-document-number', 'a phone number'],
  [/[〔［[(（]\d{4}[〕］\])）]\s*\d+\s*号/gu, 'phone-or-document-number', 'a document number'],
  [/(?<!\d)\d{4}-\d{4,}(?!\d)/gu, 'phone-or-document-number', 'an index or document number'],
  [/(?<![\d.])\d{4}\s*[-—~至到]\s*\d{4}\s*年/gu, 'date', 'a span of years'],
  [/(?<![\d.])\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月/gu, 'date', 'a span of months'],
];

/** Why the number at [start, end) is not a figure. Checked in order; the first that holds is the reason. */
function skipReason(m: string, start: number, end: number): { reason: SkipReason; detail: string } {
  const before = m.slice(Math.max(0, start - 2), start);
  const after = m.slice(end, end + 6);
  if (/第\s*$/u.test(before)) return { reason: 'ordinal', detail: `第${m.slice(start, end)}…` };
  if (/^\s*(?:年|月|日|时|点)/u.test(after)) return { reason: 'date', detail: `${m.slice(start, end)}${after.trim()[0] ?? ''}` };
  if (/^\s*号/u.test(after)) return /月\s*$/u.test(m.slice(Math.max(0, start - 3), start)) ? { reason: 'date', detail: 'a day of a month' } : { reason: 'name-or-code', detail: `a label (${m.slice(start, end)}号)` };
  if (/(?:^|[\n\r。；;：:\s(（])\s*$/u.test(m.slice(Math.max(0, start - 1), start) || '\n') && /^(?:[、)）]|[.．](?!\d))/u.test(after)) return { reason: 'list-number', detail: `${m.slice(start, end)}${after[0] ?? ''}` };
  if (/[A-Za-z]$/u.test(before) || /^[A-Za-z]/u.test(after)) return { reason: 'name-or-code', detail: `part of a code (${m.slice(Math.max(0, start - 2), end + 2).trim()})` };
  if (/[“"‘]$/u.test(before) && /^[”"’]/u.test(after)) return { reason: 'name-or-code', detail: `a slogan or name in quotation marks (“${m.slice(start, end)}”)` };
  if (end - start >= 7 && !m.slice(start, end).includes('.')) return { reason: 'phone-or-document-number', detail: 'a long number without a unit' };
  const unit = readUnit(m, end);
  if (unit && MONEY.has(unit.unit) && isThreshold(m, unit.end, unit.unit)) return { reason: 'size-class', detail: m.slice(start, Math.min(m.length, unit.end + 8)).split(/[，,。；;、]/u)[0] ?? '' };
  if (unit && isCompletionRatio(m, start, unit.unit)) return { reason: 'completion-ratio', detail: `share of a target reached (${m.slice(Math.max(0, start - 8), unit.end)})` };
  const word = /^\s*[余多]?([万亿]?[\p{Script=Han}/]{1,3})/u.exec(after)?.[1];
  if (word !== undefined && !/^[的和及与或、是为在等]/u.test(word)) return { reason: 'unit-not-listed', detail: `followed by “${word}”, not a unit of the fixed list` };
  return { reason: 'no-unit', detail: 'no unit follows' };
}

/**
 * The numbers of `m` that no figure covers, each with the reason it was skipped (a date, a list
 * number, a size class…), so that a reviewer can see what the draft left out and why.
 */
export function skippedNumbers(m: string, figures: readonly Figure[]): SkippedNumber[] {
  const covered = (start: number, end: number): boolean => figures.some((f) => f.start <= start && end <= f.end);
  const whole: SkippedNumber[] = [];
  for (const [re, reason, detail] of WHOLE) {
    for (const hit of m.matchAll(re)) {
      const span = { start: hit.index, end: hit.index + hit[0].length };
      if (!covered(span.start, span.end) && !whole.some((w) => w.start < span.end && span.start < w.end)) whole.push({ ...span, reason, detail: `${detail} (${hit[0]})` });
    }
  }
  const out: SkippedNumber[] = [];
  for (const hit of m.matchAll(DIGITS)) {
    const start = hit.index;
    const end = start + hit[0].length;
    if (covered(start, end)) continue;
    const inWhole = whole.find((w) => w.start <= start && end <= w.end);
    out.push(inWhole ? { ...inWhole, start, end } : { start, end, ...skipReason(m, start, end) });
  }
  return out;
}
