/**
 * `npm run bench:review -- [--edits N]`: what an acknowledged edit costs on the review server — a PUT
 * of one field answered only after draft.json is flushed to disk and renamed in (the two CSV files renamed
 * in after it) — timed over N edits (default 300) on a temporary copy of the data folder and the review
 * fixture report; prints the median and 95th percentile in milliseconds, and the page's size.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { median } from '../bench/stats.ts';
import { startReviewServer } from '../review/server.ts';
import { openSession } from '../review/session.ts';
import type { ReviewDraft, ReviewRow } from '../review/draft-state.ts';

const percentile = (values: readonly number[], p: number): number => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))] ?? Number.NaN;

export async function main(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { edits: { type: 'string' }, 'data-dir': { type: 'string' } } });
  const edits = Number(values.edits ?? 300);
  const root = mkdtempSync(join(tmpdir(), 'bench-review-'));
  try {
    cpSync(resolve(values['data-dir'] ?? 'data'), join(root, 'data'), { recursive: true });
    const report = join(root, 'report.txt');
    cpSync(resolve('tests/fixtures/review/binhai-2009.txt'), report);
    const t0 = performance.now();
    const review = await startReviewServer(await openSession(report, join(root, 'data')));
    const opened = performance.now() - t0;
    const headers = { 'Content-Type': 'application/json', 'X-Review-Token': review.token };
    const page = await (await fetch(`${review.origin}/`, { headers })).text();
    const draft = (await (await fetch(`${review.origin}/api/draft`, { headers })).json()) as ReviewDraft;
    const row = draft.rows[0] as ReviewRow;
    let version = row.version;
    const times: number[] = [];
    for (let n = 0; n < edits; n++) {
      const start = performance.now();
      const res = await fetch(`${review.origin}/api/rows/${row.id}`, { method: 'PUT', headers, body: JSON.stringify({ version, fields: { note: `edit ${n}` } }) });
      version = ((await res.json()) as { row: ReviewRow }).row.version;
      times.push(performance.now() - start);
    }
    await review.close();
    console.log(`review server: opened (drafted ${draft.rows.length} rows) in ${opened.toFixed(0)} ms; page ${(Buffer.byteLength(page) / 1024).toFixed(1)} KiB`);
    console.log(`acknowledged edit (PUT → draft.json flushed to disk and renamed in, the 2 CSVs renamed in): median ${median(times).toFixed(2)} ms, p95 ${percentile(times, 0.95).toFixed(2)} ms over ${edits} edits`);
    return 0;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
