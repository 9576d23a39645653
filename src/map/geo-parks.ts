/**
 * Which parks the map can place, and where. A park is placed only when parks.csv gives
 * coordinates with a location_basis other than `unknown`; an unknown park whose adcode is a
 * prefecture code (430100) is shown as "somewhere in this prefecture". Nothing is guessed.
 */
import { groupBy, type Park } from '../data/model.ts';
import { cached } from '../lib/memo.ts';
import { countyFeature, isPrefectureCode, prefectureCode, type Basemap, type CountyFeature } from './basemap.ts';

export interface PlacedPark {
  readonly park: Park;
  readonly lonLat: readonly [number, number];
  /** The county polygon of the park's adcode, when the base map has it. */
  readonly county: CountyFeature | undefined;
}

export interface UnplacedPark {
  readonly park: Park;
  /**
   * Why it is not placed, where the data says more than "no coordinates": the identity_note of a
   * park whose name or place the document hides (anonymous, inferred); empty for a named park.
   */
  readonly reason: string;
  /** True when the park's adcode names its county (not only its prefecture). */
  readonly countyKnown: boolean;
  /** A prefecture (4-digit code) that may be shaded as "somewhere in here", if known. */
  readonly prefecture: string | undefined;
}

export interface ParkPlaces {
  readonly placed: PlacedPark[];
  readonly unplaced: UnplacedPark[];
}

const placedCache = new WeakMap<readonly Park[], WeakMap<Basemap, ParkPlaces>>();

/** Cached per park list and base map (every park page places every park). */
export function placeParks(parks: readonly Park[], basemap: Basemap): ParkPlaces {
  let byMap = placedCache.get(parks);
  if (!byMap) {
    byMap = new WeakMap();
    placedCache.set(parks, byMap);
  }
  let r = byMap.get(basemap);
  if (!r) {
    r = computePlaces(parks, basemap);
    byMap.set(basemap, r);
  }
  return r;
}

function computePlaces(parks: readonly Park[], basemap: Basemap): ParkPlaces {
  const placed: PlacedPark[] = [];
  const unplaced: UnplacedPark[] = [];
  for (const park of parks) {
    if (park.location_basis !== 'unknown' && park.lat !== undefined && park.lon !== undefined) {
      placed.push({ park, lonLat: [park.lon, park.lat], county: countyFeature(basemap, park.adcode) });
    } else {
      const code4 = prefectureCode(park.adcode);
      const known = isPrefectureCode(park.adcode) || countyFeature(basemap, park.adcode) !== undefined;
      const reason = park.identity_basis === 'named' ? '' : park.identity_note;
      unplaced.push({ park, reason, countyKnown: !isPrefectureCode(park.adcode), prefecture: known ? code4 : undefined });
    }
  }
  return { placed, unplaced };
}

// A park map looks up its own park among all the places: by id, indexed once per places.
/** The placed entries of one park (one, ids being unique; none when it is not placed). */
export const placedOf = (places: ParkPlaces, parkId: string): readonly PlacedPark[] =>
  cached(places, 'placedById', () => groupBy(places.placed, (p) => p.park.id)).get(parkId) ?? [];

/** The unplaced entries of one park. */
export const unplacedOf = (places: ParkPlaces, parkId: string): readonly UnplacedPark[] =>
  cached(places, 'unplacedById', () => groupBy(places.unplaced, (u) => u.park.id)).get(parkId) ?? [];

/** The county name to print beside a marker: parks.csv's county, else the base map's. */
export function countyName(p: PlacedPark): string {
  return p.park.county || p.county?.properties.name || p.park.prefecture || '';
}
