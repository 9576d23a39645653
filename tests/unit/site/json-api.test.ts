/** The JSON API holds every figure of a park, with its documented field names, under any base path. */
import { describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/data/load.ts';
import { indexDataset } from '../../../src/data/model.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import type { SiteData } from '../../../src/data/site-data.ts';
import { LIMITS } from '../../../src/lib/limits.ts';
import { indicatorJson, JSON_FIELDS, parkJson, parksJson } from '../../../src/site/json-api.ts';

const dataset = loadDatasetOrThrow(fsReader('tests/fixtures/datasets/hunan'));
const data: SiteData = { dataset, index: indexDataset(dataset), dir: 'data' };
const BASE = '/yuanqu/';
/** What a client reads: JSON, so an undefined field would be missing. */
const asServed = <T>(x: T): T => JSON.parse(JSON.stringify(x));

describe('/api/parks/<id>.json', () => {
  it.each(dataset.parks.map((p) => p.id))('%s: every indicator, investment, zone and project row, once, with its quote and source URL', (id) => {
    const park = asServed(parkJson(data, BASE, id));
    expect(Object.keys(park)).toEqual([...JSON_FIELDS.park]);
    const figures = park.indicators.flatMap((p) => [p.target, p.actual]).filter((f) => f !== null);
    for (const f of figures) expect(Object.keys(f)).toEqual([...JSON_FIELDS.figure]);
    for (const v of park.investments) expect(Object.keys(v)).toEqual([...JSON_FIELDS.investment]);
    for (const p of park.indicators) expect(Object.keys(p)).toEqual(expect.arrayContaining([...JSON_FIELDS.pair]));
    const rows = dataset.indicators.filter((r) => r.park_id === id);
    expect(figures.map((f) => f.id).sort()).toEqual(rows.map((r) => r.id).sort());
    for (const r of rows) {
      const f = figures.find((x) => x.id === r.id);
      expect(f).toMatchObject({ value: r.value, value_text: r.valueText, unit: r.unit, quote: r.quote, flag: r.flag, source_url: `${BASE}sources/${r.doc_id}/#q-${r.id}` });
    }
    // A pair is one row of the park page, the id of its actual (else of its target): a paired
    // target has no row of its own, so both of a pair's figures link to that row.
    for (const p of park.indicators) {
      const rowId = (p.actual ?? p.target)?.id;
      for (const f of [p.target, p.actual]) if (f) expect(f.row_url, f.id).toBe(`${BASE}parks/${id}/#r-${rowId}`);
    }
    const same = <T extends { id: string }>(json: { id: string; quote: string; source_url: string }[], rows: readonly (T & { quote: string; doc_id: string })[]) =>
      expect(json.map((j) => [j.id, j.quote, j.source_url])).toEqual(rows.map((r) => [r.id, r.quote, `${BASE}sources/${r.doc_id}/#q-${r.id}`]));
    same(park.investments, data.index.investmentsOf(id));
    same(park.zones, data.index.zonesOf(id));
    same(park.projects, data.index.projectsOf(id));
    expect(park.documents.map((d) => d.id)).toEqual(data.index.documentsOf(id).map((d) => d.id));
  });

  it('keeps a garbled value with its flag and note', () => {
    const garbled = dataset.indicators.find((r) => r.flag === 'garbled');
    if (!garbled) throw new Error('the dataset has a garbled row');
    const park = asServed(parkJson(data, '/', garbled.park_id));
    const f = park.indicators.flatMap((p) => [p.target, p.actual]).find((x) => x?.id === garbled.id);
    expect(f).toMatchObject({ flag: 'garbled', note: garbled.note, value: garbled.value });
  });
});

describe('/api/parks.json and /api/indicators/<id>.json', () => {
  it('lists every park with counts that add up to the totals', () => {
    const list = asServed(parksJson(data, BASE));
    expect(list.parks.map((p) => p.id)).toEqual(dataset.parks.map((p) => p.id));
    expect(list.totals).toEqual({ parks: dataset.parks.length, documents: dataset.documents.length, indicators: dataset.indicators.length, investments: dataset.investments.length, zones: dataset.zones.length, projects: dataset.projects.length });
    expect(list.parks.reduce((s, p) => s + p.indicators, 0)).toBe(dataset.indicators.length);
    expect(list.parks[0]?.json_url).toBe(`${BASE}api/parks/${dataset.parks[0]?.id}.json`);
  });

  it('an indicator holds its pairs across parks, capped like its page', () => {
    const ind = asServed(indicatorJson(data, BASE, 'industrial_output'));
    expect(Object.keys(ind)).toEqual([...JSON_FIELDS.indicator]);
    const rows = dataset.indicators.filter((r) => r.indicator === 'industrial_output');
    const ids = ind.pairs.flatMap((p) => [p.target?.id, p.actual?.id]).filter(Boolean);
    expect(ids.sort()).toEqual(rows.map((r) => r.id).sort());
    expect(ind.pairs.length).toBe(Math.min(ind.pairs_total, LIMITS.tableRows));
    expect(new Set(ind.pairs.map((p) => p.park_id)).size).toBeGreaterThan(1);
  });
});
