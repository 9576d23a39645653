/** A park's page: its identity, charts, documents, promises, investments, map, zones and projects. */
import type { SiteData } from '../data/site-data.ts';
import { parkName } from '../derived/names.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { localized, routes, withBase } from '../lib/paths.ts';
import type { BasemapSource } from '../map/load-basemap.ts';
import { parkCharts, quoteHref, type ParkChartKind } from './page-charts.ts';
import { tableHolding, type PageTable } from './chart-data-table.ts';
import { pageContext } from './page-context.ts';
import { parkMapSection } from './park-map.ts';

export interface ParkPageProps { locale: Locale; id: string }

/** The park page's sections, in page order: the jump links a phone shows at the top, and the headings' ids. */
export const PARK_SECTIONS = ['charts', 'documents', 'indicators', 'investments', 'map', 'zones', 'projects'] as const;
export type ParkSection = (typeof PARK_SECTIONS)[number];

/** A section's heading id: `documents` keeps the id other pages link to; the map's heading has the map section's own (`mapId`). */
export const parkSectionId = (s: ParkSection, mapId: string): string => (s === 'documents' ? s : s === 'map' ? mapId : `s-${s}`);

/** The ids of the park page's tables (their boxes), which a chart's "show the data" can link to. */
export const PARK_TABLE_IDS = { indicators: 't-indicators', investments: 't-investments', projects: 't-projects' } as const;

export function parkPage(data: SiteData, basemap: BasemapSource, { locale, id }: ParkPageProps, base: string) {
  const { dataset, index } = data;
  const park = index.park(id);
  const name = parkName(park, locale);
  const docs = index.documentsOf(park.id);
  const en = locale === 'en';
  const context = pageContext(locale, base);
  const map = parkMapSection(data, basemap, park.id, locale, base);
  const promises = parkPromises(dataset, index, park.id);
  const investments = index.investmentsOf(park.id);
  const projects = index.projectsOf(park.id);
  const charts = parkCharts({ dataset, index, locale, base }, park.id);
  const href = quoteHref(base, locale);
  const quote = (r: { doc_id: string; id: string }) => href(r.doc_id, r.id);
  const tables: PageTable[] = [
    { id: PARK_TABLE_IDS.indicators, hrefs: new Set(promises.flatMap((r) => [r.target, r.actual].flatMap((f) => (f ? [quote(f)] : [])))) },
    { id: PARK_TABLE_IDS.investments, hrefs: new Set(investments.map(quote)) },
    { id: PARK_TABLE_IDS.projects, hrefs: new Set(projects.map(quote)) },
  ];
  const dataTables = Object.fromEntries(Object.entries(charts).map(([kind, f]) => [kind, f ? tableHolding(f.table, tables) : undefined])) as Record<ParkChartKind, string | undefined>;
  const feed = { title: t(locale, 'feed.parkTitle', { park: name }), path: localized(locale, routes.parkFeed(park.id)) };
  return {
    ...context,
    sections: PARK_SECTIONS.map((s) => ({ id: parkSectionId(s, map.hid), label: context.t(`park.index.${s}`) })),
    dataset,
    index,
    park,
    name,
    docs,
    description: `${name}${en ? ': ' : '：'}${docs.map((d) => d.title).join(en ? '; ' : '；')}`,
    // A municipality is its own prefecture (天津市 天津市 滨海新区 reads as a typo): each name once.
    place: [...new Set([park.province, park.prefecture, park.county].filter(Boolean))].join(' '),
    promises,
    investments,
    zones: index.zonesOf(park.id),
    projects,
    charts,
    tableIds: PARK_TABLE_IDS,
    /** For each chart, the page table that already lists its rows (the chart links there), if one does. */
    dataTables,
    map,
    feed,
    feedHref: withBase(base, feed.path),
    jsonHref: withBase(base, routes.parkJson(park.id)),
  };
}
