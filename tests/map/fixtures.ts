/**
 * The Hunan fixture dataset and its base map (tests/fixtures/datasets/hunan: a frozen copy of the
 * embedded data with the Hunan-only base map it was drawn on), loaded once for the map tests, and
 * the snapshot helper. Not data/: an editor's change to data/ must not move a map snapshot.
 */
import { existsSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { loadDatasetOrThrow } from '../../src/data/load.ts';
import { indexDataset, type Dataset, type DatasetIndex, type Investment, type Zone } from '../../src/data/model.ts';
import { fsReader } from '../../src/data/node-fs.ts';
import { parseBasemap, type Basemap } from '../../src/map/basemap.ts';
import { unitDef } from '../fixtures/units.ts';

/** The fixture dataset the map tests draw. */
export const HUNAN = 'tests/fixtures/datasets/hunan';

let dataset: Dataset | undefined;
let basemap: Basemap | undefined;

export function data(): { dataset: Dataset; index: DatasetIndex } {
  dataset ??= loadDatasetOrThrow(fsReader(resolve(HUNAN)), { displayDir: HUNAN });
  return { dataset, index: indexDataset(dataset) };
}

export function hunan(): Basemap {
  basemap ??= parseBasemap(JSON.parse(readFileSync(resolve(HUNAN, 'geo/counties.topo.json'), 'utf8')));
  return basemap;
}

/** One element per line, so a snapshot diff points at the mark that changed. */
export function prettySvg(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

/**
 * Observable Plot's snapshot style: compares with the committed file and, on a mismatch, also
 * writes `<name>-changed.svg` beside it to open in a browser next to the original.
 */
export async function expectSvgSnapshot(svg: string, file: string): Promise<void> {
  const pretty = prettySvg(svg);
  const path = resolve(import.meta.dirname, file);
  const changed = path.replace(/\.svg$/, '-changed.svg');
  if (existsSync(path) && readFileSync(path, 'utf8') !== pretty) writeFileSync(changed, pretty);
  else if (existsSync(changed)) unlinkSync(changed);
  await expect(pretty).toMatchFileSnapshot(path);
}

export function investment(p: Partial<Investment>): Investment {
  return {
    unitDef: unitDef(p.unit ?? '万元'),
    id: 'v', park_id: 'p', doc_id: 'd', year: 2017, project: 'x', category: 'road', zone_id: undefined,
    amount: 1, amount_high: undefined, unit: '万元', basis: 'planned', quote: '', flag: 'ok', note: '',
    span: { start: 0, end: 0 }, line: 2, amountText: '1', ...p,
  } as Investment;
}

export function zone(p: Partial<Zone>): Zone {
  return {
    id: 'z', park_id: 'p', name: '园', industries: [], quote: 'q', doc_id: 'd', schematic_x: 0.5, schematic_y: 0.5,
    span: { start: 0, end: 0 }, line: 2, ...p,
  } as Zone;
}
