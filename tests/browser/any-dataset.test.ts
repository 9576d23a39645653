/**
 * What must hold for the site of ANY valid dataset, checked on the build of the editor's data
 * folder (`npm test` builds PARKS_DATA_DIR, default data/, into dist/ before the browser tests,
 * which themselves read the Hunan fixture's site): every park and every document has its page in
 * both editions, every figure row has the anchor its links point at on its source page, every
 * link to a sentence lands on one, and no SVG (file or inline) contains NaN.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../src/data/load.ts';
import { dataDir, fsReader } from '../../src/data/node-fs.ts';

const DIST = resolve(process.env.PARKS_EDITOR_DIST ?? 'dist');
const data = loadDatasetOrThrow(fsReader(resolve(process.env.PARKS_EDITOR_DATA ?? dataDir())));
const page = (path: string) => join(DIST, path, 'index.html');

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p, ext) : p.endsWith(ext) ? [p] : [];
  });
}

describe('the site of the data folder', () => {
  it('has a page for every park and every document, in both editions', () => {
    const missing = [
      ...data.parks.flatMap((p) => [`parks/${p.id}/`, `en/parks/${p.id}/`]),
      ...data.documents.flatMap((d) => [`sources/${d.id}/`, `en/sources/${d.id}/`]),
    ].filter((p) => !existsSync(page(p)));
    expect(missing).toEqual([]);
  });

  it('marks every figure row on its source page, and every link to a sentence lands on a marked one', () => {
    const anchors = new Map(data.documents.map((d) => [d.id, new Set([...readFileSync(page(`sources/${d.id}/`), 'utf8').matchAll(/id="(q-[^"]+)"/g)].map((m) => m[1]))]));
    const unmarked = [...data.indicators, ...data.investments].filter((r) => !anchors.get(r.doc_id)?.has(`q-${r.id}`)).map((r) => r.id);
    expect(unmarked).toEqual([]);
    const broken: string[] = [];
    for (const p of data.parks) {
      for (const m of readFileSync(page(`parks/${p.id}/`), 'utf8').matchAll(/href="[^"]*\/sources\/([^/"]+)\/#(q-[^"]+)"/g)) {
        if (!anchors.get(m[1] ?? '')?.has(m[2] ?? '')) broken.push(`${p.id} → ${m[1]}#${m[2]}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('has no NaN in any SVG, file or inline', () => {
    const bad = [
      ...files(DIST, '.svg').filter((f) => readFileSync(f, 'utf8').includes('NaN')),
      ...files(DIST, '.html').filter((f) => [...readFileSync(f, 'utf8').matchAll(/<svg[\s\S]*?<\/svg>/g)].some((m) => m[0].includes('NaN'))),
    ];
    expect(bad).toEqual([]);
  });
});
