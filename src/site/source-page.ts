/** A source page: the report's facts, its full text with every quoted sentence marked, and the rows quoted from it. */
import type { SiteData } from '../data/site-data.ts';
import { parkName } from '../derived/names.ts';
import { parkIndicatorRowIds } from '../derived/park-promises.ts';
import { quotedRowLabel } from '../derived/source-rows.ts';
import type { Locale } from '../lib/format.ts';
import { routes, withBase } from '../lib/paths.ts';
import { pageAt } from '../lib/provenance.ts';
import { publishedName } from '../lib/source-formats.ts';
import { segmentSource, splitQuoteTargetCss } from '../lib/source-segments.ts';
import { pageContext } from './page-context.ts';

/** The label of each page mark in a PDF's text (SourceText.astro), and of a quote's page reference. */
const PAGE_MARK_CSS = '.source-text .page::before{content:attr(data-label);font-family:var(--font);font-size:0.75rem;color:var(--ink-3);border:1px solid var(--rule);border-radius:var(--radius);padding:0 0.4em;margin-right:0.3em}.page-ref{font-size:0.8rem}';

export interface SourcePageProps { locale: Locale; doc: string }

export function sourcePage({ dataset, index }: SiteData, { locale, doc: docId }: SourcePageProps, base: string) {
  const doc = index.document(docId);
  const park = index.park(doc.park_id);
  const indicatorRows = parkIndicatorRowIds(dataset, index, park.id);
  const context = pageContext(locale, base);
  const rows = index.quotedRowsOf(doc.id);
  const pageStarts = doc.pageStarts ?? [];
  const multiPage = pageStarts.length > 1;
  const segments = segmentSource(doc.text, rows.map((q) => ({ id: q.row.id, start: q.row.span.start, end: q.row.span.end })), pageStarts);
  return {
    ...context,
    dataset,
    doc,
    park,
    pName: parkName(park, locale),
    rows,
    /** The source text in runs, each knowing the rows that quote it. */
    segments,
    /** For the page's head: lights every run of a quote cut into several when it is the target; labels a PDF's page marks. */
    headCss: `${splitQuoteTargetCss(segments)}${multiPage ? PAGE_MARK_CSS : ''}`,
    /** The report as received, byte for byte (a saved web page published as text: see publishedName). */
    rawLink: withBase(base, routes.rawSource(publishedName(doc.source_file))),
    /** The download attribute: the file's own name where it is published under another. */
    rawDownload: publishedName(doc.source_file) === doc.source_file ? true : doc.source_file,
    label: (q: Parameters<typeof quotedRowLabel>[0]) => quotedRowLabel(q, index, locale),
    /** The page a row's quote stands on, for a source derived from a PDF of two pages or more. */
    pageOf: (q: Parameters<typeof quotedRowLabel>[0]): number | undefined => (multiPage ? pageAt(pageStarts, q.row.span.start) : undefined),
    /** The row's place on its park page (a paired target is in its actual's row). */
    parkRowLink: (rowId: string) => context.link(routes.parkRow(park.id, indicatorRows.get(rowId) ?? rowId)),
  };
}
