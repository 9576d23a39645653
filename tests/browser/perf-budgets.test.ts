/**
 * Request budget over the built dist/ (not a timing test): no page requests more than 15 files
 * on load. One page of every page type is loaded in Chromium — the types are found in dist/
 * itself (`/parks/*\/`, `/en/indicators/*\/`, `/embed/chart/*\/` …), so a new page type is
 * budgeted as soon as it is built — and every request up to network idle is counted, the
 * document included.
 *
 * The other budgets live elsewhere and are not repeated here: initial JS ≤ 30 KB, HTML ≤ 150 KB
 * gzip and ≤ 100 KB uncompressed (with interim limits) in budgets.test.ts, the map page (HTML + inline SVG + island) ≤ 60 KB gzip in
 * map.test.ts.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routeGroup } from '../../src/bench/build-log.ts';
import { openSite, type Site, siteDist } from './harness.ts';

const DIST = siteDist();
const MAX_REQUESTS = 15;

/** Every built page's path below the site root ("parks/linxiang/"), 404.html included. */
function pagePaths(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (name === 'index.html' || (name === '404.html' && d === DIST)) out.push(relative(DIST, p).replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return out;
}

/** The first page of each page type. */
function onePerType(paths: readonly string[]): { type: string; path: string }[] {
  const seen = new Map<string, string>();
  for (const p of paths) {
    const type = routeGroup(`/${p}${p.endsWith('.html') ? '' : 'index.html'}`);
    if (!seen.has(type)) seen.set(type, p);
  }
  return [...seen].map(([type, path]) => ({ type, path }));
}

let site: Site;
const counted: string[] = [];
beforeAll(async () => { site = await openSite(DIST); });
afterAll(async () => {
  await site?.close();
  if (counted.length > 0) console.log(`requests on load: ${counted.join(', ')}`);
});

describe(`request budget: at most ${MAX_REQUESTS} files per page on load`, () => {
  const types = onePerType(pagePaths(DIST));

  it('found the page types', () => {
    expect(types.map((t) => t.type)).toEqual(expect.arrayContaining(['/', '/parks/*/', '/indicators/*/', '/sources/*/', '/map/']));
  });

  for (const { type, path } of types) {
    it(`${type} (/${path})`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      try {
        const page = await context.newPage();
        const requests: string[] = [];
        page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url().replace(site.origin, '')); });
        await page.goto(site.url(path), { waitUntil: 'networkidle' });
        counted.push(`${type} ${requests.length}`);
        expect(requests.length, `${requests.length} requests:\n${requests.join('\n')}`).toBeLessThanOrEqual(MAX_REQUESTS);
      } finally {
        await context.close();
      }
    });
  }
});
