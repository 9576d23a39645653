/**
 * `npm run index-site -- [DIR]` (default dist/): writes the search index of a built site, as every
 * `astro build` does unless it ran with SEARCH_INDEX=off (src/integrations/search-index.ts).
 */
import { resolve } from 'node:path';
import { indexSite } from '../integrations/search-index.ts';

const dir = resolve(process.argv[2] ?? 'dist');
try {
  const s = await indexSite(dir);
  const langs = Object.entries(s.languages).map(([l, n]) => `${n} ${l}`).join(', ');
  console.log(`indexed ${langs} pages of ${dir} → pagefind/ (${s.shards} shard${s.shards === 1 ? '' : 's'}, ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KB) in ${s.ms} ms`);
} catch (e) {
  console.error(`search index (Pagefind) failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
