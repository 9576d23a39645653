// node/: Node-only tools for the CLIs and tests.
/**
 * Astro's CLI as our scripts, benchmarks and tests run it: with the project's pinned Node, with
 * telemetry off (a build makes no request to another origin, and prints no telemetry notice), and
 * without what Vite or Vitest put in the environment of the process that starts it.
 */
import { readdirSync, statSync } from 'node:fs';
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

/**
 * The V8 heap limit of an Astro process, in MB. V8 lets the heap grow to several times what is
 * live before a full collection, up to its own default limit (a few GB, from the machine's memory),
 * so a national build's peak memory followed that limit rather than its data. Under this limit it
 * collects sooner, which the build's live heap (well below it) pays for with no measurable CPU.
 */
export const ASTRO_HEAP_MB = 2048;

/**
 * The limit for a small data folder (the embedded reports and a few years more): its live heap is a
 * small fraction of even this, and the lower limit makes V8 collect before the heap doubles.
 */
export const SMALL_DATA_HEAP_MB = 1024;

/** The CSV bytes up to which a data folder counts as small (the embedded folder has a few dozen KB). */
export const SMALL_DATA_CSV_BYTES = 1_000_000;

/** The heap limit for a data folder whose CSV files hold `csvBytes` bytes. */
export function astroHeapMb(csvBytes: number): number {
  return csvBytes <= SMALL_DATA_CSV_BYTES ? SMALL_DATA_HEAP_MB : ASTRO_HEAP_MB;
}

/** The bytes of the CSV files directly in `dir` (Infinity when it cannot be read: the larger limit then). */
export function csvBytes(dir: string): number {
  try {
    return readdirSync(dir)
      .filter((f) => f.endsWith('.csv'))
      .reduce((sum, f) => sum + statSync(join(dir, f)).size, 0);
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Node flags for an Astro process building a data folder of `dataCsvBytes`: the heap limit, unless NODE_OPTIONS already sets one. */
export function astroNodeFlags(env: NodeJS.ProcessEnv, dataCsvBytes = Number.POSITIVE_INFINITY): string[] {
  return /--max[-_]old[-_]space[-_]size/.test(env.NODE_OPTIONS ?? '') ? [] : [`--max-old-space-size=${astroHeapMb(dataCsvBytes)}`];
}

/** FULL_BUILD=1 (or `--force`): an incremental build's caches are ignored, every page rendered and indexed again. */
export const fullBuildAsked = (env: NodeJS.ProcessEnv): boolean => env.FULL_BUILD === '1';

/**
 * A `build` with `--force` or FULL_BUILD=1 is a full build: Astro's own flag (its incremental
 * manifest is not read) and FULL_BUILD=1, whichever was given.
 */
export function fullBuildCommand(args: readonly string[], env: NodeJS.ProcessEnv): { args: string[]; env: NodeJS.ProcessEnv } {
  const full = args[0] === 'build' && (args.includes('--force') || fullBuildAsked(env));
  if (!full) return { args: [...args], env };
  return { args: args.includes('--force') ? [...args] : [...args, '--force'], env: { ...env, FULL_BUILD: '1' } };
}
