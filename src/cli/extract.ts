/**
 * `npm run extract -- REPORT.(txt|pdf|docx|html) [--park ID] [--doc ID] [--out BASE] [--data-dir DIR] [--review]`
 *
 * Drafts indicators.csv and investments.csv rows, with quotes, from a new report — its text
 * derived from the file as the build derives it (src/sources/: a PDF's text layer, a .docx, a
 * saved web page's article, or text). Writes
 * BASE.indicators.csv and BASE.investments.csv (default extract-review/<doc>) for review and
 * prints a summary; with --review also BASE.review.html, a page showing the report with every
 * drafted figure and every skipped number marked. The data folder is only read.
 *
 * `npm run extract -- --apply REVIEWED.csv … [--data-dir DIR]`
 *
 * Adds reviewed rows to the data folder: review columns dropped, ids kept as drafted (the draft
 * numbers a document's rows after the ids it already has, so the review page shows the ids that
 * are written; an id in use is refused), documents and their reports checked, then the whole
 * folder loaded as check-data loads it. The changed files are swapped in only when it loads; on any error nothing changes.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { formatIssue } from '../data/issues.ts';
import type { ReadFile } from '../data/load.ts';
import { displayName, fsReader } from '../data/node-fs.ts';
import { idStart, planApply, traceIssue } from '../extract/apply.ts';
import { draftReport } from '../extract/draft.ts';
import { decodeReport } from '../extract/normalize.ts';
import { cleanPagedText } from '../lib/provenance.ts';
import { FORMAT_NAMES } from '../lib/source-formats.ts';
import { deriveText, SourceFormatError, type DerivedText } from '../sources/derive.ts';
import { loadDataFolder } from '../sources/folder.ts';
import { reviewPage } from '../extract/review-page.ts';
import { swapIn } from '../node/swap-in.ts';
import {
  csvHeader, INDICATOR_COLUMNS, INVESTMENT_COLUMNS, parseDocuments, parseLexicon, reviewCsv, summary, type DocumentInfo,
} from '../extract/review.ts';

const SITE_CSS = join(import.meta.dirname, '../styles/global.css');
const OPTIONS = new Set(['--park', '--doc', '--out', '--data-dir']);

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i >= 0) return args[i + 1];
  return args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

function readText(path: string): string | null {
  return existsSync(path) ? decodeReport(new Uint8Array(readFileSync(path))).text : null;
}

const USAGE = [
  'usage: npm run extract -- path/to/report.(txt|pdf|docx|html) [--park ID] [--doc ID] [--out BASE] [--data-dir DIR] [--review]',
  '       npm run extract -- --apply REVIEWED.indicators.csv [REVIEWED.investments.csv …] [--data-dir DIR]',
].join('\n');

/** The arguments that are not options or option values. */
function positional(args: string[]): string[] {
  return args.filter((a, i) => !a.startsWith('--') && !OPTIONS.has(args[i - 1] ?? ''));
}

/** How the report was read, for the summary's first line. */
function readAs(d: DerivedText): string {
  if (d.format === 'pdf') return `PDF, ${d.pageStarts.length} page(s), text layer`;
  if (d.format === 'docx') return 'Word .docx';
  if (d.format === 'html') return `web page, ${d.encoding ?? 'utf-8'}, article only`;
  return d.encoding ?? 'utf-8';
}

