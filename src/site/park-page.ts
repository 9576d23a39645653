/** A park's page: its identity, charts, documents, promises, investments, map, zones and projects. */
import type { SiteData } from '../data/site-data.ts';
import { parkName } from '../derived/names.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { localized, routes, withBase } from '../lib/paths.ts';
import type { BasemapSource } from '../map/load-basemap.ts';
import { parkCharts } from './page-charts.ts';
import { pageContext } from './page-context.ts';
import { parkMapSection } from './park-map.ts';

export interface ParkPageProps { locale: Locale; id: string }

export function parkPage(data: SiteData, basemap: BasemapSource, { locale, id }: ParkPageProps, base: string) {
  const { dataset, index } = data;
  const park = index.park(id);
  const name = parkName(park, locale);
  const docs = index.documentsOf(park.id);
  const en = locale === 'en';
  const feed = { title: t(locale, 'feed.parkTitle', { park: name }), path: localized(locale, routes.parkFeed(park.id)) };
  return {
    ...pageContext(locale, base),
    dataset,
    index,
    park,
    name,
    docs,
    description: `${name}${en ? ': ' : '：'}${docs.map((d) => d.title).join(en ? '; ' : '；')}`,
    place: [park.province, park.prefecture, park.county].filter(Boolean).join(' '),
    promises: parkPromises(dataset, index, park.id),
    investments: index.investmentsOf(park.id),
    zones: index.zonesOf(park.id),
    projects: index.projectsOf(park.id),
    charts: parkCharts({ dataset, index, locale, base }, park.id),
    map: parkMapSection(data, basemap, park.id, locale, base),
    feed,
    feedHref: withBase(base, feed.path),
    jsonHref: withBase(base, routes.parkJson(park.id)),
  };
}
