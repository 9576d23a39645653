/**
 * The data contract. What must hold for ANY valid dataset — provenance of every number, units,
 * nothing dropped, sources byte-for-byte, markers on their county seats — is checked on the data
 * folder the build reads (PARKS_DATA_DIR, default data/). What the curated seeds hold (the
 * documents, parks and headline figures the story cites, the garbled template) is checked on the
 * Hunan fixture, a frozen copy of them under tests/fixtures/, so that an editor's correct change
 * to data/ never turns this red.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/data/load.ts';
import { formatIssue } from '../../src/data/issues.ts';
import { fsReader } from '../../src/data/node-fs.ts';
import type { Dataset } from '../../src/data/model.ts';
import { cleanSourceText, isReadableInQuote } from '../../src/lib/provenance.ts';

const DATA = resolve(process.env.PARKS_DATA_DIR ?? 'data');
const HUNAN = resolve('tests/fixtures/datasets/hunan');
let d: Dataset;
let hunan: Dataset;

function rawRows(file: string): Record<string, string>[] {
  return Papa.parse<Record<string, string>>(readFileSync(join(DATA, file), 'utf8'), { header: true, skipEmptyLines: true }).data;
}

beforeAll(() => {
  const r = loadDataset(fsReader(DATA));
  expect(r.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
  d = r.dataset as Dataset;
  hunan = loadDataset(fsReader(HUNAN)).dataset as Dataset;
});

describe('provenance', () => {
  for (const file of ['indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv']) {
    it(`every quote in ${file} stands verbatim in its source file`, () => {
      const docs = new Map(rawRows('documents.csv').map((r) => [r.id, r.source_file]));
      const missing = rawRows(file).filter((r) => {
        const src = cleanSourceText(readFileSync(join(DATA, 'sources', docs.get(r.doc_id ?? '') ?? 'none'), 'utf8'));
        return !src.includes(r.quote ?? '\u0000');
      });
      expect(missing.map((r) => r.id)).toEqual([]);
    });
  }
  it('every value of indicators.csv and investments.csv is readable in its quote', () => {
    const bad = [
      ...rawRows('indicators.csv').flatMap((r) => [r.value, r.value_high].filter((v) => v && !isReadableInQuote(v, r.quote ?? '')).map(() => r.id)),
      ...rawRows('investments.csv').flatMap((r) => [r.amount, r.amount_high].filter((v) => v && !isReadableInQuote(v, r.quote ?? '')).map(() => r.id)),
    ];
    expect(bad).toEqual([]);
  });
  it('units come from units.csv', () => {
    const units = [...rawRows('indicators.csv'), ...rawRows('investments.csv'), ...rawRows('indicator_defs.csv')].map((r) => r.unit ?? '');
    expect(units.filter((u) => !d.units.has(u))).toEqual([]);
  });
  it('nothing is dropped: rows read equal rows loaded for every file', () => {
    for (const f of d.files) expect([f.file, f.rowsLoaded]).toEqual([f.file, f.rowsRead]);
    expect(d.indicators.length).toBe(rawRows('indicators.csv').length);
  });
});

describe('sources are kept byte-for-byte', () => {
  const sums = readFileSync(join(DATA, 'sources.sha256'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/));
  it('match the recorded checksums, one for every document\'s source file', () => {
    expect(d.documents.map((x) => x.source_file).filter((f) => !sums.some(([, name]) => name === f))).toEqual([]);
    for (const [sum, name] of sums) {
      expect(createHash('sha256').update(readFileSync(join(DATA, 'sources', name ?? ''))).digest('hex'), name).toBe(sum);
    }
  });
  const seeds = resolve('../shared/seeds');
  it('match ../shared/seeds where that folder is beside the repo (as in CI)', () => {
    const present = sums.filter(([, name]) => existsSync(join(seeds, name ?? '')));
    for (const [, name] of present) expect(readFileSync(join(seeds, name ?? '')).equals(readFileSync(join(DATA, 'sources', name ?? ''))), name).toBe(true);
  });
});

describe('the Hunan fixture (the curated seeds, frozen)', () => {
  const fig = (park: string, indicator: string, year: number, kind: string) =>
    hunan.indicators.filter((r) => r.park_id === park && r.indicator === indicator && r.year === year && r.kind === kind).map((r) => r.value);

  it('has the five documents and four parks, 临湘 with two documents', () => {
    expect(hunan.documents.map((x) => x.source_file).sort()).toEqual(readFileSync(join(HUNAN, 'sources.sha256'), 'utf8').trim().split('\n').map((l) => l.split(/\s+/)[1]).sort());
    expect(hunan.parks.map((p) => [p.id, p.identity_basis])).toEqual([
      ['linxiang', 'named'], ['shuangpai', 'named'], ['xx-health-food', 'anonymous'], ['junshan', 'inferred'],
    ]);
    expect(hunan.documents.filter((x) => x.park_id === 'linxiang').map((x) => x.year)).toEqual([2017, 2022]);
  });
  it('is complete enough: well over 100 indicator rows, over 30 investment rows', () => {
    expect(hunan.indicators.length).toBeGreaterThan(100);
    expect(hunan.investments.length).toBeGreaterThan(30);
    for (const doc of hunan.documents) expect(hunan.indicators.filter((r) => r.doc_id === doc.id).length, doc.id).toBeGreaterThanOrEqual(10);
  });
  it('holds the headline figures the story cites', () => {
    expect(fig('linxiang', 'industrial_output', 2017, 'target')).toEqual([274.14]);
    expect(fig('linxiang', 'industrial_output', 2022, 'target')).toEqual([390]);
    expect(fig('linxiang', 'tech_industry_trade_revenue', 2017, 'target')).toEqual([211.59]);
    expect(fig('linxiang', 'tech_industry_trade_revenue', 2022, 'target')).toEqual([420]);
    expect(fig('shuangpai', 'industrial_output', 2017, 'actual')).toEqual([50.6]);
    expect(fig('shuangpai', 'industrial_output', 2017, 'target')).toEqual([55]);
    expect(fig('shuangpai', 'industrial_output_growth', 2017, 'actual')).toEqual([45.2]);
    expect(fig('shuangpai', 'industrial_output_growth', 2017, 'target')).toEqual([21]);
    expect(fig('junshan', 'tech_industry_trade_revenue', 2024, 'actual')).toEqual([66.23]);
  });
  it('flags every "2023" overwrite of the re-dated template as garbled', () => {
    const rows = [...hunan.indicators.map((r) => ({ id: r.id, doc: r.doc_id, v: `${r.valueText}|${r.value_high ?? ''}`, flag: r.flag })),
      ...hunan.investments.map((r) => ({ id: r.id, doc: r.doc_id, v: `${r.amountText}|${r.amount_high ?? ''}`, flag: r.flag }))];
    const overwritten = rows.filter((r) => r.doc === 'xx-health-food' && /2023/.test(r.v));
    expect(overwritten.length).toBeGreaterThanOrEqual(6);
    expect(overwritten.filter((r) => r.flag !== 'garbled')).toEqual([]);
    expect(hunan.documents.find((x) => x.id === 'xx-health-food')).toMatchObject({ year_basis: 'inferred', year: 2014 });
  });
  it('explains every hidden or inferred identity', () => {
    for (const p of hunan.parks.filter((x) => x.identity_basis !== 'named')) expect(p.identity_note.length, p.id).toBeGreaterThan(20);
    expect(hunan.parks.find((p) => p.id === 'junshan')?.identity_note).toContain('荆江门');
    expect(hunan.parks.find((p) => p.id === 'xx-health-food')?.lat).toBeUndefined();
  });
});

describe('every park of the data folder', () => {
  it('places county-seat markers exactly on the county seat of their adcode', () => {
    // The seats of the base map the build draws: the data folder's own geo/, else data/geo/ (load-basemap.ts).
    const own = join(DATA, 'geo/county-seats.csv');
    const file = existsSync(own) ? own : resolve('data/geo/county-seats.csv');
    const seats = new Map(Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => [r.adcode, r]));
    for (const p of d.parks.filter((x) => x.location_basis === 'county_seat')) {
      const s = seats.get(p.adcode);
      expect([p.id, p.lat, p.lon]).toEqual([p.id, Number(s?.lat), Number(s?.lon)]);
    }
  });
  it('explains every hidden or inferred identity', () => {
    for (const p of d.parks.filter((x) => x.identity_basis !== 'named')) expect(p.identity_note.length, p.id).toBeGreaterThan(0);
  });
});
