/** What every chart on the site carries besides its SVG: the words and the table. */
export interface TableData {
  caption: string;
  columns: string[];
  rows: string[][];
  /** Which columns hold numbers (right-aligned). */
  numeric: boolean[];
  /** Per row, the link to the sentence the figure comes from (rendered as a last column). */
  hrefs?: string[];
}

export interface ChartFigure {
  id: string;
  title: string;
  /** One sentence: what the reader should take away. */
  takeaway: string;
  /** The text summary (also the SVG's <desc>). */
  desc: string;
  /** The source line: which documents the figures come from. */
  source: string;
  /** Rendered SVGs for narrow (phone) and wide screens. */
  svgNarrow: string;
  svgWide: string;
  table: TableData;
  /** A caveat shown under the chart, e.g. periods that differ. */
  note?: string;
  /** Colour legend entries: label and the chart colour it names (toggles series). */
  legend?: { label: string; color: string }[];
}

/** Chart widths rendered at build time; CSS shows the one that fits. */
export const NARROW = 360;
export const WIDE = 720;

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
