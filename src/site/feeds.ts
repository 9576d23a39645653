/**
 * Atom feeds of what the dataset adds: /feed.xml (and /en/feed.xml) has an entry per document;
 * a park's feed (/parks/<id>/feed.xml) has its documents and each of their figures. Entries are
 * dated by their document (its published date, else 1 January of its year), newest first, and
 * link to the source page or the figure's highlighted sentence.
 */
import type { Indicator, Investment, SourceDocument } from '../data/model.ts';
import type { SiteData } from '../data/site-data.ts';
import { indicatorName, parkName } from '../derived/names.ts';
import { figureText, investmentFigure } from '../derived/value-text.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { absoluteUrl, localized, routes } from '../lib/paths.ts';
import { escapeText, escapeXml } from '../lib/xml.ts';

export interface FeedEntry {
  id: string;
  title: string;
  /** RFC 3339 date-time. */
  updated: string;
  link: string;
  summary: string;
}

export interface Feed {
  title: string;
  self: string;
  page: string;
  locale: Locale;
  entries: FeedEntry[];
}

/** A document's date: when it was published, else the start of the year it is about. */
export function documentDate(d: SourceDocument): string {
  return `${d.published ?? `${d.year}-01-01`}T00:00:00Z`;
}

export function atomXml(feed: Feed): string {
  const updated = feed.entries[0]?.updated ?? '1978-01-01T00:00:00Z';
  const entries = feed.entries.map((e) => [
    '  <entry>',
    `    <id>${escapeText(e.id)}</id>`,
    `    <title>${escapeText(e.title)}</title>`,
    `    <updated>${e.updated}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.link)}"/>`,
    `    <summary>${escapeText(e.summary)}</summary>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">`,
    `  <id>${escapeText(feed.self)}</id>`,
    `  <title>${escapeText(feed.title)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.page)}"/>`,
    `  <author><name>${escapeText(t(feed.locale, 'site.name'))}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}

type Url = (path: string) => string;

function documentEntry({ index }: SiteData, locale: Locale, url: Url, d: SourceDocument): FeedEntry {
  const rows = index.quotedRowsOf(d.id);
  const figures = rows.filter((q) => q.kind === 'indicator' || q.kind === 'investment').length;
  return {
    id: url(localized(locale, routes.source(d.id))),
    title: `${parkName(index.park(d.park_id), locale)} · ${d.title}`,
    updated: documentDate(d),
    link: url(localized(locale, routes.source(d.id))),
    summary: t(locale, 'feed.document', { kind: t(locale, `kind.${d.kind}`), year: d.year, figures, rows: rows.length }),
  };
}

function flagged(locale: Locale, row: { flag: string; quote: string }): string {
  const flag = row.flag === 'garbled' || row.flag === 'suspect' || row.flag === 'inferred' || row.flag === 'estimated' ? ` (${t(locale, `flag.${row.flag}`)})` : '';
  return `“${row.quote}”${flag}`;
}

const colon = (locale: Locale) => (locale === 'en' ? ': ' : '：');

function indicatorEntry({ index }: SiteData, locale: Locale, url: Url, d: SourceDocument, r: Indicator): FeedEntry {
  const link = url(localized(locale, routes.quote(r.doc_id, r.id)));
  const kind = t(locale, r.kind === 'target' ? 'table.target' : 'table.actual');
  return { id: link, title: `${indicatorName(index.indicatorDef(r.indicator), locale)} · ${r.year} ${kind}${colon(locale)}${figureText(r, locale)}`, updated: documentDate(d), link, summary: flagged(locale, r) };
}

function investmentEntry(locale: Locale, url: Url, d: SourceDocument, r: Investment): FeedEntry {
  const link = url(localized(locale, routes.quote(r.doc_id, r.id)));
  return { id: link, title: `${r.project} · ${t(locale, `basis.${r.basis}`)}${colon(locale)}${investmentFigure(r, locale)}`, updated: documentDate(d), link, summary: flagged(locale, r) };
}

const newestFirst = (a: SourceDocument, b: SourceDocument) => documentDate(b).localeCompare(documentDate(a)) || a.id.localeCompare(b.id);

/** The edition's feed: one entry per document, newest first. */
export function siteFeed(data: SiteData, locale: Locale, site: URL | undefined, base: string): Feed {
  const url: Url = (p) => absoluteUrl(site, base, p);
  const docs = [...data.dataset.documents].sort(newestFirst).slice(0, LIMITS.feedEntries);
  return {
    title: t(locale, 'feed.title'),
    self: url(localized(locale, routes.feed())),
    page: url(localized(locale, routes.home())),
    locale,
    entries: docs.map((d) => documentEntry(data, locale, url, d)),
  };
}

/** A park's feed: each document, then its figures in reading order; newest document first. */
export function parkFeed(data: SiteData, locale: Locale, site: URL | undefined, base: string, parkId: string): Feed {
  const url: Url = (p) => absoluteUrl(site, base, p);
  const { index } = data;
  const entries = [...index.documentsOf(parkId)].sort(newestFirst).flatMap((d) => [
    documentEntry(data, locale, url, d),
    ...index.quotedRowsOf(d.id).flatMap((q) =>
      q.kind === 'indicator' ? [indicatorEntry(data, locale, url, d, q.row)] : q.kind === 'investment' ? [investmentEntry(locale, url, d, q.row)] : []),
  ]);
  return {
    title: t(locale, 'feed.parkTitle', { park: parkName(index.park(parkId), locale) }),
    self: url(localized(locale, routes.parkFeed(parkId))),
    page: url(localized(locale, routes.park(parkId))),
    locale,
    entries: entries.slice(0, LIMITS.feedEntries),
  };
}

export const atomResponse = (feed: Feed) => new Response(atomXml(feed), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
