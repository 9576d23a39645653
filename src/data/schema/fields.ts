/**
 * Cell-level parsers shared by the dataset schemas. Each takes the raw string of one CSV cell
 * and either returns a typed value or adds an issue whose message reads after
 * 'value "x" in column c …', with what was expected and a hint to fix it.
 *
 * Policy: bytes are normalised (encoding, BOM, line ends), meanings never are. A cell such as
 * "２７４．１４", "1,038.884", "274.14亿元" or "45%" is rejected with the corrected value in the hint,
 * so that what is stored is exactly what every page shows and every quote check reads.
 */
import { z } from 'zod';

export interface CellIssue {
  message: string;
  expected?: string;
  hint?: string;
}

type Ctx = z.core.$RefinementCtx<string>;

/**
 * What a cell parser accepts, as a Table Schema field (without its name). Every parser below
 * registers one, so the published data package (src/data/table-schema.ts) is generated from the
 * parsers the loader runs and cannot drift from them.
 */
export interface CellType {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'date';
  description?: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints: {
    required: boolean;
    enum?: string[];
    /** Table Schema patterns match the whole value. */
    pattern?: string;
    maxLength?: number;
    minimum?: number;
    maximum?: number;
  };
}

export const cellTypes = z.registry<CellType>();

/** Registers what `schema` accepts; returns the same schema. */
export function cellType<S extends z.ZodType>(schema: S, type: CellType): S {
  const registered: z.ZodType = schema;
  cellTypes.add(registered, type);
  return schema;
}

function fail(ctx: Ctx, issue: CellIssue): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: issue.message, params: { expected: issue.expected, hint: issue.hint } });
  return z.NEVER;
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** Characters that do not show on screen but break a value: zero-width spaces, soft hyphen, BOM. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** Full-width digits and punctuation → ASCII, for hints only (cells are never rewritten). */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replaceAll('\u3000', ' ');
}

function invisibleIn(s: string): string | undefined {
  const found = s.match(INVISIBLE);
  return found ? `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}` : undefined;
}

/**
 * Diagnoses a cell that should hold a plain decimal number such as 274.14. The message names
 * the first thing wrong; the hint gives the whole corrected value, e.g. "２７４．１４亿元" →
 * "write 274.14 here and 亿元 in column unit".
 */
