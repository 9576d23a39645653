/** The Atom feeds: what they list, in which order, with absolute links under the base path. */
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/data/load.ts';
import { indexDataset } from '../../../src/data/model.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import type { SiteData } from '../../../src/data/site-data.ts';
import { atomXml, documentDate, parkFeed, siteFeed } from '../../../src/site/feeds.ts';

const dataset = loadDatasetOrThrow(fsReader('tests/fixtures/datasets/hunan'));
const data: SiteData = { dataset, index: indexDataset(dataset), dir: 'data' };
const SITE = new URL('https://example.org');
const ATOM = 'http://www.w3.org/2005/Atom';

function parse(xml: string) {
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const feed = doc.documentElement as unknown as Element;
  const text = (el: Element, name: string) => el.getElementsByTagName(name)[0]?.textContent ?? '';
  const entries = [...feed.getElementsByTagName('entry')].map((e) => ({
    id: text(e, 'id'), title: text(e, 'title'), updated: text(e, 'updated'), link: e.getElementsByTagName('link')[0]?.getAttribute('href') ?? '',
  }));
  return { name: feed.tagName, ns: feed.getAttribute('xmlns'), id: text(feed, 'id'), updated: text(feed, 'updated'), entries };
}

describe('the site feeds', () => {
  it.each(['zh-CN', 'en'] as const)('%s: one entry per document, newest first, linking to its source page', (locale) => {
    const feed = parse(atomXml(siteFeed(data, locale, SITE, '/yuanqu/')));
    const prefix = locale === 'en' ? 'en/' : '';
    expect(feed).toMatchObject({ name: 'feed', ns: ATOM, id: `https://example.org/yuanqu/${prefix}feed.xml` });
    expect(feed.entries.map((e) => e.link).sort()).toEqual(dataset.documents.map((d) => `https://example.org/yuanqu/${prefix}sources/${d.id}/`).sort());
    const dates = feed.entries.map((e) => e.updated);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(feed.updated).toBe(dates[0]);
    for (const d of dates) expect(d).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
  });

  it('dates a document by its published date, else by 1 January of its year', () => {
    const published = dataset.documents.find((d) => d.published);
    const undated = dataset.documents.find((d) => !d.published);
    expect(published && documentDate(published)).toBe(`${published?.published}T00:00:00Z`);
    expect(undated && documentDate(undated)).toBe(`${undated?.year}-01-01T00:00:00Z`);
  });
});

describe('a park feed', () => {
  it.each(dataset.parks.map((p) => p.id))('%s: its documents, then each figure of each, linking to the highlighted sentence', (id) => {
    const feed = parse(atomXml(parkFeed(data, 'zh-CN', SITE, '/', id)));
    const docs = data.index.documentsOf(id);
    const figures = dataset.indicators.filter((r) => r.park_id === id).length + dataset.investments.filter((r) => r.park_id === id).length;
    expect(feed.entries.length).toBe(Math.min(100, docs.length + figures));
    const first = dataset.indicators.find((r) => r.park_id === id);
    if (first) expect(feed.entries.map((e) => e.link)).toContain(`https://example.org/sources/${first.doc_id}/#q-${first.id}`);
    expect(new Set(feed.entries.map((e) => e.id)).size).toBe(feed.entries.length);
  });

  it('escapes markup in titles and quotes', () => {
    const xml = atomXml({ title: 'A <b> & "c"', self: 'https://x.org/feed.xml', page: 'https://x.org/', locale: 'en', entries: [{ id: 'https://x.org/a?b=1&c=2', title: '<script>', updated: '2024-01-01T00:00:00Z', link: 'https://x.org/a?b=1&c=2', summary: '“x & y”' }] });
    expect(xml).toContain('<title>A &lt;b&gt; &amp; "c"</title>');
    expect(xml).toContain('href="https://x.org/a?b=1&amp;c=2"');
    expect(parse(xml).entries[0]?.title).toBe('<script>');
  });
});

describe("a park's feed", () => {
  it("leaves the index's list of the park's documents in its order (the pages rendered after it print that list)", () => {
    for (const p of dataset.parks) {
      const order = data.index.documentsOf(p.id).map((d) => d.id);
      parkFeed(data, 'en', SITE, '/', p.id);
      expect(data.index.documentsOf(p.id).map((d) => d.id)).toEqual(order);
    }
  });
});
