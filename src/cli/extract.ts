/**
 * `npm run extract -- REPORT.txt [--park ID] [--doc ID] [--out BASE] [--data-dir DIR]`
 *
 * Drafts indicators.csv and investments.csv rows, with quotes, from a new report. Writes
 * BASE.indicators.csv and BASE.investments.csv (default extract-review/<doc>) for review and
 * prints a summary. The data folder is only read (indicator_defs, documents, column headers).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { draftReport, type IndicatorDef } from '../extract/draft.ts';
import { decodeReport } from '../extract/normalize.ts';
import {
  csvHeader, INDICATOR_COLUMNS, INVESTMENT_COLUMNS, parseDocuments, parseIndicatorDefs, reviewCsv, summary, type DocumentInfo,
} from '../extract/review.ts';

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function readText(path: string): string | null {
  return existsSync(path) ? decodeReport(new Uint8Array(readFileSync(path))).text : null;
}

const USAGE = 'usage: npm run extract -- path/to/report.txt [--park ID] [--doc ID] [--out BASE] [--data-dir DIR]';

export function main(args: string[]): number {
  const options = new Set(['--park', '--doc', '--out', '--data-dir']);
  const report = args.find((a, i) => !a.startsWith('--') && !options.has(args[i - 1] ?? ''));
  if (report === undefined || args.includes('--help')) {
    console.error(USAGE);
    return report === undefined ? 2 : 0;
  }
  if (!existsSync(report)) {
    console.error(`extract: ${report} does not exist\n${USAGE}`);
    return 2;
  }
  const dataDir = resolve(argValue(args, '--data-dir') ?? process.env.PARKS_DATA_DIR ?? 'data');
  const defs: IndicatorDef[] = parseIndicatorDefs(readText(join(dataDir, 'indicator_defs.csv')) ?? '');
  if (defs.length === 0) console.error(`extract: no indicator_defs.csv in ${dataDir}; indicators are left for you to choose`);
  const documents = parseDocuments(readText(join(dataDir, 'documents.csv')) ?? '');
  const docArg = argValue(args, '--doc');
  const known: DocumentInfo | undefined = documents.find((d) => (docArg !== undefined ? d.id === docArg : d.sourceFile === basename(report)));
  const docId = docArg ?? known?.id ?? 'new-doc';
  const parkId = argValue(args, '--park') ?? known?.parkId ?? 'new-park';

  const { text, encoding } = decodeReport(new Uint8Array(readFileSync(report)));
  const draft = draftReport(text, { id: docId, parkId, kind: known?.kind, year: known?.year }, defs);

  const out = (argValue(args, '--out') ?? join('extract-review', docId)).replace(/\.csv$/u, '');
  const files = { indicators: `${out}.indicators.csv`, investments: `${out}.investments.csv` };
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const header = (file: string, fallback: string[]): string[] => csvHeader(readText(join(dataDir, file)) ?? '') ?? fallback;
  writeFileSync(files.indicators, reviewCsv(draft.indicators, header('indicators.csv', INDICATOR_COLUMNS)));
  writeFileSync(files.investments, reviewCsv(draft.investments, header('investments.csv', INVESTMENT_COLUMNS)));
  console.log(summary({ draft, report, encoding, docId, docKnown: known !== undefined, files }));
  return 0;
}

if (import.meta.main) process.exitCode = main(process.argv.slice(2));
