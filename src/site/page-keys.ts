/**
 * The cache key of each page (Astro's `experimental.incrementalBuild`, returned as `cacheKey` from
 * getStaticPaths): a digest of exactly the data the page prints. Astro skips a page when its key
 * and the hash of its route's module graph (the code, templates, styles and interface strings it
 * imports) both match the last build's; these keys cover what that hash cannot see, the rows and
 * texts read from the data folder at build time. A key that misses an input serves a stale page,
 * so where a page's inputs are not narrowed here (the overview charts) the key is the whole
 * dataset's digest: those files are few, and then rebuilt whenever anything changes.
 */
import { createHash } from 'node:crypto';
import type { Dataset, DatasetIndex } from '../data/model.ts';
import { storyText } from '../derived/story.ts';
import { countWord, type Locale } from '../lib/format.ts';
import { cached } from '../lib/memo.ts';
import type { Basemap } from '../map/basemap.ts';
import { prefectureCode } from '../map/basemap.ts';
import { placeParks } from '../map/geo-parks.ts';
import { prefectureFrame } from '../map/park-map.ts';
import type { RegisteredChart } from './chart-registry.ts';
import { cardPageOf, cardPath } from './site-pages.ts';

/** A digest of `parts` in order (strings as they are, anything else as its JSON): 32 hex digits. */
export function digestOf(parts: readonly unknown[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(typeof p === 'string' ? p : (JSON.stringify(p) ?? 'undefined'));
    h.update('\u0000');
  }
  return h.digest('hex').slice(0, 32);
}

/**
 * A row's fields a page can print: all but the CSV line it was read from (which only the data
 * check's messages name), so that removing a park does not change the key of every row below it.
 */
const shownFields = (key: string, value: unknown): unknown => (key === 'line' ? undefined : value);

/** A digest of row lists, one row at a time (a national table is too large for one JSON string). */
function digestRows(tables: readonly (readonly unknown[])[]): string {
  const h = createHash('sha256');
  for (const rows of tables) {
    for (const r of rows) {
      h.update(JSON.stringify(r, shownFields) ?? 'undefined');
      h.update('\u0000');
    }
    h.update('\u0001');
  }
  return h.digest('hex').slice(0, 32);
}

/** A dataset member as rows: a table's rows, a map's entries (the story copy), anything else as one row. */
function rowsOf(v: unknown): unknown[] {
  if (Array.isArray(v)) return v;
  if (v instanceof Map) return [...v];
  if (v !== null && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => rowsOf(x).map((r) => [k, r]));
  return [v];
}

/** The tables whose rows belong to one park: a park's key takes its own rows of them. */
const PARK_TABLES = new Set(['parks', 'documents', 'indicators', 'investments', 'zones', 'projects']);

/** Everything the data folder holds (every member of the dataset, whatever tables it grows): the key of a page that aggregates it all. */
export const datasetDigest = (d: Dataset): string =>
  cached(d, 'pageKey|dataset', () => {
    const keys = Object.keys(d).sort() as (keyof Dataset)[];
    return digestOf([keys, digestRows(keys.map((k) => rowsOf(d[k])))]);
  });

/** The reference tables every figure prints from (indicator names and units, and any table that is no park's): all but the parks' own rows, the file list and the story copy. */
export const defsDigest = (d: Dataset): string =>
  cached(d, 'pageKey|defs', () => {
    const keys = (Object.keys(d).sort() as (keyof Dataset)[]).filter((k) => !PARK_TABLES.has(k) && k !== 'files' && k !== 'story');
    return digestOf([keys, digestRows(keys.map((k) => rowsOf(d[k])))]);
  });

/** A report's row with its text (kept per report: an indicator's key names the reports its rows quote). */
const documentDigest = (d: Dataset, index: DatasetIndex, docId: string): string => cached(d, `pageKey|doc|${docId}`, () => digestRows([[index.document(docId)]]));

/**
 * An indicator's rows across parks, with the parks and reports they come from: what its page, its
 * comparison (chart, files, JSON) and its JSON print.
 */
export function indicatorDigest(d: Dataset, index: DatasetIndex, indicatorId: string): string {
  const byIndicator = cached(d, 'pageKey|indicatorRows', () => {
    const m = new Map<string, Dataset['indicators'][number][]>();
    for (const r of d.indicators) {
      const list = m.get(r.indicator);
      if (list) list.push(r);
      else m.set(r.indicator, [r]);
    }
    return m;
  });
  return cached(d, `pageKey|indicator|${indicatorId}`, () => {
    const rows = byIndicator.get(indicatorId) ?? [];
    const parks = [...new Set(rows.map((r) => r.park_id))].map((id) => index.park(id));
    const docs = [...new Set(rows.map((r) => r.doc_id))].map((id) => documentDigest(d, index, id));
    return digestOf([indicatorId, defsDigest(d), digestRows([rows, parks, docs])]);
  });
}

/** The park list's rows (names, places, identities): what a shared prefecture shapes file and the park maps place. */
export const parksDigest = (d: Dataset): string => cached(d, 'pageKey|parks', () => digestRows([d.parks]));

/** One park's own rows: the park, its documents (with their text) and every row of it in each table. */
export function parkDigest(d: Dataset, index: DatasetIndex, parkId: string): string {
  return cached(d, `pageKey|park|${parkId}`, () =>
    digestRows([[index.park(parkId)], index.documentsOf(parkId), index.indicatorsOf(parkId), index.investmentsOf(parkId), index.zonesOf(parkId), index.projectsOf(parkId)]),
  );
}

/** What a neighbour shows on another park's map: its row (place, name, link) and its investments (the bubble and its tip). */
const neighbourDigest = (d: Dataset, index: DatasetIndex, parkId: string): string =>
  cached(d, `pageKey|neighbour|${parkId}`, () => digestRows([[index.park(parkId)], index.investmentsOf(parkId)]));

/**
 * The parks a park's map can show: every placed park inside its prefecture's frame (the map marks
 * the nearest of them and counts the rest), in frame order, each with what its marker shows.
 */
export function parkMapDigest(d: Dataset, index: DatasetIndex, basemap: Basemap, parkId: string): string {
  const frame = prefectureFrame(basemap, placeParks(d.parks, basemap), prefectureCode(index.park(parkId).adcode));
  return digestOf(frame.inFrame.map(({ p }) => `${p.park.id}:${neighbourDigest(d, index, p.park.id)}`));
}

/** What the page layout prints from the data: the footer's line (the document count) and which social card the page uses. */
export function layoutDigest(d: Dataset, locale: Locale, pagePath: string): string {
  return digestOf([storyText(d, locale, 'footer.sources', { docs: countWord(d.documents.length, locale) }), cardPath(cardPageOf(d, pagePath))]);
}

/** A chart's data: a park's chart draws that park's rows, a comparison its indicator's rows, an overview every park's. */
export function chartDigest(d: Dataset, index: DatasetIndex, chart: RegisteredChart): string {
  const { ref } = chart;
  const data = ref.of === 'park' ? digestOf([parkDigest(d, index, ref.parkId), defsDigest(d)]) : ref.of === 'indicator' ? indicatorDigest(d, index, ref.indicatorId) : datasetDigest(d);
  return digestOf(['chart', chart.id, data]);
}
