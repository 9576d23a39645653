// site/: what each page and file of the site shows (page and section models, charts per page, the page list).
/**
 * What every page model starts from: the edition's translator and links within the edition,
 * below the base path (BASE_PATH).
 */
import { translator } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { localized, routes, withBase } from '../lib/paths.ts';

export function pageContext(locale: Locale, base: string) {
  return {
    locale,
    base,
    t: translator(locale),
    routes,
    /** A path of this edition (`routes.park(id)`, optionally with `#fragment` or `?query`) under the base. */
    link: (path: string) => withBase(base, localized(locale, path)),
  };
}
