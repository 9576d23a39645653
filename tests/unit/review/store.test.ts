import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { draftFolder, writeAtomic } from '../../../src/review/store.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('draftFolder', () => {
  it('is REPORT.review next to the report, or under extract-review/ when the report is in the data folder', () => {
    expect(draftFolder('/reports/a.txt', '/data')).toBe('/reports/a.txt.review');
    expect(draftFolder('/data/sources/a.txt', '/data')).toBe(resolve('extract-review', 'a.txt.review'));
  });
});

describe('writeAtomic', () => {
  it('replaces the file whole and leaves no temporary file, durable or not', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atomic-'));
    dirs.push(dir);
    writeAtomic(join(dir, 'f.json'), 'one');
    writeAtomic(join(dir, 'f.json'), 'two', false);
    expect(readFileSync(join(dir, 'f.json'), 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['f.json']);
  });
});
