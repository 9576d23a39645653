/** A review of the fixture report of a new park, on a temporary copy of the Hunan fixture dataset (never data/). */
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ReviewDraft } from '../../src/review/draft-state.ts';

export const FIXTURE_REPORT = resolve('tests/fixtures/review/binhai-2009.txt');

export interface ReviewFolder {
  root: string;
  dataDir: string;
  report: string;
  draftFile: string;
  readDraft(): ReviewDraft;
}

export function reviewFolder(): ReviewFolder {
  const root = mkdtempSync(join(tmpdir(), 'review-'));
  const dataDir = join(root, 'data');
  cpSync(resolve('tests/fixtures/datasets/hunan'), dataDir, { recursive: true });
  const report = join(root, 'reports', 'binhai-2009.txt');
  cpSync(FIXTURE_REPORT, report);
  const draftFile = join(root, 'reports', 'binhai-2009.txt.review', 'draft.json');
  return { root, dataDir, report, draftFile, readDraft: () => JSON.parse(readFileSync(draftFile, 'utf8')) as ReviewDraft };
}
