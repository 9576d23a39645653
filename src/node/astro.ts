// node/: Node-only tools for the CLIs and tests.
/**
 * Astro's CLI as our scripts, benchmarks and tests run it: with the project's pinned Node, with
 * telemetry off (a build makes no request to another origin, and prints no telemetry notice), and
 * without what Vite or Vitest put in the environment of the process that starts it.
 */
import { join, resolve } from 'node:path';

/** Astro's CLI entry in the project at `root`. */
export function astroBin(root = process.cwd()): string {
  return join(resolve(root), 'node_modules', 'astro', 'bin', 'astro.mjs');
}

/** The environment of an `astro` command started from a test runner or an npm script. */
export function astroEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const out: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST', 'NODE_ENV'].includes(k) || k.startsWith('VITEST')) continue;
    out[k] = v;
  }
  return { ...out, ASTRO_TELEMETRY_DISABLED: '1' };
}

/** The same, building the site from the data folder `dataDir`. */
export function buildEnv(env: NodeJS.ProcessEnv, dataDir: string): NodeJS.ProcessEnv {
  return { ...astroEnv(env), PARKS_DATA_DIR: dataDir };
}
