/** What a chart's block (components/Chart.astro) links to besides the chart: its download files, its embed snippet, its first table rows. */
import type { ChartFigure } from '../charts/figure.ts';
import { translator } from '../i18n/index.ts';
import { embedSnippet } from '../lib/embed.ts';
import type { Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { localized, withBase } from '../lib/paths.ts';
import { escapeText } from '../lib/xml.ts';

export function chartFigure(f: ChartFigure, locale: Locale, base: string, site: URL | undefined) {
  const link = (path: string) => withBase(base, localized(locale, path));
  return {
    t: translator(locale),
    // A long table shows its first rows; the CSV download has them all.
    tableRows: f.table.rows.slice(0, LIMITS.tableRows),
    // Two columns fit a phone as a table; from three on, a phone shows each row as a card.
    stacked: f.table.columns.length + (f.table.hrefs ? 1 : 0) >= 3,
    files: { csv: link(`downloads/${f.id}.csv`), svg: link(`downloads/${f.id}.svg`) },
    // The snippet as a <textarea>'s markup: its quotes stay quotes (a textarea's text needs no &quot;).
    snippetHtml: escapeText(embedSnippet(new URL(link(`embed/chart/${f.id}/`), site).href, f.title)),
  };
}
