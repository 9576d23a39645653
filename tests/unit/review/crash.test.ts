/**
 * The review server killed with SIGKILL while it saves: spawned as `npm run review` is, hammered with
 * edits, killed at once, restarted. Each time the draft files parse and hold every acknowledged edit
 * (and at most the one edit in flight), and the restarted server goes on from there.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import type { ReviewDraft, ReviewRow } from '../../../src/review/draft-state.ts';

const root = mkdtempSync(join(tmpdir(), 'review-crash-'));
const report = join(root, 'binhai-2009.txt');
cpSync(resolve('tests/fixtures/review/binhai-2009.txt'), report);
const dataDir = join(root, 'data');
// Only what the draft reads: the vocabulary and the lists the page offers.
for (const f of ['indicator_defs.csv', 'units.csv', 'documents.csv', 'parks.csv', 'zones.csv']) cpSync(resolve('tests/fixtures/datasets/hunan', f), join(dataDir, f));
const folder = `${report}.review`;
const children: ChildProcess[] = [];

afterAll(() => {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  rmSync(root, { recursive: true, force: true });
});

function start(): Promise<{ child: ChildProcess; origin: string; token: string }> {
  const child = spawn(process.execPath, ['--disable-warning=ExperimentalWarning', resolve('src/cli/review.ts'), report, '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((ok, fail) => {
    let out = '';
    child.stdout?.on('data', (b: Buffer) => {
      out += b.toString();
      const hit = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=(\S+)/u.exec(out);
      if (hit) ok({ child, origin: hit[1] ?? '', token: hit[2] ?? '' });
    });
    child.stderr?.on('data', (b: Buffer) => (out += b.toString()));
    child.on('exit', (code) => fail(new Error(`review exited (${code}) before printing its address:\n${out}`)));
  });
}

const readDraft = (): ReviewDraft => JSON.parse(readFileSync(join(folder, 'draft.json'), 'utf8')) as ReviewDraft;

describe('SIGKILL during saves', () => {
  it('leaves the draft files parseable and complete up to the last acknowledged edit, three times over', async () => {
    let expected: string | null = null;
    for (let round = 0; round < 3; round++) {
      const { child, origin, token } = await start();
      const headers = { 'Content-Type': 'application/json', 'X-Review-Token': token };
      const draft = (await (await fetch(`${origin}/api/draft`, { headers })).json()) as ReviewDraft;
      const row = draft.rows.find((r) => r.file === 'investments') as ReviewRow;
      // What the last round acknowledged survived the kill and the restart.
      if (expected !== null) expect(row.fields.note).toBe(expected);
      let version = row.version;
      let acked = '';
      const put = async (note: string): Promise<boolean> => {
        const res = await fetch(`${origin}/api/rows/${row.id}`, { method: 'PUT', headers, body: JSON.stringify({ version, fields: { note } }) });
        if (res.status !== 200) return false;
        version = ((await res.json()) as { row: ReviewRow }).row.version;
        return true;
      };
      for (let n = 1; n <= 30; n++) if (await put(`round ${round} edit ${n}`)) acked = `round ${round} edit ${n}`;
      // One more edit sent, and the server killed while it handles it.
      const inFlight = `round ${round} edit 31`;
      const last = put(inFlight).catch(() => false);
      await new Promise((ok) => setTimeout(ok, Math.floor(Math.random() * 3)));
      child.kill('SIGKILL');
      const lastAcked = await last;
      await new Promise<void>((ok) => (child.exitCode !== null || child.signalCode !== null ? ok() : child.once('exit', () => ok())));
      const saved = readDraft();
      const note = saved.rows.find((r) => r.id === row.id)?.fields.note;
      expect(lastAcked ? [inFlight] : [acked, inFlight]).toContain(note);
      expect(saved.rows.length).toBe(draft.rows.length);
      for (const file of ['indicators.csv', 'investments.csv']) {
        const csv = Papa.parse(readFileSync(join(folder, file), 'utf8').replace(/^\uFEFF/u, ''), { header: true, skipEmptyLines: true });
        expect(csv.errors).toEqual([]);
      }
      expected = note ?? '';
    }
    // The restarted server serves what the last kill left.
    const { child, origin, token } = await start();
    const draft = (await (await fetch(`${origin}/api/draft`, { headers: { 'X-Review-Token': token } })).json()) as ReviewDraft;
    expect(draft.rows.find((r) => r.file === 'investments')?.fields.note).toBe(expected);
    child.kill('SIGKILL');
  }, 60_000);
});
