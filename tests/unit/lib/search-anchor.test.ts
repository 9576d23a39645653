import { describe, expect, it } from 'vitest';
import { anchorOf, anchorRank, bestAnchor, hitUrl, type SearchAnchor } from '../../../src/lib/search-anchor.ts';

const a = (element: string, id: string, location: number): SearchAnchor => ({ element, id, location });

// A park page as Pagefind reports it: h1 text before any anchor, a chart with inner ids, table rows.
const PARK: SearchAnchor[] = [
  a('main', 'main', 0),
  a('chart-figure', 'invest-linxiang', 100),
  a('h3', 'invest-linxiang-h', 100),
  a('svg', 'invest-linxiang-w', 130),
  a('textarea', 'invest-linxiang-embed', 300),
  a('tr', 'r-linxiang-2017-v03', 400),
  a('tr', 'r-linxiang-2017-v04', 420),
  a('tr', 'r-linxiang-2017-v05', 440),
];

// A source page: quote anchors are empty spans at the start of each highlighted run.
const SOURCE: SearchAnchor[] = [
  a('main', 'main', 0),
  a('span', 'q-shuangpai-2017-p01', 50),
  a('span', 'q-shuangpai-2017-p02', 90),
  a('span', 'q-shuangpai-2017-p03', 90),
  a('h2', 'rows', 400),
  a('tr', 'r-shuangpai-2017-p01', 410),
];

describe('anchorRank', () => {
  it.each([
    [a('tr', 'r-x-1', 0), 2],
    [a('span', 'q-x-1', 0), 2],
    [a('li', 'r-linxiang-sanwan', 0), 2],
    [a('chart-figure', 'invest-all', 0), 1],
    [a('h2', 'rows', 0), 1],
    [a('H3', 'x-h', 0), 1],
    [a('svg', 'invest-all-w', 0), 0],
    [a('textarea', 'invest-all-embed', 0), 0],
    [a('main', 'main', 0), 0],
    [a('input', 'share-url', 0), 0],
    [a('div', 'rows-note', 0), 0],
  ])('%o → %i', (anchor, rank) => expect(anchorRank(anchor)).toBe(rank));
});

describe('anchorOf', () => {
  it.each([
    ['before any linkable anchor', 5, 1, null],
    ['inside a chart looks past its svg and embed ids to the chart', 310, 1, 'invest-linxiang'],
    ['two anchors at one place: the first (the chart, not its heading)', 100, 1, 'invest-linxiang'],
    ['on a row', 420, 1, 'r-linxiang-2017-v04'],
    ['inside a row', 431, 1, 'r-linxiang-2017-v04'],
    ['after the last row', 900, 1, 'r-linxiang-2017-v05'],
    ['a heading hit never lands on the row above it', 450, 6, null],
    ['a heading hit may land on a chart', 105, 5, 'invest-linxiang'],
  ] as const)('%s', (_, location, weight, id) => {
    expect(anchorOf(PARK, { location, weight })?.id ?? null).toBe(id);
  });
});

describe('bestAnchor', () => {
  it.each([
    ['no hits: the page', PARK, [], null],
    ['no anchors: the page', [], [{ location: 5, weight: 1 }], null],
    ['a row beats the chart table above it', PARK, [{ location: 200, weight: 1 }, { location: 425, weight: 1 }], 'r-linxiang-2017-v04'],
    ['the name in the <h1> opens the page, not a row', PARK, [{ location: 3, weight: 7 }, { location: 425, weight: 1 }], null],
    ['a hit in a chart title opens the chart', PARK, [{ location: 102, weight: 5 }, { location: 425, weight: 1 }], 'invest-linxiang'],
    ['text before any anchor loses to a row', PARK, [{ location: 20, weight: 1 }, { location: 445, weight: 1 }], 'r-linxiang-2017-v05'],
    ['equal hits: the one nearest its anchor', PARK, [{ location: 415, weight: 1 }, { location: 422, weight: 1 }], 'r-linxiang-2017-v04'],
    ['equal hits at equal distance: the first', PARK, [{ location: 402, weight: 1 }, { location: 422, weight: 1 }], 'r-linxiang-2017-v03'],
    ['a quoted sentence on a source page', SOURCE, [{ location: 60, weight: 1 }], 'q-shuangpai-2017-p01'],
    ['two quotes starting together: the first', SOURCE, [{ location: 95, weight: 1 }], 'q-shuangpai-2017-p02'],
    ['the sentence nearest its hit, not the table row far after it', SOURCE, [{ location: 52, weight: 1 }, { location: 430, weight: 1 }], 'q-shuangpai-2017-p01'],
  ] as const)('%s', (_, anchors, hits, id) => {
    expect(bestAnchor(anchors, hits)).toBe(id);
  });
});

describe('hitUrl', () => {
  it.each([
    ['/parks/linxiang/', 'r-linxiang-2017-v04', '/parks/linxiang/#r-linxiang-2017-v04'],
    ['/yuanqu/sources/shuangpai-2017/', 'q-shuangpai-2017-p01', '/yuanqu/sources/shuangpai-2017/#q-shuangpai-2017-p01'],
    ['/parks/linxiang/', null, '/parks/linxiang/'],
    ['/parks/linxiang/#trend-linxiang-h', 'r-a', '/parks/linxiang/#r-a'],
    ['/en/', 'id with space', '/en/#id%20with%20space'],
  ] as const)('%s + %s → %s', (url, id, expected) => expect(hitUrl(url, id)).toBe(expected));
});
