/**
 * The build's single entry to the data: loads the folder named by $PARKS_DATA_DIR (default
 * ./data) once per build and fails the build with every error listed.
 */
import { loadDatasetOrThrow } from './load.ts';
import { indexDataset, type Dataset, type DatasetIndex } from './model.ts';
import { dataDir, displayName, fsReader } from './node-fs.ts';

export interface SiteData {
  dataset: Dataset;
  index: DatasetIndex;
  dir: string;
}

let cached: SiteData | undefined;

export function siteData(): SiteData {
  if (!cached) {
    const dir = dataDir();
    const dataset = loadDatasetOrThrow(fsReader(dir), { displayDir: displayName(dir) });
    cached = { dataset, index: indexDataset(dataset), dir };
  }
  return cached;
}