export function diagnoseNumber(raw: string): CellIssue | null {
  const s = raw.trim();
  if (PLAIN_NUMBER.test(s)) return null;
  if (s === '') return { message: 'is empty', expected: 'a number such as 274.14' };
  const invisible = invisibleIn(s);
  const visible = s.replace(INVISIBLE, '');
  if (invisible && PLAIN_NUMBER.test(visible)) {
    return { message: `contains an invisible character (${invisible})`, hint: `delete it: write ${visible}`, expected: 'a number' };
  }
  if (/^=/.test(visible)) {
    const inner = visible.slice(1).trim();
    return { message: 'is a formula, not a value', hint: PLAIN_NUMBER.test(inner) ? `write ${inner}` : 'paste the value (选择性粘贴 → 数值) instead of the formula', expected: 'a number' };
  }
  const half = toHalfWidth(visible).trim();
  const fullWidth = half !== visible;
  if (/^\d+(\.\d+)?[eE][+-]?\d+$/.test(half)) {
    return { message: 'is in scientific notation', hint: `write ${Number(half)} (format the column as a number or as text in Excel/WPS)`, expected: 'a number such as 274.14' };
  }
  if (/^-?\.\d+$/.test(half)) return { message: 'is not a number', hint: `write ${half.replace('.', '0.')}`, expected: 'e.g. 0.5' };
  if (/^-?\d+\.$/.test(half)) return { message: 'is not a number', hint: `write ${half.slice(0, -1)}`, expected: 'e.g. 274.14' };
  const range = /^(-?\d+(?:\.\d+)?)\s*(?:-|~|～|—|–|到|至)\s*(\d+(?:\.\d+)?)\s*(.*)$/.exec(half);
  if (range && range[1] !== undefined && range[2] !== undefined && Number(range[2]) > Number(range[1])) {
    return { message: 'is a range', hint: `write ${range[1]} here and ${range[2]} in column ${'value_high or amount_high'}`, expected: 'one number' };
  }
  // number part, then whatever follows it (a unit, a percent sign, other text)
  const parts = /^([+-]?[\d.,\s]*\d)\s*(.*)$/.exec(half);
  const numberPart = parts?.[1] ?? '';
  const rest = parts?.[2] ?? '';
  const thousands = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(numberPart);
  const spaced = /\d\s+\d/.test(numberPart);
  const fixedNumber = numberPart.replace(/^\+/, '').replaceAll(thousands ? ',' : '\u0000', '').replace(/\s+/g, '');
  const fixable = parts !== null && PLAIN_NUMBER.test(fixedNumber);
  // Whether `rest` is a unit is known only from the dataset's units.csv: the loader sharpens this (unitTypedInCell).
  const unitHint = rest === '' ? '' : rest === '%' ? ' here and % in column unit' : ' here and the unit in column unit';
  const hint = fixable ? `write ${fixedNumber}${unitHint}` : undefined;
  if (fullWidth) return { message: 'is not a number', hint: `full-width digit? ${hint ?? `write it with ASCII digits: ${half}`}`, expected: 'e.g. 274.14' };
  if (!fixable) {
    const before = /^([^\d\s]+)\s*(-?\d+(?:\.\d+)?)\s*(.*)$/.exec(half);
    if (before?.[2] !== undefined) return { message: 'has text around the number', hint: `write ${before[2]} here${before[1] === '约' ? ' and about in column comparator' : ''}`, expected: 'a number' };
    return { message: 'is not a number', expected: 'e.g. 274.14' };
  }
  if (thousands) return { message: 'has a thousands separator', hint, expected: 'a number without separators' };
  if (rest === '%') return { message: 'has a percent sign', hint, expected: 'a number' };
  if (rest !== '') return { message: 'has text after the number', hint, expected: 'a number' };
  if (spaced) return { message: 'has spaces inside the number', hint, expected: 'a number' };
  if (numberPart.startsWith('+')) return { message: 'has a plus sign', hint, expected: 'a number' };
  return { message: 'is not a number', expected: 'e.g. 274.14' };
}

/** Longest text cell; quotes are shorter (see QUOTE_MAX). Longer cells are pasted paragraphs or swallowed rows. */
export const TEXT_MAX = 1000;
/** A quote is one sentence (the longest in the embedded dataset has 62 characters). */
export const QUOTE_MAX = 300;

/**
 * A text cell starting with = + - or @ is run as a formula by Excel and WPS when the CSV is
 * opened (CSV injection), so it is rejected rather than rewritten.
 */
export function diagnoseText(t: string, max: number): CellIssue | null {
  const length = [...t].length;
  if (length > max) {
    return { message: `is ${length} characters long`, expected: `at most ${max} characters`, hint: 'shorten it; if it holds several rows, a double quote (") is not closed' };
  }
  const first = t[0];
  if (first === '=' || first === '+' || first === '-' || first === '@') {
    return {
      message: `starts with "${first}", which Excel and WPS run as a formula`,
      hint: first === '-' && t.length === 1 ? 'leave the cell empty instead' : `remove the leading "${first}" or start the text differently`,
    };
  }
  return null;
}

export const requiredText = (what = 'text', max = TEXT_MAX) =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return fail(ctx, { message: 'is empty', expected: what });
      const bad = diagnoseText(t, max);
      return bad ? fail(ctx, bad) : t;
    }),
    { type: 'string', constraints: { required: true, maxLength: max } },
  );

export const optionalText = (max = TEXT_MAX) =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      const bad = t === '' ? null : diagnoseText(t, max);
      return bad ? fail(ctx, bad) : t;
    }),
    { type: 'string', constraints: { required: false, maxLength: max } },
  );

