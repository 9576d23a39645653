/**
 * Against the built dist/: each park's JSON holds exactly the figures its page links to, with the
 * same values and URLs; every URL in the JSON API and every feed link opens a built file, and its
 * fragment an element of that page; every feed is well-formed Atom to Chromium's strict XML parser,
 * lists the documents and is announced by the pages with <link rel="alternate">.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Package } from 'datapackage';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.ts';
import { siteDist } from './harness.ts';

const dist = siteDist();
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parkIds = readdirSync(join(dist, 'api/parks')).map((f) => f.replace(/\.json$/, ''));

interface Quoted { id: string; source_url: string; quote: string; unit?: string; value_text?: string; amount_text?: string }
interface ParkJson { documents: { id: string }[]; indicators: { target: Quoted | null; actual: Quoted | null }[]; investments: Quoted[]; zones: Quoted[]; projects: Quoted[] }

function quotedOf(park: ParkJson): Quoted[] {
  return [...park.indicators.flatMap((p) => [p.target, p.actual]).filter((f): f is Quoted => f !== null), ...park.investments, ...park.zones, ...park.projects];
}

/** The ids of a built page's elements, by its URL path (read once). */
const idsByPage = new Map<string, Set<string>>();
function idsOf(file: string): Set<string> {
  let ids = idsByPage.get(file);
  if (!ids) idsByPage.set(file, (ids = new Set([...read(file).matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ''))));
  return ids;
}

