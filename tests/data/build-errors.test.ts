/**
 * A data error stops `astro build` with the loader's messages and the check-data hint, and
 * nothing else: no Astro hint about browser APIs (which Astro adds to any error mentioning a
 * "document"), no stack trace. And every script that runs Astro runs it with telemetry off.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from './build-site.ts';

const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-build-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a build from bad data', () => {
  it('prints our errors and the check-data hint only, and fails before rendering a page', () => {
    const data = join(tmp, 'data');
    cpSync('tests/fixtures/datasets/hunan', data, { recursive: true });
    // documents.csv with a bad kind: every row citing its documents then fails too ("is not a document").
    cpSync('tests/fixtures/bad-data/reference-to-bad-row/documents.csv', join(data, 'documents.csv'));
    const r = runBuild(join(tmp, 'dist'), { PARKS_DATA_DIR: data });
    expect(r.status).toBe(1);
    expect(r.output).toContain('documents.csv:2:4: value "plans" in column kind is not allowed');
    expect(r.output).toMatch(/zones\.csv:2:6: value "linxiang-2022" in column doc_id is not a document in documents\.csv/);
    expect(r.output).toContain('(run npm run check-data for the full report)');
    expect(r.output).not.toMatch(/Browser APIs|Hint:|docs\.astro\.build|\n\s+at /);
    expect(r.output).not.toContain('generating static routes');
  }, 60_000);
});

describe('scripts that run Astro', () => {
  it('go through src/cli/astro.ts, which turns telemetry off', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;
    const astro = Object.entries(scripts).filter(([, cmd]) => /\bastro\b/.test(cmd));
    expect(astro.map(([name]) => name).sort()).toEqual(['build', 'dev', 'start', 'typecheck']);
    for (const [, cmd] of astro) expect(cmd).not.toMatch(/(^|&&\s*|\s)astro\s/);
    expect(readFileSync('src/cli/astro.ts', 'utf8')).toContain('astroEnv(process.env)');
  });
});
