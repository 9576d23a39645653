/** The data page's "reuse and follow" section: the data package, the JSON API with its field names, the feeds. */
import type { StringKey } from '../i18n/index.ts';
import { LIMITS } from '../lib/limits.ts';
import { localized, routes, withBase } from '../lib/paths.ts';
import type { Locale } from '../lib/format.ts';
import { JSON_FIELDS } from './json-api.ts';

export function reuseSection(locale: Locale, base: string) {
  const href = (p: string) => withBase(base, p);
  const api: { label: StringKey; url: string; fields: readonly string[] }[] = [
    { label: 'data.api.parks', url: href(routes.parksJson()), fields: JSON_FIELDS.parks },
    { label: 'data.api.park', url: href(routes.parkJson('<id>')), fields: JSON_FIELDS.park },
    { label: 'data.api.figure', url: '', fields: JSON_FIELDS.figure },
    { label: 'data.api.investment', url: '', fields: JSON_FIELDS.investment },
    { label: 'data.api.indicator', url: href(routes.indicatorJson('<id>')), fields: JSON_FIELDS.indicator },
    { label: 'data.api.pair', url: '', fields: JSON_FIELDS.pair },
  ];
  return {
    packageUrl: href(routes.dataPackage()),
    parksJsonUrl: href(routes.parksJson()),
    feedUrl: href(localized(locale, routes.feed())),
    api,
    pairLimit: LIMITS.tableRows,
    /**
     * The language of the API's field names (English words), said on the Chinese page: a screen
     * reader reads park_id in English, and the W3C checker no longer takes the page for English.
     */
    codeLang: locale === 'zh-CN' ? 'en' : undefined,
  };
}