/** Why `url` (a path on the site, or an absolute URL of its origin) does not open a built file and, with a fragment, an element of it; null when it does. */
function brokenLink(url: string): string | null {
  const u = new URL(url, 'http://site.invalid/');
  const path = decodeURIComponent(u.pathname).replace(/^\//, '');
  const file = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  if (!existsSync(join(dist, file))) return `${url}: no file ${file}`;
  const id = decodeURIComponent(u.hash.slice(1));
  if (id !== '' && !idsOf(file).has(id)) return `${url}: no id="${id}" on ${file}`;
  return null;
}

/** Every string under a key ending in _url, anywhere in a JSON value. */
function urlsIn(json: unknown): string[] {
  if (Array.isArray(json)) return json.flatMap(urlsIn);
  if (json === null || typeof json !== 'object') return [];
  return Object.entries(json).flatMap(([k, v]) => (k.endsWith('_url') && typeof v === 'string' ? [v] : urlsIn(v)));
}

const filesIn = (dir: string, ext: string): string[] =>
  readdirSync(join(dist, dir), { withFileTypes: true, recursive: true }).filter((e) => e.isFile() && e.name.endsWith(ext)).map((e) => join(e.parentPath, e.name).slice(dist.length + 1));

describe('every link of the JSON API and the feeds', () => {
  it('every *_url in every API file opens a built file, and its fragment an element of that page', () => {
    const api = filesIn('api', '.json');
    expect(api.length).toBeGreaterThan(parkIds.length);
    const urls = api.flatMap((f) => urlsIn(JSON.parse(read(f))));
    expect(urls.filter((u) => u.includes('#r-')).length).toBeGreaterThan(0);
    expect(urls.filter((u) => u.includes('#q-')).length).toBeGreaterThan(0);
    expect(urls.map(brokenLink).filter((b) => b !== null)).toEqual([]);
  });

  it('every link of every feed (its pages, entries and self links) opens a built file, and its fragment an element of that page', () => {
    const feeds = filesIn('.', 'feed.xml');
    expect(feeds.length).toBeGreaterThanOrEqual(2 + 2 * parkIds.length);
    const links = feeds.flatMap((f) => [...read(f).matchAll(/<link\b[^>]*\bhref="([^"]+)"/g)].map((m) => (m[1] ?? '').replaceAll('&amp;', '&')));
    expect(links.filter((l) => l.includes('#q-')).length).toBeGreaterThan(0);
    expect(links.map(brokenLink).filter((b) => b !== null)).toEqual([]);
  });
});

describe('the data package in a Frictionless reader (npm datapackage)', () => {
  /** Rows loaded per file, as the data page's table says. */
  const loaded = new Map([...parseHTML(read('data/index.html')).document.querySelectorAll('tr[data-file]')].map((tr) => [tr.getAttribute('data-file') ?? '', Number(tr.querySelector('[data-rows-loaded]')?.textContent)]));

  it('validates, and every resource reads with every row cast and every foreign key resolved', async () => {
    const pkg = await Package.load(join(dist, 'data/datapackage.json'));
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.resources.length).toBe(loaded.size);
    for (const r of pkg.resources) {
      expect(r.tabular, r.name).toBe(true);
      // Throws on the first cell that does not cast to its field's type, or a dangling foreign key.
      const rows = await r.read({ cast: true, keyed: true, relations: true });
      expect(rows.length, r.name).toBe(loaded.get(`${r.name}.csv`));
    }
  });

  it('the reader fails on a BOM: the resources have none; the Excel downloads beside them are the same text after one', async () => {
    const descriptor = JSON.parse(read('data/datapackage.json')) as { resources: { name: string; path: string }[] };
    for (const r of descriptor.resources) {
      const resource = readFileSync(join(dist, 'data', r.path));
      const excel = readFileSync(join(dist, 'data', `${r.name}.csv`));
      expect([...resource.subarray(0, 3)], r.path).not.toEqual([0xef, 0xbb, 0xbf]);
      expect([...excel.subarray(0, 3)], r.name).toEqual([0xef, 0xbb, 0xbf]);
      expect(excel.subarray(3).equals(resource), r.name).toBe(true);
    }
    // The measurement behind the choice: with the BOM in front, the reader loses the first column.
    const first = descriptor.resources[0];
    if (!first) throw new Error('no resource');
    const withBom = await Package.load({ ...JSON.parse(read('data/datapackage.json')), resources: [{ ...first, path: `${first.name}.csv` }] }, { basePath: join(dist, 'data') });
    await expect(withBom.resources[0]?.read({ cast: true })).rejects.toThrow(/header/i);
  });
});

describe('a park page and its JSON', () => {
  it('there are parks to compare', () => expect(parkIds.length).toBeGreaterThan(0));

  it.each(parkIds)('%s: the same sentences, and each figure reads the JSON value and unit', (id) => {
    const park = JSON.parse(read(`api/parks/${id}.json`)) as ParkJson;
    const { document } = parseHTML(read(`parks/${id}/index.html`));
    const main = document.querySelector('main');
    const linked = [...(main?.querySelectorAll('a[href*="#q-"]') ?? [])].map((a) => a.getAttribute('href'));
    const quoted = quotedOf(park);
    expect(new Set(linked)).toEqual(new Set(quoted.map((q) => q.source_url)));
    const byId = new Map(quoted.map((q) => [q.id, q]));
    const figures = [...(main?.querySelectorAll('a.num') ?? [])];
    expect(figures.length).toBeGreaterThan(0);
    for (const a of figures) {
      const q = byId.get(/#q-(.+)$/.exec(a.getAttribute('href') ?? '')?.[1] ?? '');
      expect(q, a.outerHTML).toBeDefined();
      expect(a.getAttribute('href')).toBe(q?.source_url);
      expect(a.textContent).toContain(`${q?.value_text ?? q?.amount_text}`);
      expect(a.textContent).toContain(q?.unit);
    }
  });
});

describe('the feeds', () => {
  let browser: Browser;
  beforeAll(async () => { browser = await launchChromium(); });
  afterAll(async () => { await browser?.close(); });

  const feeds = ['feed.xml', 'en/feed.xml', ...parkIds.flatMap((id) => [`parks/${id}/feed.xml`, `en/parks/${id}/feed.xml`])];

  it('parse as Atom in Chromium with every required element; entries newest first', async () => {
    const page = await browser.newPage();
    const results = await page.evaluate((xmls) => xmls.map((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const root = doc.documentElement;
      const child = (el: Element, name: string) => [...el.children].filter((c) => c.localName === name);
      const entries = child(root, 'entry');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        root: `${root.namespaceURI} ${root.localName}`,
        head: ['id', 'title', 'updated', 'author'].every((n) => child(root, n).length === 1) && child(root, 'link').some((l) => l.getAttribute('rel') === 'self'),
        entries: entries.length,
        complete: entries.every((e) => ['id', 'title', 'updated', 'link'].every((n) => child(e, n).length >= 1)),
        updated: entries.map((e) => child(e, 'updated')[0]?.textContent ?? ''),
        links: entries.map((e) => child(e, 'link')[0]?.getAttribute('href') ?? ''),
      };
    }), feeds.map(read));
    await page.close();
    results.forEach((r, i) => {
      const at = feeds[i];
      expect(r.errors, at).toBe(0);
      expect(r.root, at).toBe('http://www.w3.org/2005/Atom feed');
      expect(r.head, at).toBe(true);
      expect(r.complete, at).toBe(true);
      expect(r.entries, at).toBeGreaterThan(0);
      expect(r.updated, at).toEqual([...r.updated].sort().reverse());
    });
    const documents = parkIds.flatMap((id) => (JSON.parse(read(`api/parks/${id}.json`)) as ParkJson).documents.map((d) => d.id));
    for (const doc of documents) expect(results[0]?.links.some((l) => l.endsWith(`/sources/${doc}/`)), doc).toBe(true);
  });

  it('are announced by the pages: the edition feed everywhere, the park feed on its park page', () => {
    const alternates = (path: string) => [...parseHTML(read(path)).document.querySelectorAll('link[rel="alternate"][type="application/atom+xml"]')].map((l) => l.getAttribute('href') ?? '');
    expect(alternates('index.html')).toEqual(['/feed.xml']);
    expect(alternates('en/data/index.html')).toEqual(['/en/feed.xml']);
    const id = parkIds[0] ?? '';
    expect(alternates(`en/parks/${id}/index.html`)).toEqual(['/en/feed.xml', `/en/parks/${id}/feed.xml`]);
    for (const href of alternates(`parks/${id}/index.html`)) expect(existsSync(join(dist, href)), href).toBe(true);
  });
});
