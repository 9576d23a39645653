// @ts-check
import { defineConfig } from 'astro/config';
import { dataCheck } from './src/integrations/data-check.ts';
import { pagefindIndex } from './src/integrations/search-index.ts';
import { rawSources } from './src/integrations/raw-sources.ts';
import { incrementalReport } from './src/integrations/incremental-report.ts';
import { PREVIEW_ORIGIN } from './src/lib/paths.ts';

/**
 * Hosting: BASE_PATH puts the whole site under a sub-path (e.g. /yuanqu/), SITE_ORIGIN sets the
 * absolute origin used in canonical URLs, social cards, QR codes, feeds, the sitemap and the data
 * package. Both are read at build time; without SITE_ORIGIN they point at the local preview, which
 * `npm run build` says at its end and `npm run build -- --production` refuses (src/cli/astro.ts).
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_ORIGIN || PREVIEW_ORIGIN;

/**
 * Incremental builds (README "Incremental builds"): a build after the first re-renders only the
 * pages whose cache key (src/site/page-keys.ts) or route code changed, restoring the others from
 * the cache in ASTRO_CACHE_DIR (default node_modules/.astro/). INCREMENTAL_BUILD=off turns it off;
 * `npm run build -- --force` (or FULL_BUILD=1) renders and indexes every page again.
 */
const incrementalBuild = process.env.INCREMENTAL_BUILD !== 'off';

export default defineConfig({
  site,
  base,
  output: 'static',
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  experimental: { incrementalBuild },
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [dataCheck(), rawSources(), pagefindIndex(), incrementalReport()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
