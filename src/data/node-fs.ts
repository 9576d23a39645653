/** The file-system edge of the loader: reads a data folder from disk (build time only). */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { ReadFile } from './load.ts';

/** The data folder: $PARKS_DATA_DIR when set, else ./data. */
export function dataDir(): string {
  return resolve(process.env.PARKS_DATA_DIR ?? 'data');
}

export function fsReader(dir: string): ReadFile {
  return (rel) => {
    const p = join(dir, rel);
    return existsSync(p) ? new Uint8Array(readFileSync(p)) : null;
  };
}

/** How the folder is named in messages: relative to the working directory when inside it. */
export function displayName(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') ? dir : rel;
}
