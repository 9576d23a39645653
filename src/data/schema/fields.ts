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
import { isUnit, UNIT_NAMES, type Unit } from '../../lib/units.ts';

export interface CellIssue {
  message: string;
  expected?: string;
  hint?: string;
}

type Ctx = z.core.$RefinementCtx<string>;

function fail(ctx: Ctx, issue: CellIssue): typeof z.NEVER {
  ctx.addIssue({ code: 'custom', message: issue.message, params: { expected: issue.expected, hint: issue.hint } });
  return z.NEVER;
}

const FULL_WIDTH = /[０-９．，－％]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Full-width digits and punctuation → ASCII, for hints only. */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，－％]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Diagnoses a cell that should hold a plain decimal number. */
export function diagnoseNumber(raw: string): CellIssue | null {
  const s = raw.trim();
  if (PLAIN_NUMBER.test(s)) return null;
  if (s === '') return { message: 'is empty', expected: 'a number such as 274.14' };
  if (FULL_WIDTH.test(s)) {
    return { message: 'is not a number', hint: `full-width digit? write ${toHalfWidth(s)}`, expected: 'e.g. 274.14' };
  }
  if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(s)) {
    return { message: 'has a thousands separator', hint: `write ${s.replaceAll(',', '')}`, expected: 'a number without separators' };
  }
  const withUnit = /^(-?\d+(?:\.\d+)?)\s*(.+)$/.exec(s);
  if (withUnit?.[2] === '%') {
    return { message: 'has a percent sign', hint: `write ${withUnit[1]} here and % in column unit`, expected: 'a number' };
  }
  if (withUnit && withUnit[2] !== undefined && isUnit(withUnit[2])) {
    return { message: 'has a unit typed in the cell', hint: `write ${withUnit[1]} here and ${withUnit[2]} in column unit`, expected: 'a number' };
  }
  if (s.includes(' ') && PLAIN_NUMBER.test(s.replace(/\s+/g, ''))) {
    return { message: 'has spaces inside the number', hint: `write ${s.replace(/\s+/g, '')}`, expected: 'a number' };
  }
  return { message: 'is not a number', expected: 'e.g. 274.14' };
}

export const requiredText = (what = 'text') =>
  z.string().transform((s, ctx) => (s.trim() === '' ? fail(ctx, { message: 'is empty', expected: what }) : s.trim()));

export const optionalText = () => z.string().transform((s) => s.trim());

/** A slug: lower-case letters, digits and hyphens; used in URLs. */
export const slug = () =>
  z.string().transform((s, ctx) => {
    const t = s.trim();
    if (t === '') return fail(ctx, { message: 'is empty', expected: 'an id such as linxiang-2017' });
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t)) {
      return fail(ctx, { message: 'is not a valid id', expected: 'lower-case letters, digits and hyphens, e.g. linxiang-2017-i01' });
    }
    return t;
  });

/** An id that may be empty (an optional reference). */
export const optionalSlug = () =>
  z.string().transform((s, ctx) => {
    const t = s.trim();
    if (t === '') return undefined;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(t)) return fail(ctx, { message: 'is not a valid id', expected: 'lower-case letters, digits and hyphens, or empty' });
    return t;
  });

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

export const decimal = (o: NumberOptions = {}) =>
  z.string().transform((s, ctx) => {
    const bad = diagnoseNumber(s);
    if (bad) return fail(ctx, bad);
    const n = Number(s.trim());
    const out = checkRange(n, o);
    return out ? fail(ctx, out) : n;
  });

export const optionalDecimal = (o: NumberOptions = {}) =>
  z.string().transform((s, ctx) => {
    if (s.trim() === '') return undefined;
    const bad = diagnoseNumber(s);
    if (bad) return fail(ctx, bad);
    const n = Number(s.trim());
    const out = checkRange(n, o);
    return out ? fail(ctx, out) : n;
  });

/** A calendar year in the span any park report can speak of. */
export const year = () => decimal({ integer: true, min: 1978, max: 2100, what: 'a year such as 2024' });

export const oneOf = <const T extends readonly string[]>(values: T) =>
  z.string().transform((s, ctx): T[number] => {
    const t = s.trim();
    if ((values as readonly string[]).includes(t)) return t as T[number];
    const folded = values.find((v) => v.toLowerCase() === t.toLowerCase());
    return fail(ctx, {
      message: t === '' ? 'is empty' : 'is not allowed',
      expected: `one of ${values.join(' | ')}`,
      hint: folded ? `write ${folded}` : undefined,
    });
  });

export const unit = () =>
  z.string().transform((s, ctx): Unit => {
    const t = s.trim();
    if (isUnit(t)) return t;
    const fixed = toHalfWidth(t);
    return fail(ctx, {
      message: t === '' ? 'is empty' : 'is not a known unit',
      expected: `one of ${UNIT_NAMES.join(' ')}`,
      hint: isUnit(fixed) ? `write ${fixed}` : undefined,
    });
  });

export const isoDateOrEmpty = () =>
  z.string().transform((s, ctx) => {
    const t = s.trim();
    if (t === '') return undefined;
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    const d = m ? new Date(`${t}T00:00:00Z`) : null;
    if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== t) {
      return fail(ctx, { message: 'is not a date', expected: 'YYYY-MM-DD or empty', hint: /\d{4}\/\d{1,2}\/\d{1,2}/.test(t) ? 'Excel wrote the date with slashes; format the column as text' : undefined });
    }
    return t;
  });

/** A list in one cell, separated by ; or 、 */
export const list = () =>
  z.string().transform((s) =>
    s
      .split(/[;；、]/)
      .map((x) => x.trim())
      .filter((x) => x !== ''),
  );

export const bool = () =>
  z.string().transform((s, ctx) => {
    const t = s.trim().toLowerCase();
    if (t === 'true') return true;
    if (t === 'false') return false;
    return fail(ctx, { message: 'is not true or false', expected: 'true | false' });
  });

export const FLAGS = ['ok', 'garbled', 'suspect', 'inferred'] as const;
export type Flag = (typeof FLAGS)[number];
