/**
 * Work done once per park must not walk a whole table of the dataset: at 2,543 parks and 101,810
 * investment rows, sitePages' pass over every investment per park took 24 s of the sitemap alone.
 * Counted on the embedded data by reading `park_id` through a proxy: a per-park pass reads it
 * parks × rows times.
 */
import { describe, expect, it } from 'vitest';
import type { Investment } from '../../../src/data/model.ts';
import { sitePages } from '../../../src/site/site-pages.ts';
import { renderParkMap } from '../../../src/map/park-map.ts';
import { data, hunan } from '../../map/fixtures.ts';

function counted(rows: readonly Investment[]): { rows: Investment[]; reads: () => number } {
  let n = 0;
  const wrapped = rows.map((r) => new Proxy(r, { get: (t, k, recv) => { if (k === 'park_id') n++; return Reflect.get(t, k, recv); } }));
  return { rows: wrapped, reads: () => n };
}

describe('per-park work reads no whole table', () => {
  it('sitePages takes each park\'s investments from the index', () => {
    const { dataset, index } = data();
    expect(dataset.parks.length).toBeGreaterThan(1);
    expect(dataset.investments.length).toBeGreaterThan(10);
    const inv = counted(dataset.investments);
    const plain = sitePages(dataset, index, 'zh-CN');
    const pages = sitePages({ ...dataset, investments: inv.rows }, index, 'zh-CN');
    expect(pages).toEqual(plain);
    expect(inv.reads()).toBe(0);
    // Once per dataset and edition: the sitemap and the card route ask for the same lists.
    expect(sitePages(dataset, index, 'zh-CN')).toBe(plain);
    expect(sitePages(dataset, index, 'en')).not.toBe(plain);
  });

  it('a park map after the first reads no investment row: totals per park are computed once per row list', () => {
    const { dataset, index } = data();
    const inv = counted(dataset.investments);
    const map = (id: string) => renderParkMap({ basemap: hunan(), park: index.park(id), parks: dataset.parks, zones: index.zonesOf(id), investments: inv.rows, base: '/' });
    const [first, ...others] = dataset.parks.map((p) => p.id);
    map(first ?? '');
    const afterFirst = inv.reads();
    expect(afterFirst).toBeLessThanOrEqual(dataset.investments.length);
    for (const id of others) map(id);
    expect(inv.reads()).toBe(afterFirst);
  });
});