/** An id cell's common mistakes, as a hint. */
function idHint(t: string, pattern: RegExp): string | undefined {
  const invisible = invisibleIn(t);
  if (invisible) return `it contains an invisible character (${invisible}); delete it`;
  const fixed = toHalfWidth(t).trim().toLowerCase().replace(/[\s_]+/g, '-');
  if (fixed !== t && pattern.test(fixed)) return `write ${fixed}`;
  return undefined;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** Ids appear in URLs and file names. */
export const ID_MAX = 64;

/** A slug: lower-case letters, digits and hyphens; used in URLs. */
export const slug = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return fail(ctx, { message: 'is empty', expected: 'an id such as linxiang-2017' });
      if (!SLUG.test(t)) {
        return fail(ctx, { message: 'is not a valid id', expected: 'lower-case letters, digits and hyphens, e.g. linxiang-2017-i01', hint: idHint(t, SLUG) });
      }
      if (t.length > ID_MAX) return fail(ctx, { message: `is ${t.length} characters long`, expected: `an id of at most ${ID_MAX} characters` });
      return t;
    }),
    { type: 'string', constraints: { required: true, pattern: SLUG.source.slice(1, -1), maxLength: ID_MAX } },
  );

/** An id that may be empty (an optional reference). */
export const optionalSlug = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return undefined;
      if (!SLUG.test(t)) return fail(ctx, { message: 'is not a valid id', expected: 'lower-case letters, digits and hyphens, or empty', hint: idHint(t, SLUG) });
      if (t.length > ID_MAX) return fail(ctx, { message: `is ${t.length} characters long`, expected: `an id of at most ${ID_MAX} characters` });
      return t;
    }),
    { type: 'string', constraints: { required: false, pattern: SLUG.source.slice(1, -1), maxLength: ID_MAX } },
  );

const SNAKE = /^[a-z0-9]+(_[a-z0-9]+)*$/;

/** An indicator id: snake_case such as industrial_output (defined in indicator_defs.csv). */
export const indicatorId = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return fail(ctx, { message: 'is empty', expected: 'an indicator id such as industrial_output' });
      if (!SNAKE.test(t)) return fail(ctx, { message: 'is not a valid indicator id', expected: 'snake_case such as industrial_output', hint: idHint(t, SNAKE) ?? (/^[a-z0-9_-]+$/i.test(t) ? `write ${t.toLowerCase().replaceAll('-', '_')}` : undefined) });
      if (t.length > ID_MAX) return fail(ctx, { message: `is ${t.length} characters long`, expected: `an id of at most ${ID_MAX} characters` });
      return t;
    }),
    { type: 'string', constraints: { required: true, pattern: SNAKE.source.slice(1, -1), maxLength: ID_MAX } },
  );

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
  what?: string;
}

function checkRange(n: number, o: NumberOptions): CellIssue | null {
  if (o.integer && !Number.isInteger(n)) return { message: 'is not a whole number', expected: o.what ?? 'a whole number' };
  if (o.min !== undefined && n < o.min) return { message: `is below ${o.min}`, expected: o.what ?? `a number ≥ ${o.min}` };
  if (o.max !== undefined && n > o.max) return { message: `is above ${o.max}`, expected: o.what ?? `a number ≤ ${o.max}` };
  return null;
}

/** A number cell's value, or an issue naming what is wrong with it (full-width digit, unit, range …). */
function numberCell(s: string, ctx: Ctx, o: NumberOptions): number {
  const bad = diagnoseNumber(s);
  if (bad) return fail(ctx, bad);
  const n = Number(s.trim());
  const out = checkRange(n, o);
  return out ? fail(ctx, out) : n;
}

const numberType = (o: NumberOptions, required: boolean) => ({ type: o.integer ? ('integer' as const) : ('number' as const), constraints: { required, minimum: o.min, maximum: o.max } });

export const decimal = (o: NumberOptions = {}) => cellType(z.string().transform((s, ctx) => numberCell(s, ctx, o)), numberType(o, true));

export const optionalDecimal = (o: NumberOptions = {}) =>
  cellType(z.string().transform((s, ctx) => (s.trim() === '' ? undefined : numberCell(s, ctx, o))), numberType(o, false));

/** The span of years any park report can speak of: from the first development zones to 2100. */
const YEAR_MIN = 1978;
const YEAR_MAX = 2100;

