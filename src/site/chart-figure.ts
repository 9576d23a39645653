/** What a chart's block (components/Chart.astro) links to besides the chart: its download files, its embed snippet, its first table rows. */
import { svgId, type ChartFigure } from '../charts/figure.ts';
import { translator } from '../i18n/index.ts';
import { embedSnippet } from '../lib/embed.ts';
import type { Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { localized, withBase } from '../lib/paths.ts';
import { escapeText, escapeXml } from '../lib/xml.ts';

/** The ids of a chart's heading and takeaway on its page. */
export const chartHeadingId = (id: string): string => `${id}-h`;
export const chartTakeawayId = (id: string): string => `${id}-tk`;

/**
 * The chart's SVG as its page shows it. The SVG's <title> and <desc> repeat the heading and the
 * takeaway printed just above it: on the page the SVG is named by those instead (aria-labelledby),
 * and only a stand-alone copy (download, embed) carries its own. Text that differs is kept.
 */
export function svgInPage(f: ChartFigure): string {
  const id = svgId(f.id);
  const title = `<title id="${id}-title">${escapeXml(f.title)}</title>`;
  const desc = `<desc id="${id}-desc">${escapeXml(f.desc)}</desc>`;
  const start = f.svg.indexOf('>') + 1;
  if (f.svg.slice(start, start + title.length) !== title) return f.svg;
  const withDesc = f.svg.startsWith(desc, start + title.length);
  const sameDesc = withDesc && f.desc === f.takeaway;
  const labelled = `aria-labelledby="${chartHeadingId(f.id)} ${sameDesc ? chartTakeawayId(f.id) : `${id}-desc`}"`;
  const open = f.svg.slice(0, start).replace(`aria-labelledby="${id}-title ${id}-desc"`, labelled);
  if (open === f.svg.slice(0, start)) return f.svg;
  return open + f.svg.slice(start + title.length + (sameDesc ? desc.length : 0));
}

export function chartFigure(f: ChartFigure, locale: Locale, base: string, site: URL | undefined) {
  const link = (path: string) => withBase(base, localized(locale, path));
  return {
    t: translator(locale),
    svg: svgInPage(f),
    ids: { heading: chartHeadingId(f.id), takeaway: chartTakeawayId(f.id) },
    // A long table shows its first rows; the CSV download has them all.
    tableRows: f.table.rows.slice(0, LIMITS.tableRows),
    // Two columns fit a phone as a table; from three on, a phone shows each row as a card.
    stacked: f.table.columns.length + (f.table.hrefs ? 1 : 0) >= 3,
    files: { csv: link(`downloads/${f.id}.csv`), svg: link(`downloads/${f.id}.svg`) },
    // The snippet as a <textarea>'s markup: its quotes stay quotes (a textarea's text needs no &quot;).
    snippetHtml: escapeText(embedSnippet(new URL(link(`embed/chart/${f.id}/`), site).href, f.title)),
  };
}
