/**
 * getStaticPaths for the dynamic routes, shared by both editions, each path with its cache key
 * (page-keys.ts): what lets an incremental build skip the pages whose data did not change.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { siteData } from '../data/site-data.ts';
import { indicatorsInUse } from '../derived/indicator-rows.ts';
import type { Locale } from '../lib/format.ts';
import { localized, routes } from '../lib/paths.ts';
import { basemapFile, siteBasemap } from '../map/load-basemap.ts';
import { defsDigest, digestOf, indicatorDigest, layoutDigest, parkDigest, parkMapDigest, parksDigest } from './page-keys.ts';

let basemapKey: string | undefined;

/** The base map as this build read it: the file's bytes and the credit lines printed under it. */
export function basemapDigest(): string {
  basemapKey ??= digestOf([createHash('sha256').update(readFileSync(basemapFile().file)).digest('hex'), siteBasemap().creditIn('zh-CN'), siteBasemap().creditIn('en')]);
  return basemapKey;
}

/** A park's page: its rows, the parks its map shows, the base map, the layout's data. */
export const parkPaths = (locale: Locale) => () => {
  const { dataset, index } = siteData();
  const { basemap } = siteBasemap();
  const common = [defsDigest(dataset), basemapDigest()];
  return dataset.parks.map((p) => ({
    params: { id: p.id },
    cacheKey: digestOf(['park', parkDigest(dataset, index, p.id), parkMapDigest(dataset, index, basemap, p.id), layoutDigest(dataset, locale, localized(locale, routes.park(p.id))), ...common]),
  }));
};

/** A park's feed and its JSON: the park's own rows. */
export const parkDataPaths = () => {
  const { dataset, index } = siteData();
  return dataset.parks.map((p) => ({ params: { id: p.id }, cacheKey: digestOf(['park-data', parkDigest(dataset, index, p.id), defsDigest(dataset)]) }));
};

/** A report's page: its park's rows (the report, its text and the rows quoted from it among them) and the layout's data. */
export const sourcePaths = (locale: Locale) => () => {
  const { dataset, index } = siteData();
  return dataset.documents.map((d) => ({
    params: { doc: d.id },
    cacheKey: digestOf(['source', parkDigest(dataset, index, d.park_id), defsDigest(dataset), layoutDigest(dataset, locale, localized(locale, routes.source(d.id)))]),
  }));
};

/** An indicator's page and JSON: its rows across parks, and the layout's data for the page. */
export const indicatorPaths = (locale?: Locale) => () => {
  const { dataset, index } = siteData();
  return indicatorsInUse(dataset).map((u) => ({
    params: { id: u.def.id },
    cacheKey: digestOf(['indicator', indicatorDigest(dataset, index, u.def.id), locale ? layoutDigest(dataset, locale, localized(locale, routes.indicator(u.def.id))) : '']),
  }));
};

/** A prefecture's shared map shapes: the base map, and the parks that decide which prefectures have maps. */
export const prefecturePathKey = (): string => digestOf(['prefecture', basemapDigest(), parksDigest(siteData().dataset)]);
