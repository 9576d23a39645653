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
  /** The rendered SVG (laid out at CHART_WIDTH; it reads from a phone to a desktop). */
  svg: string;
  table: TableData;
  /** A caveat shown under the chart, e.g. periods that differ. */
  note?: string;
  /** Colour legend entries: label and the chart colour it names (toggles series). */
  legend?: { label: string; color: string }[];
}

/** The id of a figure's <svg>, beside the figure's own id on its <chart-figure>. */
export const svgId = (id: string): string => `${id}-svg`;
