/** Budgets checked over the built dist/, not hoped for. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteDist } from './harness.ts';
import { describe, expect, it } from 'vitest';
import { moduleScriptsOf } from '../../src/integrations/deferred-scripts.ts';

const DIST = siteDist();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? htmlFiles(p) : p.endsWith('.html') ? [p] : [];
  });
}

const gz = (s: string | Buffer) => gzipSync(s, { level: 9 }).length;

/** A module script and every module it imports statically (what the browser fetches on load). */
function moduleClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)) {
    const spec = m[1] ?? '';
    if (spec.startsWith('.')) moduleClosure(resolve(dirname(file), spec), seen);
    else if (spec.startsWith('/')) moduleClosure(join(DIST, spec.replace(/^\/+/, '')), seen);
  }
  return seen;
}

export function initialJs(html: string): { bytes: number; files: string[] } {
  const files = new Set<string>();
  let inline = 0;
  for (const src of moduleScriptsOf(html)) for (const f of moduleClosure(join(DIST, src.replace(/^\/+/, '')))) files.add(f);
  // Inline scripts (the island loader) count too; JSON data blocks are not code.
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1] ?? '';
    if (/type="application\/(ld\+)?json"/.test(attrs) || /\bsrc="/.test(attrs)) continue;
    inline += gz(m[2] ?? '');
  }
  const bytes = inline + [...files].reduce((s, f) => s + gz(readFileSync(f)), 0);
  return { bytes, files: [...files].map((f) => relative(DIST, f)) };
}

describe('budgets over dist/', () => {
  const pages = htmlFiles(DIST);
  it('built a site', () => expect(pages.length).toBeGreaterThan(20));
  it('initial JavaScript on every page ≤ 30 KB gzip', () => {
    const over = pages.map((p) => ({ page: relative(DIST, p), ...initialJs(readFileSync(p, 'utf8')) })).filter((x) => x.bytes > 30 * 1024);
    expect(over).toEqual([]);
  });
  it('HTML with its inline SVG ≤ 150 KB gzip on every page', () => {
    const over = pages.map((p) => ({ page: relative(DIST, p), kb: Math.round(gz(readFileSync(p)) / 1024) })).filter((x) => x.kb > 150);
    expect(over).toEqual([]);
  });
  it('every page but the embeds ≤ 100 KB (100,000 bytes) of uncompressed HTML', () => {
    // Fast from a server that does not compress (README, "Page weight"). Bytes, not KiB: the
    // stricter reading of the goal.
    const over = pages.map((p) => relative(DIST, p)).filter((p) => !p.startsWith('embed/')).map((page) => ({ page, bytes: statSync(join(DIST, page)).size })).filter((x) => x.bytes > 100_000);
    expect(over).toEqual([]);
  });
  it('each chart figure inlines exactly one SVG', () => {
    const wrong: string[] = [];
    let figures = 0;
    for (const p of pages) {
      for (const m of readFileSync(p, 'utf8').matchAll(/<chart-figure\b[^>]*\bid="([^"]+)"[\s\S]*?<\/chart-figure>/g)) {
        figures++;
        const n = (m[0].match(/<svg\b[^>]*\brole="img"/g) ?? []).length;
        if (n !== 1) wrong.push(`${relative(DIST, p)} #${m[1]}: ${n}`);
      }
    }
    expect(figures).toBeGreaterThan(20);
    expect(wrong).toEqual([]);
  });
  it('measures the heaviest page (for the record)', () => {
    const sizes = pages.map((p) => ({ page: relative(DIST, p), html: gz(readFileSync(p)), js: initialJs(readFileSync(p, 'utf8')).bytes }));
    const worstJs = sizes.reduce((a, b) => (b.js > a.js ? b : a));
    const worstHtml = sizes.reduce((a, b) => (b.html > a.html ? b : a));
    console.log(`heaviest JS: ${worstJs.page} ${(worstJs.js / 1024).toFixed(1)} KB gzip; heaviest HTML: ${worstHtml.page} ${(worstHtml.html / 1024).toFixed(1)} KB gzip`);
    expect(worstJs.js).toBeGreaterThan(0);
  });
});
