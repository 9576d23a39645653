import type { Locale } from './format.ts';

/**
 * Internal URLs. Every link goes through `withBase` so the site works under any sub-path
 * (BASE_PATH=/yuanqu/). Paths end with a slash, matching the directory build format.
 */
export function withBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/**
 * The origin of absolute URLs when SITE_ORIGIN is not set: the local preview (`npm start`,
 * `npm run preview`). A build for hosting sets SITE_ORIGIN (README, "Deploying").
 */
export const PREVIEW_ORIGIN = 'http://localhost:4321';

/** A path below the base as an absolute URL (feeds, sitemaps and descriptors need them); `site` is SITE_ORIGIN. */
export function absoluteUrl(site: URL | undefined, base: string, path: string): string {
  return new URL(withBase(base, path), site ?? PREVIEW_ORIGIN).href;
}


/** Where the data package's resources sit, relative to datapackage.json. */
export const DATA_PACKAGE_DIR = 'package/';

/** The same page in a locale's edition: Chinese at the root, English under en/. */
export function localized(locale: Locale, path: string): string {
  const p = path.replace(/^\/+/, '');
  return locale === 'en' ? `en/${p}` : p;
}

/** A path below the base without its edition prefix, and which edition it is in. */
export function editionOf(path: string): { locale: Locale; path: string } {
  const p = path.replace(/^\/+/, '');
  return p === 'en' || p.startsWith('en/') ? { locale: 'en', path: p.slice(3) } : { locale: 'zh-CN', path: p };
}

/** The twin page in the other edition (the language switch). */
export function twinPath(path: string): string {
  const { locale, path: p } = editionOf(path);
  return localized(locale === 'en' ? 'zh-CN' : 'en', p);
}

export const routes = {
  home: () => '',
  park: (id: string) => `parks/${id}/`,
  parks: () => 'parks/',
  indicator: (id: string) => `indicators/${id}/`,
  indicators: () => 'indicators/',
  investments: () => 'investments/',
  map: () => 'map/',
  /** The province map's base shapes, one file for both editions. */
  mapShapes: () => 'map/counties.svg',
  /** The base shapes of a prefecture's park maps (4-digit code), one file for both editions. */
  prefectureShapes: (code4: string) => `map/prefectures/${code4}.svg`,
  compare: () => 'compare/',
  source: (docId: string) => `sources/${docId}/`,
  sources: () => 'sources/',
  data: () => 'data/',
  dataFile: (file: string) => `data/${file}`,
  dataPackage: () => 'data/datapackage.json',
  /** The JSON API: a park, the park list, an indicator (one file for both editions). */
  parkJson: (id: string) => `api/parks/${id}.json`,
  parksJson: () => 'api/parks.json',
  indicatorJson: (id: string) => `api/indicators/${id}.json`,
  /** An edition's Atom feed; a park's is beside its page. */
  feed: () => 'feed.xml',
  parkFeed: (id: string) => `parks/${id}/feed.xml`,
  rawSource: (file: string) => `sources-raw/${file}`,
  /** The sentence a figure comes from, highlighted on its source page. */
  quote: (docId: string, rowId: string) => `sources/${docId}/#q-${rowId}`,
  /** A figure's row on its park page. */
  parkRow: (parkId: string, rowId: string) => `parks/${parkId}/#r-${rowId}`,
} as const;
