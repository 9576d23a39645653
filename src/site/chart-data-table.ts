/**
 * Where a chart's "show the data" points. On a page whose own table lists every row a chart draws
 * (the same sentence behind each), the chart links to that table instead of repeating it in a
 * folded copy: the reader gets the same rows, with their sources, once.
 */
import type { ChartFigure } from '../charts/figure.ts';

export interface PageTable {
  /** The id of the table's box on the page: the chart's link goes to `#id`. */
  readonly id: string;
  /** The source-sentence links (`…#q-…`) of the table's rows. */
  readonly hrefs: ReadonlySet<string>;
}

/** The first of `tables` that holds every row of the chart's table, or undefined (the chart then keeps its own table). */
export function tableHolding(table: ChartFigure['table'], tables: readonly PageTable[]): string | undefined {
  const hrefs = table.hrefs;
  // A row without its own sentence (an aggregate, a "others" bar) cannot be matched: keep the chart's table.
  if (!hrefs || hrefs.length === 0 || hrefs.length !== table.rows.length || hrefs.some((h) => !h)) return undefined;
  return tables.find((t) => hrefs.every((h) => t.hrefs.has(h)))?.id;
}
