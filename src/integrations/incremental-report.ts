/**
 * Says what an incremental build (astro.config.mjs `experimental.incrementalBuild`) reused: Astro
 * marks each skipped page "(cached)" or "(restored)" in its log but counts none, so this compares
 * the manifest it leaves in its cache folder with the one the last build left.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fullBuildAsked } from '../node/astro.ts';

/** The part of Astro's incremental-build.json this reads. */
export interface IncrementalManifest {
  version: number;
  configHash: string;
  lockfileHash: string;
  routes: Record<string, { dependencyHash: string; paths: Record<string, { cacheKey: string }> }>;
}

/** Astro's manifest file in its cache folder. */
export const MANIFEST_FILE = 'incremental-build.json';

export function readManifest(cacheDir: string): IncrementalManifest | null {
  const file = join(cacheDir, MANIFEST_FILE);
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as IncrementalManifest;
  } catch {
    return null;
  }
}

/**
 * Of the files with a cache key this build wrote, how many Astro could take from the last build:
 * same manifest version, config and lockfile, the route's code unchanged and the file's key equal
 * (Astro's own rule, src: astro/dist/core/build/incremental.js `canSkip`).
 */
export function reuseCount(previous: IncrementalManifest | null, next: IncrementalManifest, force: boolean): { keyed: number; reused: number } {
  let keyed = 0;
  let reused = 0;
  const valid = !force && previous !== null && previous.version === next.version && previous.configHash === next.configHash && previous.lockfileHash === next.lockfileHash;
  for (const [route, entry] of Object.entries(next.routes)) {
    const before = valid ? previous.routes[route] : undefined;
    for (const [path, p] of Object.entries(entry.paths)) {
      keyed += 1;
      if (before && before.dependencyHash === entry.dependencyHash && before.paths[path]?.cacheKey === p.cacheKey) reused += 1;
    }
  }
  return { keyed, reused };
}

export function reuseLine({ keyed, reused }: { keyed: number; reused: number }, unkeyedPages: number): string {
  return `incremental build: rendered ${keyed - reused} of ${keyed} files with a cache key, reused ${reused}; ${unkeyedPages} page(s) without one always rendered`;
}

export function incrementalReport(): AstroIntegration {
  let cacheDir: string | undefined;
  let previous: IncrementalManifest | null = null;
  return {
    name: 'yuanqu:incremental-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.experimental.incrementalBuild) return;
        cacheDir = fileURLToPath(config.cacheDir);
        previous = readManifest(cacheDir);
      },
      'astro:build:done': ({ pages, logger }) => {
        if (cacheDir === undefined) return;
        const next = readManifest(cacheDir);
        if (!next) return;
        const keyedPaths = new Set(Object.values(next.routes).flatMap((r) => Object.keys(r.paths).map((p) => p.replace(/^\/+|\/+$/g, ''))));
        const unkeyed = pages.filter((p) => !keyedPaths.has(p.pathname.replace(/^\/+|\/+$/g, ''))).length;
        logger.info(reuseLine(reuseCount(previous, next, fullBuildAsked(process.env)), unkeyed));
      },
    },
  };
}
