/**
 * The build's single entry to the data: loads the folder named by $PARKS_DATA_DIR (default
 * ./data) once per build and fails the build with every error listed.
 */
import { loadDatasetOrThrow } from './load.ts';
import { indexDataset, type Dataset, type DatasetIndex, type SourceTexts } from './model.ts';
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

/**
 * The loaded data. The first call of a build (the data check, src/integrations/data-check.ts)
 * passes the text derived from the folder's PDF, .docx and web-page sources, which only an
 * asynchronous step can read; later calls find the data loaded.
 */
export function siteData(sourceTexts?: SourceTexts): SiteData {
  const dir = dataDir();
  let data = loaded.get(dir);
  if (!data) {
    const dataset = loadDatasetOrThrow(fsReader(dir), { displayDir: displayName(dir), sourceTexts });
    data = { dataset, index: indexDataset(dataset), dir };
    loaded.set(dir, data);
  }
  return data;
}
