/**
 * How pages stay readable — and within their byte budgets — when the dataset grows from 4 parks
 * to ~2,500. Below these limits every page shows everything; above them a page shows the most
 * relevant part, says so, and links to the complete CSV.
 */
export const LIMITS = {
  /** Park cards on the home page. */
  homeParkCards: 12,
  /** Above this many parks, the parks index is a compact table instead of cards. */
  parkCards: 24,
  /** Above this many documents, the sources index lists parks with their document counts. */
  documentCards: 48,
  /** Bars in a comparison, land or investment-group chart. */
  chartBars: 30,
  /** Groups (parks) in the overview investment chart; the rest form one "other" group. */
  chartGroups: 10,
  /** Enterprise projects drawn one block each; above this, one bar per stage. */
  pipelineBlocks: 150,
  /** Rows of a long table (indicator pairs, investment items). */
  tableRows: 300,
  /** Rows a long list on a park or source page shows on a phone before "show all". */
  phoneRows: 2,
  /**
   * Other parks marked on a park's own map: the nearest. At national density a prefecture holds
   * hundreds of parks, whose markers would bury the park the map is about (and cost every park
   * page time and bytes in proportion to the dataset); the province map has them all.
   */
  parkMapNeighbours: 30,
  /** Entries of an Atom feed: the newest; older ones stay in the JSON API and the CSVs. */
  feedEntries: 100,
  /** Parks with a social card of their own; the others share the parks index card. */
  parkSocialCards: 200,
} as const;

/** The first `n` of `rows` and how many were left out. */
export function capped<T>(rows: readonly T[], n: number): { shown: T[]; hidden: number } {
  return { shown: rows.slice(0, n), hidden: Math.max(0, rows.length - n) };
}
