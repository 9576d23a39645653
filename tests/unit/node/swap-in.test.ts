import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { swapIn } from '../../../src/node/swap-in.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));
const enc = (s: string) => new TextEncoder().encode(s);

describe('swapIn', () => {
  it('replaces files and creates new ones (in a new subfolder), leaving no temporary file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.csv'), 'old');
    swapIn(dir, new Map([['a.csv', enc('new')], ['sources/b.txt', enc('report')]]));
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('new');
    expect(readFileSync(join(dir, 'sources/b.txt'), 'utf8')).toBe('report');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'sources']);
  });

  it('changes nothing and leaves no temporary file when a new file cannot be written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swap-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.csv'), 'old');
    // A file where a folder is needed: sources/x.txt cannot be written.
    writeFileSync(join(dir, 'sources'), 'not a folder');
    expect(() => swapIn(dir, new Map([['a.csv', enc('new')], ['sources/x.txt', enc('report')]]))).toThrow();
    expect(readFileSync(join(dir, 'a.csv'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['a.csv', 'sources']);
    expect(existsSync(join(dir, 'a.csv.apply-new'))).toBe(false);
  });
});
