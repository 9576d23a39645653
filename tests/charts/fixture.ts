/** The Hunan fixture (a frozen copy of the curated seeds), loaded once for chart tests: real figures, not data/. */
import { resolve } from 'node:path';
import { loadDatasetOrThrow } from '../../src/data/load.ts';
import { indexDataset, type Dataset, type DatasetIndex } from '../../src/data/model.ts';
import { fsReader } from '../../src/data/node-fs.ts';

let cached: { dataset: Dataset; index: DatasetIndex } | undefined;
export function realData() {
  if (!cached) {
    const dataset = loadDatasetOrThrow(fsReader(resolve('tests/fixtures/datasets/hunan')));
    cached = { dataset, index: indexDataset(dataset) };
  }
  return cached;
}

export const quoteHref = (docId: string, rowId: string) => `/sources/${docId}/#q-${rowId}`;
