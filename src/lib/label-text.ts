/** Label text as charts, maps and social cards lay it out: widths in the system CJK font, fitting, tooltips. */

/**
 * The one width (SVG units) every chart is laid out at, with 12-unit text. CSS scales the SVG to
 * its column: on the narrowest phone column (328 px at a 360 px screen) the text reads at 11 px,
 * and on a wide screen the chart stops growing at 1.3× (global.css), so the text is not oversized.
 */
export const CHART_WIDTH = 352;
/** Approximate pixel width of a label in the system CJK font at `size` px. */
export function labelWidth(s: string, size = 12): number {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff]/.test(ch) ? size * 0.58 : size;
  return Math.ceil(w);
}

/** Left margin that fits the longest y label, capped so the plot keeps room. */
export function marginFor(labels: readonly string[], width: number, size = 12): number {
  const longest = Math.max(0, ...labels.map((l) => labelWidth(l, size)));
  return Math.min(Math.round(width * 0.42), longest + 12);
}

/** Shortens a label to fit `max` pixels, with an ellipsis. */
export function fit(s: string, max: number, size = 12): string {
  if (labelWidth(s, size) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (labelWidth(`${out + ch}…`, size) > max) break;
    out += ch;
  }
  return `${out}…`;
}

/** The text a mark's tooltip shows (its <title>): name, figure, context, then the quote. */
export function tipText(name: string, figure: string, context: string, quote: string): string {
  return [name, [figure, context].filter(Boolean).join(' · '), `“${quote}”`].join('\n');
}
