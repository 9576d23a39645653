/**
 * A park's zones as a schematic inset (示意图, not to scale) with its key (components/ZoneSchematic.astro):
 * every zone's name, industries and source quote, linked to the sentence (none on a page that lists
 * the zones as cards). Part of the "zones" layer of a <map-view>.
 */
import type { Park, Zone } from '../data/model.ts';
import { translator } from '../i18n/index.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { routes } from '../lib/paths.ts';
import { dataLang, mapHref, parkName } from '../map/locale.ts';
import type { MoneyTotal } from '../map/money.ts';
import { mapText } from '../i18n/map-text.ts';
import { renderZoneSchematic, type ZoneSchematic } from '../map/zone-schematic.ts';

export interface ZoneSchematicProps {
  park: Park;
  zones: readonly Zone[];
  /** Money per zone (keys are zone ids). */
  money: readonly MoneyTotal[];
  radius: (wan: number) => number;
  id?: string;
  /** Show the park's name (as a link) above the inset, for pages listing several parks. */
  titled?: boolean;
  /** Edition; default zh-CN. Zone names, industries and quotes stay Chinese (lang="zh-CN" in English). */
  locale?: Locale;
  /** On a phone, zones the key shows before "show all". */
  fold?: number;
  /**
   * The page lists the zones as cards (ZoneList) right after the map: no key then, as it would
   * repeat what is around it: the schematic's boxes name each zone and its industries, the county
   * map's caption gives the money per zone, and the cards carry each zone's sentence.
   */
  zoneCards?: boolean;
  /** The schematic already drawn for these props (a park map draws it for its bubbles' scale): not drawn again. */
  drawn?: ZoneSchematic;
}

export function zoneSchematic({ park, zones, money, radius, id, titled = false, locale = 'zh-CN', fold = Infinity, zoneCards = false, drawn }: ZoneSchematicProps, base: string) {
  return {
    fold,
    zoneCards,
    t: translator(locale),
    P: mapText(locale).punct,
    zh: dataLang(locale),
    locale,
    park,
    titled,
    s: drawn ?? renderZoneSchematic({ parkName: parkName(park, locale), parkId: park.id, zones, money, radius, base, id, locale }),
    moneyOf: (zoneId: string) => money.find((m) => m.key === zoneId),
    href: (path: string) => mapHref(base, locale, path),
    routes,
    parkName,
    formatMoney,
  };
}
