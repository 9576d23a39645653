/**
 * The reports exactly as received, at `sources-raw/<file>`, for anyone who wants to check a quote
 * themselves. A build copies them after the pages (`rawSources()`, an Astro integration): as a
 * route, each file cost ~0.7 ms of page machinery (7 s for the 10,000 reports of 1,000 parks),
 * a plain copy a fraction of that. The dev server still serves them through the route.
 */
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { dataDir } from '../data/node-fs.ts';
import { publishedName } from '../lib/source-formats.ts';
import { sourceFiles } from '../sources/folder.ts';

/** Copies the reports named in `data`'s documents.csv to `out`/sources-raw/; returns how many. */
export function copyRawSources(data: string, out: string): number {
  const files = sourceFiles(readFileSync(join(data, 'documents.csv')));
  mkdirSync(join(out, 'sources-raw'), { recursive: true });
  for (const f of files) copyFileSync(join(data, 'sources', f), join(out, 'sources-raw', publishedName(f)));
  return files.length;
}

/** The Astro integration: `integrations: [rawSources()]`. */
export function rawSources(): AstroIntegration {
  return {
    name: 'yuanqu:raw-sources',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const n = copyRawSources(dataDir(), fileURLToPath(dir));
        logger.info(`copied ${n} reports → sources-raw/ in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
