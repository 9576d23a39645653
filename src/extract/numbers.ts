/**
 * Finds the figures in a report: a number with a unit, plus the words that qualify it (余/多, 以上,
 * 突破, 约, 前…). Units come from data/units.csv (passed in) and are kept exactly as the text
 * writes them ("190亿美元" is 190 亿美元, "4户" is 4 户); a measure word the table does not hold yet
 * ("5万亩", "3台") still makes a figure, with the unit as written and no table row, so the draft
 * flags it and says to add the unit to units.csv. Everything runs on the simplified, half-width
 * `match` string of normalize.ts.
 *
 * A number without a unit is never a figure, which is what keeps dates (2017年, 5月3日, 1-11月),
 * list numbers (1、 2、), document and phone numbers (2018-00034, 3074922707) and slogans
 * (“2124”工程) out. Ordinals (第16次) and money used as a threshold (5000万元以上工业项目,
 * 10亿元项目) are skipped explicitly.
 */
import { MONEY as MONEY_DIMENSION, MONEY_USD, type UnitDef, type UnitTable } from '../lib/units.ts';

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
  /** The unit as the text writes it (in simplified characters): 亿美元, 户, 公里, 万亩. */
  unit: string;
  /** The unit's row of units.csv; undefined when the table does not hold the unit as written. */
  unitDef?: UnitDef;
  comparator: Comparator;
  /** What the draft inferred about the unit beyond the text (a bare 亿), in Chinese for `note`; true of the text. */
  unitNote?: string;
}

/**
 * Measure words reports put after a number (after an optional 万/亿), longest first: with them a
 * unit that units.csv does not hold yet is still read, as written, for the editor to add.
 */
export const MEASURE_WORDS: readonly string[] = [
  '平方公里', '平方米', '千瓦时', '吨/小时', '吨/时', '立方米', '公里', '千米', '公顷', '千瓦', '千伏', '美元', '欧元', '港元', '日元', '美金',
  '人次', '场次', '批次', '家次', '标箱', '元', '米', '伏', '瓦', '%', '亩', '个', '家', '户', '项', '座', '所', '栋', '幢', '条', '次',
  '名', '位', '吨', '期', '场', '批', '人', '台', '套', '辆', '间', '艘',
].toSorted((a, b) => b.length - a.length);

/** What may not follow a unit ending in this word for it to be that unit: 3个月 is a duration, 10元/平方米 a price. */
const NOT_AFTER: Readonly<Record<string, RegExp>> = {
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
  户: /^(?:籍|口|型|外|均|数)/u,
  场: /^(?:地|所|景|馆|站|镇)/u,
  米: /^[/每]/u,
  台: /^(?:阶|风|账)/u,
  间: /^(?:隔|距)/u,
};

const guardOf = (unit: string): RegExp | undefined => {
  const key = Object.keys(NOT_AFTER).filter((k) => unit.endsWith(k)).sort((a, b) => b.length - a.length)[0];
  return key === undefined ? undefined : NOT_AFTER[key];
};

