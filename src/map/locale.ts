/**
 * The map's two editions: Chinese at the site root, English under en/. Links the map emits stay
 * in the edition they are drawn for, and park names use parks.csv's name_en in English where it
 * exists (zone, county and prefecture names have no English form and stay Chinese).
 */
import type { Park } from '../data/model.ts';
import type { Locale } from '../lib/format.ts';
import { localized, withBase } from '../lib/paths.ts';

export type { Locale };
export type LocationBasis = Park['location_basis'];
export { localized };
export { parkName } from '../derived/names.ts';

/** An internal link of the map: base path + edition + route (routes.* from src/lib/paths.ts). */
export function mapHref(base: string, locale: Locale, path: string): string {
  return withBase(base, localized(locale, path));
}

/** lang attribute for data text (Chinese in both editions): set only where the page is not Chinese. */
export function dataLang(locale: Locale): 'zh-CN' | undefined {
  return locale === 'en' ? 'zh-CN' : undefined;
}
