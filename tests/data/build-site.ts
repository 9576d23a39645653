/**
 * Test helpers: copy the data folder with a change, and build the site into a temp folder
 * (astro --outDir, with PARKS_DATA_DIR, BASE_PATH… as given), with the project's pinned Node.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { astroBin, astroEnv } from '../../src/node/astro.ts';

/**
 * `astro build --outDir outDir` with `env` added; its exit status and everything it printed. A
 * full build without Astro's incremental cache unless `env` asks for one: the tests build many data
 * folders at once, and one shared cache folder would be written by all of them.
 */
export function runBuild(outDir: string, env: NodeJS.ProcessEnv = {}): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, [astroBin(), 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...astroEnv(process.env), INCREMENTAL_BUILD: 'off', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

/** Builds the site into `outDir` with `env` added; throws with the build's own last lines when it fails. */
export function buildSite(outDir: string, env: NodeJS.ProcessEnv = {}): void {
  const r = runBuild(outDir, env);
  if (r.status !== 0) {
    const tail = r.output.trim().split('\n').slice(-40).join('\n');
    throw new Error(`astro build (${JSON.stringify(env)}) failed (exit ${r.status}):\n${tail}`);
  }
}

/** Copies data/ (CSVs, sources/, geo/, sources.sha256) to `to`. */
export function copyData(from: string, to: string): void {
  cpSync(from, to, { recursive: true });
}

/** Every file under `dir`, as paths relative to it, sorted. */
export function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}
