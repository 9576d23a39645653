/**
 * `npm run review -- REPORT [--data-dir DIR] [--port N]`
 *
 * Drafts the report's rows (the same code as `npm run extract`) into REPORT.review/ next to it, or
 * reads that draft back when it exists, and serves the review page on 127.0.0.1: the address it
 * prints carries the token every request needs. Stop it with Ctrl+C; nothing is lost.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { displayName } from '../data/node-fs.ts';
import { parseArgs } from 'node:util';
import { startReviewServer } from '../review/server.ts';
import { SourceFormatError } from '../sources/derive.ts';
import { openSession } from '../review/session.ts';

const USAGE = 'usage: npm run review -- path/to/report.txt [--data-dir DIR] [--port N]';

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { 'data-dir': { type: 'string' }, port: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    console.error(`review: ${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
    return 2;
  }
  const report = parsed.positionals[0];
  if (report === undefined || parsed.values.help || parsed.positionals.length > 1) {
    console.error(USAGE);
    return parsed.values.help ? 0 : 2;
  }
  if (!existsSync(report)) {
    console.error(`review: ${report} does not exist\n${USAGE}`);
    return 2;
  }
  const dataDir = resolve(parsed.values['data-dir'] ?? process.env.PARKS_DATA_DIR ?? 'data');
  let session;
  try {
    session = await openSession(report, dataDir);
  } catch (e) {
    if (!(e instanceof SourceFormatError)) throw e;
    console.error(`review: ${report} ${e.message} (${e.hint}); nothing was written`);
    return 1;
  }
  const server = await startReviewServer(session, { port: Number(parsed.values.port ?? 0) });
  const d = session.draft;
  console.log(`review: ${d.rows.length} rows of ${d.report} (draft in ${displayName(session.folder)}/, data folder ${displayName(dataDir)}/)`);
  console.log(`Open ${server.url}`);
  return new Promise<number>((done) => {
    process.once('SIGINT', () => void server.close().then(() => done(0)));
    process.once('SIGTERM', () => void server.close().then(() => done(0)));
  });
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
