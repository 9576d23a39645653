/**
 * Test helpers for `npm run extract`: the CLI run with its output caught, a copy of data/ with
 * one more report (a fixture passage, filed under park linxiang as document fixture-2017), and a
 * fingerprint of a folder to prove that nothing in it changed.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { vi } from 'vitest';
import { main } from '../../../src/cli/extract.ts';
import { filesUnder } from '../../data/build-site.ts';

export const ROOT = join(import.meta.dirname, '../../..');
/** The Hunan fixture (a frozen copy of the curated seeds): the extractor is tested on it, not on data/. */
export const DATA = join(ROOT, 'tests/fixtures/datasets/hunan');
export const NEW_DOC = 'fixture-2017';
const SOURCE = 'fixture-linjiang-2017.txt';

/** data/ copied to `dir`, with the fixture report in sources/, its checksum and its documents.csv row. */
export function dataWithNewReport(dir: string): string {
  cpSync(DATA, dir, { recursive: true });
  copyFileSync(join(ROOT, 'tests/fixtures/extract/linjiang-2017.txt'), join(dir, 'sources', SOURCE));
  const sum = createHash('sha256').update(readFileSync(join(dir, 'sources', SOURCE))).digest('hex');
  appendFileSync(join(dir, 'sources.sha256'), `${sum}  ${SOURCE}\n`);
  appendFileSync(join(dir, 'documents.csv'), `${NEW_DOC},linxiang,臨江縣高新技術產業開發區2017年工作總結（测试用）,report,2017,stated,,${SOURCE},测试夹具，非真实报告。\n`);
  return join(dir, 'sources', SOURCE);
}

/** Runs the extract CLI and returns its exit code and everything it printed. */
export async function run(args: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  const err = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void lines.push(a.join(' ')));
  try {
    return { code: await main(args), out: lines.join('\n') };
  } finally {
    log.mockRestore();
    err.mockRestore();
  }
}

/** Every file under `dir` with the hash of its bytes. */
export function fingerprint(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((f) => [f, createHash('sha256').update(readFileSync(join(dir, f))).digest('hex')]));
}