/** A number (with thousands separators: 1,038.884), optionally a range (3到5, 8-10). */
const NUMBER = /(?<![\d.A-Za-z])(?<!\d,)(\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?)(?:[ \t]*(?:-|—|–|~|到|至)[ \t]*(\d+(?:\.\d+)?))?/gu;
const CHINESE_RANK = /前([一二两三四五六七八九十])(?![一二三四五六七八九十百千万亿季年月天周日期届次批个])(名|位)?/gu;
const NUMERAL: Record<string, string> = { 一: '1', 二: '2', 两: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9', 十: '10' };

interface UnitRead {
  unit: string;
  unitDef?: UnitDef;
  end: number;
  about: boolean;
  note?: string;
}

/** The longest of `names` that `m` has at `i`. */
const longestAt = (m: string, i: number, names: Iterable<string>): string | undefined => {
  let best: string | undefined;
  for (const n of names) if (m.startsWith(n, i) && (best === undefined || n.length > best.length)) best = n;
  return best;
};

/** Reads 余/多, 万/亿 and a unit starting at `p`; null when no unit follows. */
export function readUnit(m: string, p: number, units: UnitTable): UnitRead | null {
  let i = p;
  while (m[i] === ' ' || m[i] === '\t') i++;
  let about = false;
  if (m[i] === '余' || m[i] === '多') {
    about = true;
    i++;
  }
  const listed = longestAt(m, i, units.keys());
  const mult = m[i] === '万' || m[i] === '亿' ? (m[i] as string) : '';
  // "2亿余元", "1万多元": 余/多 between the multiplier and the unit word; the unit is 亿元 as written around it.
  const split = mult !== '' && (m[i + 1] === '余' || m[i + 1] === '多') ? longestAt(m, i + 2, MEASURE_WORDS) : undefined;
  let unit: string;
  let end: number;
  if (split !== undefined && (listed === undefined || listed.length <= 1)) {
    about = true;
    unit = `${mult}${split}`;
    end = i + 2 + split.length;
  } else {
    const word = longestAt(m, i + mult.length, MEASURE_WORDS);
    const asWritten = word === undefined ? undefined : `${mult}${word}`;
    // The table's unit wins unless the text writes a longer measure word ("5万亩": 万亩, not a bare 万).
    unit = listed !== undefined && (asWritten === undefined || listed.length >= asWritten.length) ? listed : asWritten ?? '';
    if (unit === '') {
      // "400亿" with no unit word after it still names money in a park report: drafted as 亿元, and the note says so.
      const yi = units.get('亿元');
      if (mult === '亿' && yi) return { unit: '亿元', unitDef: yi, end: i + 1, about, note: `原文“亿”后没有单位词，按亿元起草。` };
      return null;
    }
    end = i + unit.length;
  }
  if (guardOf(unit)?.test(m.slice(end, end + 4))) return null;
  return { unit, unitDef: units.get(unit), end, about };
}

/** Money of either currency: a size class (5000万元以上项目) is never an amount. */
const isMoney = (u: UnitRead | Figure): boolean => u.unitDef?.dimension === MONEY_DIMENSION || u.unitDef?.dimension === MONEY_USD;

/** 5000万元以上工业项目, 年产值5000万元以上的规模企业, 10亿元项目: a size class, not an amount. */
function isThreshold(m: string, unitEnd: number, unit: UnitRead): boolean {
  if (!isMoney(unit)) return false;
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
export function findFigures(m: string, units: UnitTable): Figure[] {
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
    const unitRead = readUnit(m, ranged ? numStart + hit[0].length : numEnd, units);
    if (unitRead === null) {
      if (high !== undefined && !ranged) {
        const second = numStart + hit[0].length - high.length;
        const alone = readUnit(m, second + high.length, units);
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
      value: NUMERAL[hit[1] ?? ''] ?? '', unit: '位', unitDef: units.get('位'), comparator: '<=',
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

export function isCompletionRatio(m: string, numStart: number, unit: string): boolean {
  return unit === '%' && RATIO_BEFORE.test(m.slice(Math.max(0, numStart - 30), numStart));
}

function figureAt(m: string, numStart: number, numEnd: number, value: string, high: string | undefined, u: UnitRead): Figure[] {
  if (isThreshold(m, u.end, u) || isCompletionRatio(m, numStart, u.unit)) return [];
  const after = comparatorAfter(m, u.end);
  const before = comparatorBefore(m, numStart);
  const comparator: Comparator = before?.comparator ?? after?.comparator ?? (u.about ? 'about' : '=');
  const start = numStart - (before?.length ?? 0);
  return [{ start, end: u.end + (after?.length ?? 0), numStart, numEnd, value, high, unit: u.unit, unitDef: u.unitDef, comparator, unitNote: u.note }];
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
function skipReason(m: string, start: number, end: number, units: UnitTable): { reason: SkipReason; detail: string } {
  const before = m.slice(Math.max(0, start - 2), start);
  const after = m.slice(end, end + 6);
  if (/第\s*$/u.test(before)) return { reason: 'ordinal', detail: `第${m.slice(start, end)}…` };
  if (/^\s*(?:年|月|日|时|点)/u.test(after)) return { reason: 'date', detail: `${m.slice(start, end)}${after.trim()[0] ?? ''}` };
  if (/^\s*号/u.test(after)) return /月\s*$/u.test(m.slice(Math.max(0, start - 3), start)) ? { reason: 'date', detail: 'a day of a month' } : { reason: 'name-or-code', detail: `a label (${m.slice(start, end)}号)` };
  if (/(?:^|[\n\r。；;：:\s(（])\s*$/u.test(m.slice(Math.max(0, start - 1), start) || '\n') && /^(?:[、)）]|[.．](?!\d))/u.test(after)) return { reason: 'list-number', detail: `${m.slice(start, end)}${after[0] ?? ''}` };
  if (/[A-Za-z]$/u.test(before) || /^[A-Za-z]/u.test(after)) return { reason: 'name-or-code', detail: `part of a code (${m.slice(Math.max(0, start - 2), end + 2).trim()})` };
  if (/[“"‘]$/u.test(before) && /^[”"’]/u.test(after)) return { reason: 'name-or-code', detail: `a slogan or name in quotation marks (“${m.slice(start, end)}”)` };
  if (end - start >= 7 && !m.slice(start, end).includes('.')) return { reason: 'phone-or-document-number', detail: 'a long number without a unit' };
  const unit = readUnit(m, end, units);
  if (unit && isThreshold(m, unit.end, unit)) return { reason: 'size-class', detail: m.slice(start, Math.min(m.length, unit.end + 8)).split(/[，,。；;、]/u)[0] ?? '' };
  if (unit && isCompletionRatio(m, start, unit.unit)) return { reason: 'completion-ratio', detail: `share of a target reached (${m.slice(Math.max(0, start - 8), unit.end)})` };
  const word = /^\s*[余多]?([万亿]?[\p{Script=Han}/]{1,3})/u.exec(after)?.[1];
  if (word !== undefined && !/^[的和及与或、是为在等]/u.test(word)) return { reason: 'unit-not-listed', detail: `followed by “${word}”, neither a unit of units.csv nor a measure word` };
  return { reason: 'no-unit', detail: 'no unit follows' };
}

/**
 * The numbers of `m` that no figure covers, each with the reason it was skipped (a date, a list
 * number, a size class…), so that a reviewer can see what the draft left out and why.
 */
export function skippedNumbers(m: string, figures: readonly Figure[], units: UnitTable): SkippedNumber[] {
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
    out.push(inWhole ? { ...inWhole, start, end } : { start, end, ...skipReason(m, start, end, units) });
  }
  return out;
}
