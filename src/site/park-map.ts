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
import { isPrefectureCode, prefectureCode, provinceCode } from '../map/basemap.ts';
import type { Park } from '../data/model.ts';
import type { BasemapSource } from '../map/load-basemap.ts';
import { mapHref, parkName } from '../map/locale.ts';
import { renderParkMap, type ParkMap } from '../map/park-map.ts';
import { mapText, type MapText } from '../i18n/map-text.ts';

/** What the caption says of where the park is: true of its location_basis and of what the map draws. */
export function placeSummary(T: MapText, park: Park, name: string, place: string, map: Pick<ParkMap, 'placed' | 'hatched'>): string {
  if (map.placed && park.location_basis === 'approximate') return T.summaryApproximate(name, place);
  if (map.placed && park.location_basis === 'surveyed') return T.summarySurveyed(name, place);
  if (map.placed) return T.summaryPlaced(name, place);
  if (!isPrefectureCode(park.adcode)) return T.summaryNoCoordinates(name, place, map.hatched);
  return T.summaryVague(name, park.prefecture || place, map.hatched);
}

export function parkMapSection({ dataset, index }: SiteData, src: BasemapSource, parkId: string, locale: Locale, base: string) {
  const T = mapText(locale);
  const park = index.park(parkId);
  const name = parkName(park, locale);
  const zones = index.zonesOf(park.id);
  const map = renderParkMap({ basemap: src.basemap, park, parks: dataset.parks, zones, investments: dataset.investments, base, locale, shapesHref: withBase(base, routes.prefectureShapes(prefectureCode(park.adcode))) });
  const place = T.place(park.prefecture, park.county);
  // /map/ draws the parks' province, or China once they are in several (map/basemap.ts scopeBasemap).
  const mapLinkText = new Set(dataset.parks.map((p) => provinceCode(p.adcode))).size > 1 ? T.nationalMapLink : T.provinceMapLink;
  const zoneName = (id: string) => index.zone(id)?.name ?? id;
  const money = (wan: number) => formatMoney(wan, locale);
  const summary = [
    placeSummary(T, park, name, place, map),
    map.total ? T.summaryTotal(money(map.total.wan)) + T.summaryZones(map.zoneMoney.map((m) => `${zoneName(m.key)} ${money(m.wan)}`)) : T.summaryNoMoney,
    map.hiddenParks > 0 ? T.summaryMoreParks(LIMITS.parkMapNeighbours, map.hiddenParks, mapLinkText) : '',
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
    mapLinkText,
    credit: src.creditIn(locale),
  };
}

export type ParkMapSection = ReturnType<typeof parkMapSection>;
