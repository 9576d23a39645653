/**
 * The build's single entry to the data: loads the folder named by $PARKS_DATA_DIR (default
 * ./data) once per build and fails the build with every error listed.
 */
import { loadDatasetOrThrow } from './load.ts';
import { indexDataset, type Dataset, type DatasetIndex } from './model.ts';
import { dataDir, displayName, fsReader } from './node-fs.ts';

const LOADED = Symbol.for('yuanqu.siteData');

export interface SiteData {
  dataset: Dataset;
  index: DatasetIndex;
  dir: string;
}

// One load per build and data folder. The build has two copies of this module, Astro's own (the
// data check, src/integrations/data-check.ts) and the bundle that renders the pages, so the loaded
// data is kept on globalThis, where both find it.
const loaded: Map<string, SiteData> = ((globalThis as { [K in typeof LOADED]?: Map<string, SiteData> })[LOADED] ??= new Map());

export function siteData(): SiteData {
  const dir = dataDir();
  let data = loaded.get(dir);
  if (!data) {
    const dataset = loadDatasetOrThrow(fsReader(dir), { displayDir: displayName(dir) });
    data = { dataset, index: indexDataset(dataset), dir };
    loaded.set(dir, data);
  }
  return data;
}
