/**
 * `npm run check-data -- [--data-dir DIR]`: validates a data folder with the same code the
 * build uses. Prints every problem as file:line:column (errors on stderr, notices and the
 * per-file summary on stdout) and exits 0 when the folder loads, 1 when it has errors, 2 on a
 * usage error. Never prints a stack trace: an unexpected failure is one line saying so.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIssue } from '../data/issues.ts';
import { dataDir, displayName, fsReader } from '../data/node-fs.ts';
import { datasetPlaceIssues } from '../map/load-basemap.ts';
import { CONSOLE, parseFlags, settle, type Output, type Parsed } from '../node/cli-args.ts';
import { loadDataFolder } from '../sources/folder.ts';

const USAGE = 'usage: npm run check-data -- [--data-dir DIR]   (default: $PARKS_DATA_DIR or ./data)';

interface Args {
  dir?: string;
}

export function parseCheckArgs(args: readonly string[]): Parsed<Args> {
  return parseFlags(args, { 'data-dir': 'string' } as const, (v) => (v['data-dir'] === undefined ? {} : { dir: v['data-dir'] }));
}

export async function main(args: readonly string[], io: Output = CONSOLE): Promise<number> {
  try {
    const parsed = settle(parseCheckArgs(args), USAGE, io);
    if (typeof parsed === 'number') return parsed;
    const dir = parsed.dir !== undefined ? resolve(parsed.dir) : dataDir();
    if (!existsSync(dir) || !statSync(dir).isDirectory()) {
      io.err(`error: ${displayName(dir)}: is not a folder (give the data folder with --data-dir DIR)`);
      return 1;
    }
    const loaded = await loadDataFolder(fsReader(dir), { displayDir: displayName(dir) });
    const result = { ...loaded, issues: [...loaded.issues, ...datasetPlaceIssues(loaded.dataset, dir)] };
    for (const i of result.issues) {
      if (i.severity === 'error') io.err(`error: ${formatIssue(i)}`);
      else io.out(`notice: ${formatIssue(i)}`);
    }
    for (const f of result.files) io.out(`${f.file}: ${f.rowsRead} rows read, ${f.rowsLoaded} loaded (${f.encoding})`);
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    if (errors === 0) {
      io.out('data OK');
      return 0;
    }
    io.err(`${errors} error(s); nothing was changed. Fix them and run npm run check-data again.`);
    return 1;
  } catch (e) {
    io.err(`error: the checker failed unexpectedly (${e instanceof Error ? e.message : String(e)}); please report this with the data folder`);
    return 3;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
