// @ts-check
import { defineConfig } from 'astro/config';
import { dataCheck } from './src/integrations/data-check.ts';
import { pagefindIndex } from './src/integrations/search-index.ts';
import { rawSources } from './src/integrations/raw-sources.ts';

/**
 * Hosting: BASE_PATH puts the whole site under a sub-path (e.g. /yuanqu/), SITE_ORIGIN sets the
 * absolute origin used in canonical URLs, social cards and QR codes. Both are read at build time.
 */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_ORIGIN ?? 'http://localhost:4321';

export default defineConfig({
  site,
  base,
  output: 'static',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  integrations: [dataCheck(), rawSources(), pagefindIndex()],
  vite: {
    build: { assetsInlineLimit: 0 },
  },
});
