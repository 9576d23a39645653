/**
 * The page keys change exactly when what a page prints changes: a park's key with its own rows,
 * a park map's with the parks in its frame, the layout's with the footer's document count.
 * On a generated data folder (20 parks), with one report added as an editor adds it.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeNational } from '../../../src/cli/gen-national.ts';
import { addReport, missingDocuments } from '../../../src/bench/data-edits.ts';
import { loadDatasetOrThrow } from '../../../src/data/load.ts';
import { indexDataset } from '../../../src/data/model.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import { readBasemap } from '../../../src/map/load-basemap.ts';
import { prefectureCode } from '../../../src/map/basemap.ts';
import { datasetDigest, digestOf, layoutDigest, parkDigest, parkMapDigest } from '../../../src/site/page-keys.ts';

const tmp = mkdtempSync(join(tmpdir(), 'page-keys-'));
const before = writeNational({ parks: 20, years: 2, seed: 5, out: join(tmp, 'before'), dataDir: 'data' }).dir;
const larger = writeNational({ parks: 20, years: 3, seed: 5, out: join(tmp, 'larger'), dataDir: 'data' }).dir;
const after = join(tmp, 'after');
cpSync(before, after, { recursive: true });
const doc = missingDocuments(before, larger)[0] ?? '';
const changed = addReport(after, larger, doc);
const load = (dir: string) => {
  const dataset = loadDatasetOrThrow(fsReader(dir));
  return { dataset, index: indexDataset(dataset), basemap: readBasemap({ PARKS_DATA_DIR: dir }).basemap };
};
const [a, b] = [load(before), load(after)];

describe('page keys', () => {
  it('digestOf is a digest of its parts in order', () => {
    expect(digestOf(['a', { x: 1 }])).toBe(digestOf(['a', { x: 1 }]));
    expect(digestOf(['a', 'b'])).not.toBe(digestOf(['b', 'a']));
    expect(digestOf(['ab'])).not.toBe(digestOf(['a', 'b']));
  });

  it("a new report changes its park's key and the dataset's, and no other park's", () => {
    expect(parkDigest(b.dataset, b.index, changed)).not.toBe(parkDigest(a.dataset, a.index, changed));
    expect(datasetDigest(b.dataset)).not.toBe(datasetDigest(a.dataset));
    const others = a.dataset.parks.filter((p) => p.id !== changed);
    expect(others.length).toBe(19);
    for (const p of others) expect(parkDigest(b.dataset, b.index, p.id), p.id).toBe(parkDigest(a.dataset, a.index, p.id));
  });

  it('a park map key changes where the map shows the changed park, and only there', () => {
    let moved = 0;
    for (const p of a.dataset.parks) {
      const same = parkMapDigest(b.dataset, b.index, b.basemap, p.id) === parkMapDigest(a.dataset, a.index, a.basemap, p.id);
      const shows = prefectureCode(p.adcode) === prefectureCode(a.index.park(changed).adcode);
      if (!same) moved += 1;
      // A map outside the changed park's prefecture may still frame it; one inside always does.
      if (shows && a.index.investmentsOf(changed).length !== b.index.investmentsOf(changed).length) expect(same, p.id).toBe(false);
    }
    expect(moved).toBeLessThan(a.dataset.parks.length);
  });

  it("the layout's key follows the footer's document count, and the page's social card", () => {
    expect(layoutDigest(b.dataset, 'en', `parks/${changed}/`)).not.toBe(layoutDigest(a.dataset, 'en', `parks/${changed}/`));
    expect(layoutDigest(a.dataset, 'en', 'parks/')).toBe(layoutDigest(a.dataset, 'en', 'parks/'));
    expect(layoutDigest(a.dataset, 'en', 'parks/')).not.toBe(layoutDigest(a.dataset, 'zh-CN', 'parks/'));
  });
});

describe('what a key leaves out', () => {
  it("a row's CSV line, which no page prints: removing an earlier row does not change a later park's key", () => {
    const shifted = { ...a.dataset, indicators: a.dataset.indicators.map((r) => ({ ...r, line: r.line + 7 })) };
    const index = indexDataset(shifted);
    for (const p of a.dataset.parks.slice(0, 3)) expect(parkDigest(shifted, index, p.id), p.id).toBe(parkDigest(a.dataset, a.index, p.id));
  });
});
