/**
 * `npm run gen:national -- --parks 2543 --years 10 --seed 1 [--out DIR]`: writes a synthetic
 * national data folder for the build benchmark (see src/bench/national.ts): the six CSVs,
 * sources/ with one generated report per park and year, sources.sha256, indicator_defs.csv, units.csv and
 * geo/ copied from data/. Same arguments, same bytes. The folder passes `npm run check-data`.
 *
 * Default folder: <tmpdir>/yuanqu-national-<parks>-<years>-<seed>. A folder is only overwritten
 * when it is empty or was written by this command (it holds .yuanqu-national).
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { generateNational, parseCountySeats, type NationalData } from '../bench/national.ts';
import { parseFlags, settle, wholeNumber, type Parsed } from '../node/cli-args.ts';

const USAGE = 'usage: npm run gen:national -- --parks N [--years 10] [--seed 1] [--out DIR] [--data-dir data]';
const MARKER = '.yuanqu-national';

export interface GenArgs {
  parks: number;
  years: number;
  seed: number;
  out?: string;
  dataDir: string;
}

export function parseGenArgs(argv: readonly string[]): Parsed<GenArgs> {
  return parseFlags(argv, { parks: 'string', years: 'string', seed: 'string', out: 'string', 'data-dir': 'string' } as const, (v) => {
    const out: GenArgs = { parks: 2543, years: 10, seed: 1, out: v.out, dataDir: v['data-dir'] ?? 'data' };
    if (v.out === undefined) delete out.out;
    if (v.parks !== undefined) {
      const n = wholeNumber(v.parks, 1, 1_000_000);
      if (n === null) return { error: `--parks must be a whole number ≥ 1, not ${v.parks}` };
      out.parks = n;
    }
    if (v.years !== undefined) {
      const n = wholeNumber(v.years, 1, 30);
      if (n === null) return { error: `--years must be a whole number from 1 to 30, not ${v.years}` };
      out.years = n;
    }
    if (v.seed !== undefined) {
      const n = wholeNumber(v.seed, 0, 2 ** 32 - 1);
      if (n === null) return { error: `--seed must be a whole number ≥ 0, not ${v.seed}` };
      out.seed = n;
    }
    return out;
  });
}

export function defaultOutDir(a: Pick<GenArgs, 'parks' | 'years' | 'seed'>): string {
  return join(tmpdir(), `yuanqu-national-${a.parks}-${a.years}-${a.seed}`);
}

const sha256 = (b: Uint8Array | string) => createHash('sha256').update(b).digest('hex');

/** Generates and writes the folder; returns where and what. Throws on a folder it must not overwrite. */
export function writeNational(a: GenArgs): { dir: string; data: NationalData; seconds: number } {
  const t0 = performance.now();
  const dataDir = resolve(a.dataDir);
  const dir = resolve(a.out ?? defaultOutDir(a));
  if (existsSync(dir)) {
    const entries = readdirSync(dir);
    if (entries.length > 0 && !entries.includes(MARKER)) throw new Error(`${dir} is not empty and was not written by gen:national; choose another --out`);
    rmSync(dir, { recursive: true, force: true });
  }
  const counties = parseCountySeats(readFileSync(join(dataDir, 'geo', 'county-seats.csv'), 'utf8'));
  const defsText = readFileSync(join(dataDir, 'indicator_defs.csv'), 'utf8');
  const ids = new Set(defsText.split('\n').slice(1).map((l) => l.split(',')[0]?.trim() ?? '').filter((s) => s !== ''));
  const data = generateNational({ parks: a.parks, years: a.years, seed: a.seed }, counties, ids);

  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, MARKER), `${JSON.stringify({ parks: a.parks, years: a.years, seed: a.seed })}\n`);
  for (const [file, text] of Object.entries(data.csv)) writeFileSync(join(dir, file), text);
  writeFileSync(join(dir, 'indicator_defs.csv'), defsText);
  cpSync(join(dataDir, 'units.csv'), join(dir, 'units.csv'));
  cpSync(join(dataDir, 'geo'), join(dir, 'geo'), { recursive: true });
  const sums: string[] = [];
  for (const [file, text] of [...data.sources].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) {
    const bytes = Buffer.from(text, 'utf8');
    writeFileSync(join(dir, 'sources', file), bytes);
    sums.push(`${sha256(bytes)}  ${file}`);
  }
  writeFileSync(join(dir, 'sources.sha256'), `${sums.join('\n')}\n`);
  return { dir, data, seconds: (performance.now() - t0) / 1000 };
}

export function main(argv: readonly string[]): number {
  const a = settle(parseGenArgs(argv), USAGE);
  if (typeof a === 'number') return a;
  try {
    const { dir, data, seconds } = writeNational(a);
    const c = data.counts;
    console.log(`${c.parks} parks, ${c.documents} documents, ${c.indicators} indicators, ${c.investments} investments, ${c.zones} zones, ${c.projects} projects (${c.flagged} flagged) in ${seconds.toFixed(1)} s`);
    console.log(dir);
    return 0;
  } catch (e) {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