/** A calendar year in the span any park report can speak of. */
export const year = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const bad = diagnoseNumber(s);
      if (bad) return fail(ctx, { ...bad, expected: bad.message === 'is empty' ? 'a year such as 2024' : bad.expected });
      const n = Number(s.trim());
      if (!Number.isInteger(n)) return fail(ctx, { message: 'is not a whole number', expected: 'a year such as 2024' });
      if (n >= 0 && n < 100) return fail(ctx, { message: 'is not a full year', expected: 'a year such as 2024', hint: `write ${2000 + n}` });
      if (n < YEAR_MIN) return fail(ctx, { message: `is below ${YEAR_MIN}`, expected: `a year from ${YEAR_MIN} (the first development zones) to ${YEAR_MAX}` });
      if (n > YEAR_MAX) return fail(ctx, { message: `is above ${YEAR_MAX}`, expected: `a year from ${YEAR_MIN} (the first development zones) to ${YEAR_MAX}` });
      return n;
    }),
    { type: 'integer', constraints: { required: true, minimum: YEAR_MIN, maximum: YEAR_MAX } },
  );

export const oneOf = <const T extends readonly string[]>(values: T) =>
  cellType(
    z.string().transform((s, ctx): T[number] => {
      const t = s.trim();
      if ((values as readonly string[]).includes(t)) return t as T[number];
      const plain = toHalfWidth(t).replace(INVISIBLE, '').trim().toLowerCase();
      const folded = values.find((v) => v.toLowerCase() === plain);
      return fail(ctx, {
        message: t === '' ? 'is empty' : 'is not allowed',
        expected: `one of ${values.join(' | ')}`,
        hint: folded ? `write ${folded}` : undefined,
      });
    }),
    { type: 'string', constraints: { required: true, enum: [...values] } },
  );

/** One of `values`, or empty (undefined). */
export const optionalOneOf = <const T extends readonly string[]>(values: T) => {
  const inner = oneOf(values);
  return cellType(
    z.string().transform((s, ctx): T[number] | undefined => {
      if (s.trim() === '') return undefined;
      const r = inner.safeParse(s);
      if (r.success) return r.data;
      for (const issue of r.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, params: 'params' in issue ? issue.params : undefined });
      return z.NEVER;
    }),
    { type: 'string', constraints: { required: false, enum: [...values] } },
  );
};

/** Traditional characters that appear in units, for hints (億元 → 亿元). */
const SIMPLIFIED: Record<string, string> = { 億: '亿', 萬: '万', 畝: '亩', 噸: '吨', 個: '个', 項: '项', 條: '条', 棟: '栋', 時: '时', 積: '积', 裏: '里', 裡: '里', 戶: '户', 圓: '元' };

/** What a unit looks like: a short word, never markup or a sentence. */
const UNIT_SHAPE = /^[^\s<>"'&=;:,]+$/u;
const UNIT_MAX = 12;

/**
 * A unit cell: text here; whether it is a unit of data/units.csv is checked by the loader, which
 * has the table (checkUnit below gives its message and hint).
 */
export const unit = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return fail(ctx, { message: 'is empty', expected: 'a unit from units.csv' });
      if (t.length > UNIT_MAX || !UNIT_SHAPE.test(t)) return fail(ctx, { message: 'is not a unit', expected: `a unit as reports write it after a number (亿元, 亿美元, 户, 吨/小时): at most ${UNIT_MAX} characters, no spaces or <>"'&=;:,` });
      return t;
    }),
    { type: 'string', description: 'A unit of units.csv, as the quote writes it after the number', constraints: { required: true, maxLength: UNIT_MAX, pattern: UNIT_SHAPE.source.slice(1, -1) } },
  );


/** Why a unit cell is not a unit of the table, with the likely fix; null when it is one. */
export function checkUnit(cell: string, units: readonly string[]): CellIssue | null {
  const t = cell.trim();
  if (units.includes(t)) return null;
  const fixed = toHalfWidth(t).replace(INVISIBLE, '').trim().replace(/./g, (c) => SIMPLIFIED[c] ?? c);
  const longer = t === '' ? [] : units.filter((u) => u.startsWith(fixed) && u !== fixed);
  return {
    message: 'is not a known unit',
    expected: `one of ${units.join(' ')}`,
    hint: units.includes(fixed) ? `write ${fixed}` : longer.length > 0 ? `did you mean ${longer.join(' or ')}?` : `a unit the report uses? add a row for ${t} to units.csv`,
  };
}

