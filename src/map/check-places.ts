/**
 * Where the parks say they are, checked against the base map: the adcode must be a county (or a
 * prefecture) the map has, and coordinates must lie inside that county — a park placed by the
 * wrong lat/lon (swapped, GCJ-02, another county's seat) is an error with its file:line:col, not
 * a pin drawn off the canvas.
 */
import { geoContains } from 'd3';
import type { DataIssue } from '../data/issues.ts';
import type { Park } from '../data/model.ts';
import { countyFeature, countyFeatures, isPrefectureCode, prefectureCode, prefectureCodes, prefectureShape, type Basemap } from './basemap.ts';

/** Where a park's row and its cells are in parks.csv (1-based), found from the file's text. */
export interface RowLocator {
  readonly line: (parkId: string) => number;
  readonly column: (field: string) => number;
}

/** Finds rows by their first cell (the id) and columns by the header: enough for messages. */
export function rowLocator(csvText: string): RowLocator {
  const lines = csvText.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split(',').map((h) => h.trim().replace(/^"|"$/g, ''));
  const firstCell = (l: string) => (l.split(',')[0] ?? '').trim().replace(/^"|"$/g, '');
  return {
    line: (id) => lines.findIndex((l, i) => i > 0 && firstCell(l) === id) + 1,
    column: (field) => header.indexOf(field) + 1,
  };
}

const fixed = (n: number) => n.toFixed(4);

/** Errors for parks whose adcode the base map lacks or whose coordinates lie outside their county. */
export function placeIssues(parks: readonly Park[], basemap: Basemap, file: string, at: RowLocator, seatsFile = 'data/geo/county-seats.csv'): DataIssue[] {
  const issues: DataIssue[] = [];
  const prefectures = new Set(prefectureCodes(basemap));
  for (const park of parks) {
    const cell = (field: string, value: string) => ({ severity: 'error' as const, file, line: at.line(park.id), column: at.column(field), field, value });
    const county = countyFeature(basemap, park.adcode);
    const prefectureOnly = isPrefectureCode(park.adcode) && prefectures.has(prefectureCode(park.adcode));
    if (!county && !prefectureOnly) {
      const byName = park.county ? countyFeatures(basemap).find((f) => f.properties.name === park.county) : undefined;
      issues.push({
        ...cell('adcode', park.adcode),
        message: 'is not a county (or prefecture) of the base map, so the park cannot be drawn',
        hint: byName ? `${seatsFile} has ${park.county} as ${byName.properties.adcode}` : `look the county up in ${seatsFile} (adcode,name,lat,lon)`,
      });
      continue;
    }
    if (park.location_basis === 'unknown' || park.lat === undefined || park.lon === undefined) continue;
    const area = county ?? prefectureShape(basemap, prefectureCode(park.adcode));
    // A few county governments sit outside their county (抚顺县 in 抚顺市's districts): their seat is still right.
    const atSeat = county !== undefined && fixed(county.properties.center[1]) === fixed(park.lat) && fixed(county.properties.center[0]) === fixed(park.lon);
    if (atSeat || geoContains(area, [park.lon, park.lat])) continue;
    const name = county?.properties.name ?? (park.prefecture || park.adcode);
    const seat = county ? `${name}'s county seat is at lat ${fixed(county.properties.center[1])}, lon ${fixed(county.properties.center[0])} (${seatsFile}); ` : '';
    issues.push({
      ...cell('lat', String(park.lat)),
      message: `(with lon ${park.lon}) lies outside ${name} (${park.adcode}), the county of the park's adcode`,
      hint: `${seat}check that lat and lon are not swapped and are WGS84 (not GCJ-02 or BD-09), or correct the adcode`,
    });
  }
  return issues;
}
