/** A source page: the report's facts, its full text with every quoted sentence marked, and the rows quoted from it. */
import type { SiteData } from '../data/site-data.ts';
import { parkName } from '../derived/names.ts';
import { parkIndicatorRowIds } from '../derived/park-promises.ts';
import { quotedRowLabel } from '../derived/source-rows.ts';
import type { Locale } from '../lib/format.ts';
import { routes, withBase } from '../lib/paths.ts';
import { pageAt } from '../lib/provenance.ts';
import { publishedName } from '../lib/source-formats.ts';
import { pageContext } from './page-context.ts';

export interface SourcePageProps { locale: Locale; doc: string }

export function sourcePage({ dataset, index }: SiteData, { locale, doc: docId }: SourcePageProps, base: string) {
  const doc = index.document(docId);
  const park = index.park(doc.park_id);
  const indicatorRows = parkIndicatorRowIds(dataset, index, park.id);
  const context = pageContext(locale, base);
  return {
    ...context,
    dataset,
    doc,
    park,
    pName: parkName(park, locale),
    rows: index.quotedRowsOf(doc.id),
    /** The report as received, byte for byte (a saved web page published as text: see publishedName). */
    rawLink: withBase(base, routes.rawSource(publishedName(doc.source_file))),
    /** The download attribute: the file's own name where it is published under another. */
    rawDownload: publishedName(doc.source_file) === doc.source_file ? true : doc.source_file,
    label: (q: Parameters<typeof quotedRowLabel>[0]) => quotedRowLabel(q, index, locale),
    /** The page a row's quote stands on, for a source derived from a PDF of two pages or more. */
    pageOf: (q: Parameters<typeof quotedRowLabel>[0]): number | undefined => (doc.pageStarts && doc.pageStarts.length > 1 ? pageAt(doc.pageStarts, q.row.span.start) : undefined),
    /** The row's place on its park page (a paired target is in its actual's row). */
    parkRowLink: (rowId: string) => context.link(routes.parkRow(park.id, indicatorRows.get(rowId) ?? rowId)),
  };
}
