import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FLOOR_PAGES_ENV, writeFloorProject } from '../../../src/bench/floor.ts';
import { astroBin, astroEnv } from '../../../src/node/astro.ts';
import { filesUnder } from '../../data/build-site.ts';

const dir = mkdtempSync(join(tmpdir(), 'yuanqu-floor-test-'));
writeFloorProject(dir, resolve('node_modules'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function build(pages: string, out: string) {
  return spawnSync(process.execPath, [astroBin(), 'build', '--outDir', out], {
    cwd: dir, encoding: 'utf8', env: { ...astroEnv(process.env), [FLOOR_PAGES_ENV]: pages },
  });
}

describe("the stack's floor project", () => {
  it('builds as many near-empty pages as asked, with the build settings that change what a page costs', () => {
    const out = join(dir, 'dist-7');
    const r = build('7', out);
    expect(r.status, r.stderr).toBe(0);
    const pages = filesUnder(out).filter((f) => f.endsWith('.html'));
    expect(pages).toHaveLength(7);
    expect(pages).toContain('p6/index.html');
    const html = readFileSync(join(out, 'p6/index.html'), 'utf8');
    expect(html).toContain('<h1>园区 p6</h1>');
    // compressHTML, as the site's own config.
    expect(html).not.toMatch(/>\n\s+</);
  });
  it('fails clearly without a page count', () => {
    const r = build('none', join(dir, 'dist-bad'));
    expect(r.status).not.toBe(0);
    expect(`${r.stdout}${r.stderr}`).toContain(`${FLOOR_PAGES_ENV} must be a whole number`);
  });
});

describe("a page's floor for Lighthouse", () => {
  it('weighs what it stands for, as sent: uncompressed, or gzipped with incompressible padding', async () => {
    const { gzipSync } = await import('node:zlib');
    const { floorPage } = await import('../../../src/bench/floor.ts');
    for (const bytes of [4000, 60_000, 123_274]) {
      expect(Buffer.byteLength(floorPage(bytes))).toBe(bytes);
      const gz = gzipSync(floorPage(bytes, true)).length;
      expect(Math.abs(gz - bytes) / bytes).toBeLessThan(0.02);
      // a repeated letter would gzip to almost nothing: the floor would then be no floor at all
      expect(gzipSync(floorPage(bytes)).length).toBeLessThan(bytes / 10);
    }
    const page = floorPage(50_000);
    expect(page).toMatch(/^<!doctype html>.*<h1>园区进度<\/h1><p>[^<]+<\/p><\/main><!--x+--><\/body><\/html>$/s);
    expect(floorPage(50_000, true)).toBe(floorPage(50_000, true));
  });
});
