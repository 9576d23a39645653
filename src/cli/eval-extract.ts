/**
 * `npm run eval:extract -- [--corpus DIR] [--data-dir DIR] [--misses]`
 *
 * (The npm script passes --data-dir tests/fixtures/extract/seeds, the fixture copy of the seeds;
 * a --data-dir after it wins.)
 *
 * Runs the extraction assistant over the evaluation corpus (DIR/frozen.txt and DIR/dev.txt,
 * default tests/fixtures/extract/corpus) and over the curated reports of a data folder (default
 * `$PARKS_DATA_DIR` or data), and prints per field — figures drafted, precision, unit as written,
 * kind, year, kind+year, indicator, item, comparator, period, 预计 — for the frozen part, the
 * development part and each curated document. --misses lists what the development part and the
 * curated documents got wrong; the frozen part's misses are never printed, so that nobody tunes
 * the rules to it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fieldTable, parseCorpus, scoreCurated, scorePassages, totalOf } from '../extract/evaluate.ts';
import { decodeReport } from '../extract/normalize.ts';
import { parseDocuments, parseLexicon } from '../extract/review.ts';
import { deriveText } from '../sources/derive.ts';

/** The last value given for `name`: `npm run eval:extract -- --data-dir data` overrides the script's own. */
function argValue(args: string[], name: string): string | undefined {
  const i = args.lastIndexOf(name);
  return i >= 0 ? args[i + 1] : args.findLast((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

const readText = (path: string): string => decodeReport(new Uint8Array(readFileSync(path))).text;

/** Each report's text as `npm run extract` reads it (PDF, .docx and web pages derived), by file name. */
async function reportTexts(dataDir: string, documentsCsv: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const d of parseDocuments(documentsCsv)) {
    const path = join(dataDir, 'sources', d.sourceFile);
    if (d.sourceFile === '' || texts.has(d.sourceFile) || !existsSync(path)) continue;
    texts.set(d.sourceFile, (await deriveText(new Uint8Array(readFileSync(path)), d.sourceFile)).text);
  }
  return texts;
}

export async function main(args: string[]): Promise<number> {
  const corpusDir = resolve(argValue(args, '--corpus') ?? join(import.meta.dirname, '../../tests/fixtures/extract/corpus'));
  const dataDir = resolve(argValue(args, '--data-dir') ?? process.env.PARKS_DATA_DIR ?? 'data');
  const withMisses = args.includes('--misses');
  if (!existsSync(join(dataDir, 'indicator_defs.csv'))) {
    console.error(`eval:extract: no indicator_defs.csv in ${dataDir}`);
    return 2;
  }
  const defs = parseLexicon(readText(join(dataDir, 'indicator_defs.csv')), existsSync(join(dataDir, 'units.csv')) ? readText(join(dataDir, 'units.csv')) : '');
  const part = (file: string) => scorePassages(parseCorpus(readText(join(corpusDir, file))), defs);
  const frozen = part('frozen.txt');
  const dev = part('dev.txt');
  const documents = readText(join(dataDir, 'documents.csv'));
  const texts = await reportTexts(dataDir, documents);
  const seeds = scoreCurated({
    documents, indicators: readText(join(dataDir, 'indicators.csv')), investments: readText(join(dataDir, 'investments.csv')),
    sourceText: (file) => texts.get(file) ?? '',
  }, defs);
  console.log(fieldTable(`corpus ${corpusDir} (frozen part: totals only)`, [totalOf(`frozen (${frozen.length})`, frozen)]));
  console.log(fieldTable('', [totalOf(`dev (${dev.length})`, dev)], withMisses));
  console.log(fieldTable(`\ncurated reports of ${dataDir}`, [...seeds, totalOf('all', seeds)], withMisses));
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