export async function main(args: string[]): Promise<number> {
  const dataDir = resolve(argValue(args, '--data-dir') ?? process.env.PARKS_DATA_DIR ?? 'data');
  if (args.includes('--apply')) return await apply(positional(args), dataDir);
  const report = positional(args)[0];
  if (report === undefined || args.includes('--help')) {
    console.error(USAGE);
    return report === undefined ? 2 : 0;
  }
  if (!existsSync(report)) {
    console.error(`extract: ${report} does not exist\n${USAGE}`);
    return 2;
  }
  const lexicon = parseLexicon(readText(join(dataDir, 'indicator_defs.csv')) ?? '', readText(join(dataDir, 'units.csv')) ?? '');
  if (lexicon.units.size === 0) console.error(`extract: no units.csv in ${dataDir}; every figure's unit is flagged as not in the table`);
  if (lexicon.defs.length === 0) console.error(`extract: no indicator_defs.csv in ${dataDir}; indicators are left for you to choose`);
  const documents = parseDocuments(readText(join(dataDir, 'documents.csv')) ?? '');
  const docArg = argValue(args, '--doc');
  const known: DocumentInfo | undefined = documents.find((d) => (docArg !== undefined ? d.id === docArg : d.sourceFile === basename(report)));
  const docId = docArg ?? known?.id ?? 'new-doc';
  const parkId = argValue(args, '--park') ?? known?.parkId ?? 'new-park';

  let derived: DerivedText;
  try {
    derived = await deriveText(new Uint8Array(readFileSync(report)), report);
  } catch (e) {
    if (!(e instanceof SourceFormatError)) throw e;
    console.error(`extract: ${report} ${e.message} (${e.hint}); nothing was written. extract reads ${Object.values(FORMAT_NAMES).join(', ')}`);
    return 1;
  }
  const { text } = cleanPagedText(derived.text, derived.pageStarts);
  const encoding = readAs(derived);
  const read = fsReader(dataDir);
  const idsInUse = { indicators: idStart(read, 'indicators.csv', docId), investments: idStart(read, 'investments.csv', docId) };
  const draft = draftReport(text, { id: docId, parkId, kind: known?.kind, year: known?.year }, lexicon, { idsInUse });

  const out = (argValue(args, '--out') ?? join('extract-review', docId)).replace(/\.csv$/u, '');
  const files = { indicators: `${out}.indicators.csv`, investments: `${out}.investments.csv` };
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const header = (file: string, fallback: string[]): string[] => csvHeader(readText(join(dataDir, file)) ?? '') ?? fallback;
  writeFileSync(files.indicators, reviewCsv(draft.indicators, header('indicators.csv', INDICATOR_COLUMNS)));
  writeFileSync(files.investments, reviewCsv(draft.investments, header('investments.csv', INVESTMENT_COLUMNS)));
  const page = args.includes('--review') ? `${out}.review.html` : undefined;
  if (page) writeFileSync(page, reviewPage({ draft, report: basename(report), docId, files, siteCss: readFileSync(SITE_CSS, 'utf8') }));
  console.log(summary({ draft, report, encoding, docId, docKnown: known !== undefined, files, page }));
  return 0;
}

async function apply(reviewed: string[], dataDir: string): Promise<number> {
  if (reviewed.length === 0) {
    console.error(`extract --apply: name the reviewed CSV file(s)\n${USAGE}`);
    return 2;
  }
  const missing = reviewed.filter((f) => !existsSync(f));
  if (missing.length > 0) {
    console.error(`extract --apply: ${missing.join(', ')} does not exist\n${USAGE}`);
    return 2;
  }
  const shown = displayName(dataDir);
  const read = fsReader(dataDir);
  const plan = planApply(read, reviewed.map((path) => ({ path, bytes: new Uint8Array(readFileSync(path)) })), shown);
  const staged = new Map<string, Uint8Array>(plan.changes);
  // The same loader as check-data and the build, on the data folder as it would be.
  const overlay: ReadFile = (rel) => staged.get(rel) ?? read(rel);
  const errors = [...plan.issues, ...(plan.issues.length === 0 ? (await loadDataFolder(overlay, { displayDir: shown })).issues : [])].filter((i) => i.severity === 'error');
  if (errors.length > 0) {
    for (const i of errors) console.error(`error: ${formatIssue(traceIssue(i, plan, shown))}`);
    console.error(`${errors.length} error(s); nothing in ${shown}/ was changed. Fix the reviewed rows and apply again.`);
    return 1;
  }
  if (plan.changes.size === 0) {
    console.error(`extract --apply: the reviewed files hold no rows; nothing in ${shown}/ was changed`);
    return 1;
  }
  swapIn(dataDir, plan.changes);
  for (const file of plan.changes.keys()) {
    const rows = plan.rows.filter((r) => r.file === file);
    console.log(`${shown}/${file}: ${rows.length} row(s) added, ids ${rows[0]?.to ?? ''} … ${rows.at(-1)?.to ?? ''}`);
  }
  console.log(`The data folder loads as npm run check-data loads it. Next: npm start — open the park and source pages and click every new number.`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
