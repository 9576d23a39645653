/**
 * `npm run check-data -- [--data-dir DIR]`: validates a data folder with the same code the
 * build uses. Prints every problem as file:line:column and exits 1 when there is any.
 */
import { formatIssue } from '../data/issues.ts';
import { loadDataset } from '../data/load.ts';
import { dataDir, displayName, fsReader } from '../data/node-fs.ts';
import { resolve } from 'node:path';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  const eq = args.find((a) => a.startsWith(`${name}=`));
  return eq?.slice(name.length + 1);
}

export function main(args: string[]): number {
  const dirArg = argValue(args, '--data-dir');
  const dir = dirArg ? resolve(dirArg) : dataDir();
  const result = loadDataset(fsReader(dir), { displayDir: displayName(dir) });
  for (const i of result.issues) console[i.severity === 'error' ? 'error' : 'log'](`${i.severity === 'error' ? 'error' : 'notice'}: ${formatIssue(i)}`);
  for (const f of result.files) console.log(`${f.file}: ${f.rowsRead} rows read, ${f.rowsLoaded} loaded (${f.encoding})`);
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  console.log(errors === 0 ? 'data OK' : `${errors} error(s)`);
  return errors === 0 ? 0 : 1;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
