/**
 * The province map (components/MapView.astro on /map/ and /en/map/): county base map, park
 * markers, money bubbles, the parks' zone schematics, the parks the map cannot place (and why),
 * a text alternative, and the honesty note. In English, text, numbers, park names and every link
 * follow the edition; place and zone names stay Chinese, marked lang="zh-CN".
 */
import type { SiteData } from '../data/site-data.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { countyName } from '../map/geo-parks.ts';
import type { BasemapSource } from '../map/load-basemap.ts';
import { dataLang, mapHref, parkName } from '../map/locale.ts';
import { bubbleRadius, moneyByZone } from '../map/money.ts';
import { renderProvinceMap } from '../map/province-map.ts';
import { mapText } from '../i18n/map-text.ts';
import { routes, withBase } from '../lib/paths.ts';

export function provinceMapSection({ dataset, index }: SiteData, src: BasemapSource, locale: Locale, base: string) {
  const T = mapText(locale);
  // The county shapes come from one file both editions share (a reader's cache keeps it), not the page.
  const map = renderProvinceMap({ basemap: src.basemap, parks: dataset.parks, investments: dataset.investments, base, locale, shapesHref: withBase(base, routes.mapShapes()) });
  const zoneMoney = moneyByZone(dataset.investments);
  const moneyOf = (id: string) => map.money.find((m) => m.key === id);
  return {
    T,
    P: T.punct,
    zh: dataLang(locale),
    locale,
    dataset,
    index,
    src,
    map,
    zoneMoney,
    zoneRadius: bubbleRadius(Math.max(0, ...zoneMoney.map((m) => m.wan)), 26),
    withZones: dataset.parks.filter((p) => index.zonesOf(p.id).length > 0),
    moneyOf,
    href: (p: string) => mapHref(base, locale, p),
    money: (wan: number) => formatMoney(wan, locale),
    parkName,
    countyName,
  };
}

export type ProvinceMapSection = ReturnType<typeof provinceMapSection>;
