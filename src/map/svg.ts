/**
 * A few-line SVG string builder: escaped attributes and text, numbers rounded so snapshots are
 * stable and the inline SVG stays small. No DOM.
 */

export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Readonly<Record<string, AttrValue>>;
export type Child = string | false | null | undefined;

import { escapeXml as esc } from '../lib/xml.ts';

/** A number with at most `digits` decimals, no trailing zeros, never "-0". */
export function num(n: number, digits = 1): string {
  const f = 10 ** digits;
  const r = Math.round(n * f) / f;
  return Object.is(r, -0) || r === 0 ? '0' : String(r);
}

function attrText(a: Attrs): string {
  let out = '';
  for (const [k, v] of Object.entries(a)) {
    if (v === undefined || v === null || v === false) continue;
    if (v === true) out += ` ${k}`;
    else out += ` ${k}="${esc(typeof v === 'number' ? num(v, 2) : v)}"`;
  }
  return out;
}

/** `<tag attrs>children</tag>`; children are already-built strings (use `text()` for text). */
export function el(tag: string, a: Attrs, ...children: readonly Child[]): string {
  const inner = children.filter((c): c is string => typeof c === 'string').join('');
  return `<${tag}${attrText(a)}>${inner}</${tag}>`;
}

/** A childless element, written `<tag …/>`. */
export function leaf(tag: string, a: Attrs): string {
  return `<${tag}${attrText(a)}/>`;
}

/** Escaped text for element content. */
export const text = esc;

/** `translate(x y)` with rounded numbers. */
export function translate(x: number, y: number): string {
  return `translate(${num(x)} ${num(y)})`;
}
