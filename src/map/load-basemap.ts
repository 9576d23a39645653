/**
 * The build-time edge of the map: reads the base-map TopoJSON once per build.
 *
 *   PARKS_BASEMAP=path/to/approved.topo.json   a replacement base map (same object "counties",
 *                                              same properties adcode/name/center, WGS84);
 *   PARKS_BASEMAP_CREDIT="…审图号…"              the source line printed under the map.
 *
 * Without PARKS_BASEMAP the committed schematic base map is used: <data dir>/geo/counties.topo.json
 * (PARKS_DATA_DIR, default ./data), falling back to ./data/geo/ for a data folder without geo/.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { DataIssue } from '../data/issues.ts';
import type { Dataset } from '../data/model.ts';
import { displayName } from '../data/node-fs.ts';
import { placeIssues, rowLocator } from './check-places.ts';
import { join, relative, resolve } from 'node:path';
import { dataDir } from '../data/node-fs.ts';
import { parseBasemap, type Basemap } from './basemap.ts';
import type { Locale } from '../lib/format.ts';
import { mapText } from '../i18n/map-text.ts';

export interface BasemapSource {
  readonly basemap: Basemap;
  /** The file read, relative to the working directory when inside it. */
  readonly file: string;
  /** True when PARKS_BASEMAP named the file. */
  readonly custom: boolean;
  /** The credit line to print with the map (Chinese edition; `creditIn(locale)` for either). */
  readonly credit: string;
  /** The credit line in an edition: PARKS_BASEMAP_CREDIT as given (one text for both), else the map's own. */
  readonly creditIn: (locale: Locale) => string;
}

type Env = Readonly<Record<string, string | undefined>>;

export function basemapFile(env: Env = process.env, cwd = process.cwd()): { file: string; custom: boolean } {
  const custom = env.PARKS_BASEMAP?.trim();
  if (custom) return { file: resolve(cwd, custom), custom: true };
  const inData = join(resolve(cwd, env.PARKS_DATA_DIR ?? dataDir()), 'geo', 'counties.topo.json');
  return { file: existsSync(inData) ? inData : resolve(cwd, 'data/geo/counties.topo.json'), custom: false };
}

export function readBasemap(env: Env = process.env, cwd = process.cwd()): BasemapSource {
  const { file, custom } = basemapFile(env, cwd);
  const shown = relative(cwd, file).startsWith('..') ? file : relative(cwd, file);
  if (!existsSync(file)) throw new Error(`base map ${shown} not found${custom ? ' (PARKS_BASEMAP)' : ''}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`base map ${shown} is not valid JSON: ${(e as Error).message}`);
  }
  const basemap = parseBasemap(json, shown);
  const given = env.PARKS_BASEMAP_CREDIT?.trim();
  const creditIn = (locale: Locale): string => {
    const T = mapText(locale);
    return given || (custom ? T.customCredit(shown) : T.defaultCredit);
  };
  return { basemap, file: shown, custom, credit: creditIn('zh-CN'), creditIn };
}

let cached: BasemapSource | undefined;

/** The base map of this build, read once. */
export function siteBasemap(): BasemapSource {
  cached ??= readBasemap();
  return cached;
}

/**
 * The parks of a loaded dataset checked against the base map its build would draw (PARKS_BASEMAP,
 * else <dir>/geo/, else data/geo/): none when the dataset did not load (its errors come first).
 */
export function datasetPlaceIssues(dataset: Dataset | null, dir: string, env: Env = { ...process.env, PARKS_DATA_DIR: dir }): DataIssue[] {
  if (!dataset) return [];
  const src = readBasemap(env);
  const parksFile = join(dir, 'parks.csv');
  const text = existsSync(parksFile) ? readFileSync(parksFile, 'utf8') : '';
  return placeIssues(dataset.parks, src.basemap, `${displayName(dir)}/parks.csv`, rowLocator(text), src.file.replace(/counties\.topo\.json$/, 'county-seats.csv'));
}
