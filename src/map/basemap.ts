// map/: projection, base-map layers, markers, bubbles and zone schematics, as SVG strings.
/**
 * The county base map as the map code sees it: a TopoJSON topology with one GeometryCollection
 * `counties` whose geometries carry { adcode, name, center }. Validation, feature extraction,
 * and the derived shapes the layers draw. Pure: reading the file is `load-basemap.ts`'s job.
 *
 * The committed base map was assembled from one file per prefecture, so borders *between*
 * prefectures are not shared arcs (each side has its own line, ~100 m apart) while borders
 * inside a prefecture are. Hence prefecture shapes are merges of their counties, and county
 * borders are the mesh of arcs shared inside one prefecture.
 */
import { geoArea } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { Feature, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export const OBJECT_NAME = 'counties';

export interface CountyProps {
  /** 6-digit administrative division code; first four digits = prefecture. */
  readonly adcode: string;
  readonly name: string;
  /** County seat (政府驻地), WGS84 [lon, lat]. */
  readonly center: readonly [number, number];
}

export type CountyGeometry = GeometryObject<CountyProps>;
export type CountyFeature = Feature<Polygon | MultiPolygon, CountyProps>;

export interface Basemap {
  readonly topology: Topology;
  readonly collection: GeometryCollection<CountyProps>;
}

/** A readable reason why a base-map file cannot be used. */
export class BasemapError extends Error {
  override name = 'BasemapError';
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function countyProps(v: unknown): CountyProps | string {
  if (!isRecord(v)) return 'has no properties';
  const { adcode, name, center } = v;
  if (typeof adcode !== 'string' || !/^\d{6}$/.test(adcode)) return `adcode ${JSON.stringify(adcode)} is not a 6-digit string`;
  if (typeof name !== 'string' || name === '') return `${adcode}: name is missing`;
  if (!Array.isArray(center) || center.length < 2 || typeof center[0] !== 'number' || typeof center[1] !== 'number') {
    return `${adcode}: center is not [lon, lat]`;
  }
  return { adcode, name, center: [center[0], center[1]] };
}

/**
 * Checks that `json` is a usable base map: a Topology with a GeometryCollection `counties` of
 * (Multi)Polygons with adcode/name/center, each with d3 winding (a small spherical area).
 * Throws a BasemapError naming the first problem.
 */
export function parseBasemap(json: unknown, label = 'base map'): Basemap {
  if (!isRecord(json) || json.type !== 'Topology' || !isRecord(json.objects) || !Array.isArray(json.arcs)) {
    throw new BasemapError(`${label}: not a TopoJSON Topology`);
  }
  const object = json.objects[OBJECT_NAME];
  if (!isRecord(object) || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
    throw new BasemapError(`${label}: no GeometryCollection named "${OBJECT_NAME}"`);
  }
  const topology = json as unknown as Topology;
  const geometries: CountyGeometry[] = [];
  for (const g of object.geometries as unknown[]) {
    if (!isRecord(g) || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) {
      throw new BasemapError(`${label}: every geometry of "${OBJECT_NAME}" must be a Polygon or MultiPolygon`);
    }
    const props = countyProps(g.properties);
    if (typeof props === 'string') throw new BasemapError(`${label}: a county ${props}`);
    geometries.push({ ...(g as unknown as CountyGeometry), properties: props });
  }
  const collection: GeometryCollection<CountyProps> = { type: 'GeometryCollection', geometries };
  const basemap: Basemap = { topology, collection };
  const wrong = countyFeatures(basemap).filter((f) => !(geoArea(f) < 0.5)).map((f) => f.properties.adcode);
  if (wrong.length > 0) {
    throw new BasemapError(`${label}: rings wound the wrong way for d3 (the shape covers the globe): ${wrong.slice(0, 5).join(', ')}`);
  }
  return basemap;
}

/** The adcode of a geometry of the collection (every one was validated to have one). */
function adcodeOf(g: { properties?: unknown }): string {
  const p = g.properties;
  return isRecord(p) && typeof p.adcode === 'string' ? p.adcode : '';
}

/**
 * Derived shapes are computed once per base map: every park page draws from the same one, and
 * converting, merging and meshing the topology per page made a national build quadratic.
 */
const derived = new WeakMap<Basemap, Map<string, unknown>>();
function once<T>(b: Basemap, key: string, compute: () => T): T {
  let m = derived.get(b);
  if (!m) {
    m = new Map();
    derived.set(b, m);
  }
  if (!m.has(key)) m.set(key, compute());
  return m.get(key) as T;
}

export function countyFeatures(b: Basemap): CountyFeature[] {
  return once(b, 'features', () => feature(b.topology, b.collection).features as CountyFeature[]);
}

export function countyFeature(b: Basemap, adcode: string): CountyFeature | undefined {
  return once(b, 'byAdcode', () => new Map(countyFeatures(b).map((f) => [f.properties.adcode, f]))).get(adcode);
}

/** '430682' → '4306'. */
export const prefectureCode = (adcode: string): string => adcode.slice(0, 4);

/** True for a prefecture-level code such as 430100 (the county is unknown). */
export const isPrefectureCode = (adcode: string): boolean => /^\d{4}00$/.test(adcode) && !adcode.endsWith('0000');

/** Sorted prefecture codes present in the base map. */
export function prefectureCodes(b: Basemap): string[] {
  return once(b, 'prefectureCodes', () => [...new Set(b.collection.geometries.map((g) => prefectureCode(adcodeOf(g))))].sort());
}

/** One prefecture (4-digit code) or province (2-digit code) as the union of its counties. */
export function prefectureShape(b: Basemap, code4: string): MultiPolygon {
  return once(b, `prefecture|${code4}`, () => {
    const parts = b.collection.geometries.filter((g) => adcodeOf(g).startsWith(code4));
    return merge(b.topology, parts as Parameters<typeof merge>[1]);
  });
}

/** Borders between two counties of the same prefecture (shared arcs, drawn once). */
export function countyBorders(b: Basemap, code4?: string): MultiLineString {
  return once(b, `borders|${code4 ?? ''}`, () =>
    mesh(b.topology, b.collection, (a, c) => {
      const pa = prefectureCode(adcodeOf(a));
      return a !== c && pa === prefectureCode(adcodeOf(c)) && (code4 === undefined || pa === code4);
    }),
  );
}

/** '430682' → '43'. */
export const provinceCode = (adcode: string): string => adcode.slice(0, 2);

/**
 * The base map cut to the provinces (2-digit codes) its parks are in: one province alone, or the
 * whole map (the country) when they span several. Same topology, fewer counties; cut once per set.
 */
export function scopeBasemap(b: Basemap, adcodes: readonly string[]): Basemap {
  const provinces = [...new Set(adcodes.map(provinceCode))].sort();
  if (provinces.length !== 1) return b;
  return once(b, `scope|${provinces.join(',')}`, () => {
    const geometries = b.collection.geometries.filter((g) => provinces.includes(provinceCode(adcodeOf(g))));
    // A province the base map does not have leaves the whole map, not an empty one (an empty frame is NaN).
    return geometries.length === 0 ? b : { topology: b.topology, collection: { ...b.collection, geometries } };
  });
}

/** Sorted province codes (2 digits) present in the base map. */
export function provinceCodes(b: Basemap): string[] {
  return once(b, 'provinceCodes', () => [...new Set(b.collection.geometries.map((g) => provinceCode(adcodeOf(g))))].sort());
}

/** Borders between two counties of the same prefecture, for the prefectures listed only. */
export function countyBordersIn(b: Basemap, codes4: readonly string[]): MultiLineString {
  const set = new Set(codes4);
  return once(b, `bordersIn|${[...set].sort().join(',')}`, () =>
    mesh(b.topology, b.collection, (a, c) => {
      const pa = prefectureCode(adcodeOf(a));
      return a !== c && pa === prefectureCode(adcodeOf(c)) && set.has(pa);
    }),
  );
}
