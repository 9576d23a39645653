/**
 * `npm run index-site -- [DIR]` (default dist/): writes the search index of a built site, as every
 * `astro build` does unless it ran with SEARCH_INDEX=off (src/integrations/search-index.ts). The
 * site's data folder ($PARKS_DATA_DIR, as for the build) puts each report's page in its park's
 * shard; shards whose pages did not change since the last index are kept from the shard cache
 * ($ASTRO_CACHE_DIR/search-shards, default node_modules/.astro/), unless INCREMENTAL_BUILD=off;
 * FULL_BUILD=1 indexes every shard again.
 */
import { resolve } from 'node:path';
import { dataDir, fsReader } from '../data/node-fs.ts';
import { siteData } from '../data/site-data.ts';
import { deriveSourceTexts } from '../sources/folder.ts';
import { docParkOf, indexLine, indexSite, shardCacheDir } from '../integrations/search-index.ts';
import { fullBuildAsked } from '../node/astro.ts';

const dir = resolve(process.argv[2] ?? 'dist');
try {
  const cacheDir = process.env.INCREMENTAL_BUILD === 'off' ? undefined : shardCacheDir(resolve(process.env.ASTRO_CACHE_DIR ?? 'node_modules/.astro'));
  const s = await indexSite(dir, { docPark: docParkOf(siteData(await deriveSourceTexts(fsReader(dataDir()))).dataset.documents), cacheDir, force: fullBuildAsked(process.env) });
  console.log(indexLine(s, ` of ${dir}`));
} catch (e) {
  console.error(`search index (Pagefind) failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exitCode = 1;
}
