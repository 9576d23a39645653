/**
 * Test helpers: copy the data folder with a change, and build the site from it into a temp
 * folder (PARKS_DATA_DIR + astro --outDir), with the project's pinned Node.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/** Builds the site from `dataDir` into `outDir`; throws with the build's own last lines when it fails. */
export function buildSite(dataDir: string, outDir: string): void {
  const r = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: { ...process.env, PARKS_DATA_DIR: dataDir, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`astro build from ${dataDir} failed (exit ${r.status ?? r.signal}):\n${tail}`);
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
