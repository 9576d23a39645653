/**
 * A park's own map section (components/ParkMap.astro): the county it sits in with its marker at
 * the county seat, its investment bubble, and its zones as a schematic inset whose bubbles share
 * the same scale. In English, text, numbers, the park's name and every link follow the edition.
 */
import type { SiteData } from '../data/site-data.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { LAYER_KEYS } from '../lib/map-state.ts';
import { routes, withBase } from '../lib/paths.ts';
import { prefectureCode } from '../map/basemap.ts';
import type { BasemapSource } from '../map/load-basemap.ts';
import { mapHref, parkName } from '../map/locale.ts';
import { renderParkMap } from '../map/park-map.ts';
import { mapText } from '../i18n/map-text.ts';

export function parkMapSection({ dataset, index }: SiteData, src: BasemapSource, parkId: string, locale: Locale, base: string) {
  const T = mapText(locale);
  const park = index.park(parkId);
  const name = parkName(park, locale);
  const zones = index.zonesOf(park.id);
  const map = renderParkMap({ basemap: src.basemap, park, parks: dataset.parks, zones, investments: dataset.investments, base, locale, shapesHref: withBase(base, routes.prefectureShapes(prefectureCode(park.adcode))) });
  const place = T.place(park.prefecture, park.county);
  const zoneName = (id: string) => index.zone(id)?.name ?? id;
  const money = (wan: number) => formatMoney(wan, locale);
  const summary = [
    map.placed ? T.summaryPlaced(name, place) : T.summaryVague(name, park.prefecture || place),
    map.total ? T.summaryTotal(money(map.total.wan)) + T.summaryZones(map.zoneMoney.map((m) => `${zoneName(m.key)} ${money(m.wan)}`)) : T.summaryNoMoney,
    map.hiddenParks > 0 ? T.summaryMoreParks(LIMITS.parkMapNeighbours, map.hiddenParks) : '',
  ].join('');
  return {
    T,
    locale,
    park,
    name,
    zones,
    map,
    summary,
    hid: `pkm-${park.id}-h`,
    layers: LAYER_KEYS.filter((k) => k !== 'zones' || map.schematic !== undefined),
    provinceMapLink: mapHref(base, locale, routes.map()),
    credit: src.creditIn(locale),
  };
}

export type ParkMapSection = ReturnType<typeof parkMapSection>;
