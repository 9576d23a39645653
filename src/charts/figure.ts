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