/**
 * The sharper message for a number cell with text after the number, once the loader knows the
 * text is a unit of units.csv ("274.14亿元" → write 274.14 here and 亿元 in column unit).
 */
export function unitTypedInCell(cell: string, units: readonly string[]): (CellIssue & { unit: string }) | null {
  const m = /^\s*([+-]?[\d.,\s]*\d)\s*(.+?)\s*$/.exec(toHalfWidth(cell).replace(INVISIBLE, ''));
  const rest = m?.[2];
  if (!m || rest === undefined || rest === '%' || !units.includes(rest)) return null;
  return { message: 'has a unit typed in the cell', hint: `write ${m[1]?.replace(/^\+/, '')} here and ${rest} in column unit`, expected: 'a number', unit: rest };
}

/** The separator of a list of alternative names in one cell (aliases of an indicator). */
export const ALIAS_SEPARATOR = '|';
const ALIAS_MAX = 40;

/** A cell's list of names, split on | and trimmed (empty pieces dropped). */
export const splitAliases = (cell: string): string[] => cell.split(ALIAS_SEPARATOR).map((a) => a.trim()).filter((a) => a !== '');

/**
 * Other names of an indicator, as reports write them, separated by |: "进出口总额|外贸进出口".
 * The extractor matches these words (and the indicator's name) in a report's text.
 */
export const aliases = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return [];
      const bad = diagnoseText(t, TEXT_MAX);
      if (bad) return fail(ctx, bad);
      if (/[;；、，,]/u.test(t) && !t.includes(ALIAS_SEPARATOR)) return fail(ctx, { message: 'is not separated by |', hint: `write ${t.split(/[;；、，,]/u).map((x) => x.trim()).filter(Boolean).join(ALIAS_SEPARATOR)}`, expected: 'names separated by |' });
      const pieces = t.split(ALIAS_SEPARATOR).map((a) => a.trim());
      if (pieces.some((a) => a === '')) return fail(ctx, { message: 'has an empty name between two |', hint: 'remove the extra |', expected: 'names separated by |' });
      const long = pieces.find((a) => a.length > ALIAS_MAX);
      if (long) return fail(ctx, { message: `has a name of ${long.length} characters`, expected: `names of at most ${ALIAS_MAX} characters, separated by |` });
      const twice = pieces.find((a, i) => pieces.indexOf(a) !== i);
      if (twice) return fail(ctx, { message: `lists ${twice} twice`, hint: `keep one ${twice}` });
      return pieces;
    }),
    { type: 'string', description: `Other names of the indicator as reports write them, separated by |, each at most ${ALIAS_MAX} characters`, constraints: { required: false } },
  );

export const isoDateOrEmpty = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (t === '') return undefined;
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
      const d = m ? new Date(`${t}T00:00:00Z`) : null;
      if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t) {
        return fail(ctx, { message: 'is not a date', expected: 'YYYY-MM-DD or empty', hint: /\d{4}\/\d{1,2}\/\d{1,2}/.test(t) ? 'Excel wrote the date with slashes; format the column as text' : undefined });
      }
      return t;
    }),
    { type: 'date', constraints: { required: false } },
  );

/** A list in one cell, separated by ; or 、 */
export const list = (max = TEXT_MAX) =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      const bad = t === '' ? null : diagnoseText(t, max);
      if (bad) return fail(ctx, bad);
      return t
        .split(/[;；、]/)
        .map((x) => x.trim())
        .filter((x) => x !== '');
    }),
    { type: 'string', description: 'A list separated by ; or 、', constraints: { required: false, maxLength: max } },
  );

export const bool = () =>
  cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim().toLowerCase();
      if (t === 'true') return true;
      if (t === 'false') return false;
      const hint = t === '是' || t === '1' ? 'write true' : t === '否' || t === '0' ? 'write false' : undefined;
      return fail(ctx, { message: 'is not true or false', expected: 'true | false', hint });
    }),
    { type: 'boolean', trueValues: ['true', 'True', 'TRUE'], falseValues: ['false', 'False', 'FALSE'], constraints: { required: true } },
  );

// estimated: an actual the source gives as 预计 (before the year's final count); shown with its badge.
export const FLAGS = ['ok', 'garbled', 'suspect', 'inferred', 'estimated'] as const;
