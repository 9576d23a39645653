/**
 * The stack's floor: what Astro and Pagefind cost on this machine for a site with as many pages as
 * ours but nothing on them (a heading and one sentence). No change to the site's own code can make
 * a build faster than this, so it tells a budget that the stack cannot meet from one we have not
 * met yet.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** How many pages the floor project renders (read by its getStaticPaths at build time). */
export const FLOOR_PAGES_ENV = 'FLOOR_PAGES';

/** The files of the floor project, by path: one dynamic route, static output, our build settings. */
export function floorProjectFiles(): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'yuanqu-stack-floor', private: true, type: 'module' })}\n`,
    // The settings of astro.config.mjs that change what a page costs; no integrations.
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static', trailingSlash: 'always', build: { format: 'directory' }, compressHTML: true, devToolbar: { enabled: false } });
`,
    'src/pages/[id].astro': `---
export function getStaticPaths() {
  const n = Number(process.env.${FLOOR_PAGES_ENV});
  if (!Number.isInteger(n) || n < 1) throw new Error('${FLOOR_PAGES_ENV} must be a whole number ≥ 1');
  return Array.from({ length: n }, (_, i) => ({ params: { id: 'p' + i } }));
}
const { id } = Astro.params;
---
<html lang="zh-CN"><head><meta charset="utf-8"><title>园区 {id}</title></head><body><main><h1>园区 {id}</h1><p>这一页只有一个标题和一句话。</p></main></body></html>
`,
  };
}

/** Writes the floor project into `dir`, with node_modules linked to the project's. */
export function writeFloorProject(dir: string, nodeModules: string): void {
  for (const [path, text] of Object.entries(floorProjectFiles())) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  symlinkSync(nodeModules, join(dir, 'node_modules'), 'dir');
}

/**
 * A page's floor for Lighthouse: a heading and a sentence (the largest contentful paint), padded
 * with a comment to `bytes` as sent. A comment costs the download but neither layout nor paint,
 * so what Lighthouse reports for it is what those bytes alone cost a page on the simulated network.
 * Served uncompressed the padding is one repeated letter; for a gzip server (`incompressible`) it
 * is pseudo-random letters, sized so the gzipped page weighs about `bytes` too.
 */
export function floorPage(bytes: number, incompressible = false): string {
  const head = '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>园区</title><meta name="description" content="这一页只有一个标题和一句话。"></head><body><main><h1>园区进度</h1><p>这一页只有一个标题和一句话。</p></main><!--';
  const tail = '--></body></html>';
  const room = Math.max(0, bytes - Buffer.byteLength(head) - Buffer.byteLength(tail));
  return head + (incompressible ? randomLetters(Math.round(room / GZIP_RANDOM_LETTERS)) : 'x'.repeat(room)) + tail;
}

/** Gzipped size per character of the 62 letters and digits drawn at random (log2 62 / 8 bits, plus framing). */
export const GZIP_RANDOM_LETTERS = 0.749;

function randomLetters(n: number): string {
  const abc = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let seed = 1;
  let s = '';
  for (let i = 0; i < n; i++) {
    // xorshift: the same padding each run, so two floors of one size are the same file.
    seed ^= seed << 13; seed ^= seed >>> 17; seed ^= seed << 5;
    s += abc[(seed >>> 0) % 62];
  }
  return s;
}
