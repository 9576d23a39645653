/**
 * Against the built dist/: each park's JSON holds exactly the figures its page links to, with the
 * same values and URLs; every feed is well-formed Atom to Chromium's strict XML parser, lists the
 * documents and is announced by the pages with <link rel="alternate">.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.ts';

const dist = resolve('dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const parkIds = readdirSync(join(dist, 'api/parks')).map((f) => f.replace(/\.json$/, ''));

interface Quoted { id: string; source_url: string; quote: string; unit?: string; value_text?: string; amount_text?: string }
interface ParkJson { documents: { id: string }[]; indicators: { target: Quoted | null; actual: Quoted | null }[]; investments: Quoted[]; zones: Quoted[]; projects: Quoted[] }

function quotedOf(park: ParkJson): Quoted[] {
  return [...park.indicators.flatMap((p) => [p.target, p.actual]).filter((f): f is Quoted => f !== null), ...park.investments, ...park.zones, ...park.projects];
}

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
