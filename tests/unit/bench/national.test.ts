import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { dataCsv, generateNational, INDICATORS, num, parseCountySeats, shortCountyName } from '../../../src/bench/national.ts';
import { main as checkData } from '../../../src/cli/check-data.ts';
import { defaultOutDir, parseGenArgs, writeNational } from '../../../src/cli/gen-national.ts';
import { incrementalLine, parseBenchArgs } from '../../../src/cli/bench-build.ts';
import { ASTRO_HEAP_MB, SMALL_DATA_CSV_BYTES, SMALL_DATA_HEAP_MB, astroEnv, astroNodeFlags, buildEnv, csvBytes, fullBuildCommand } from '../../../src/node/astro.ts';
import { chartOnlyPage, lighthouseRow, medianRun, pageUpToChart, paintProbe, parsePagesArgs, removeSvg } from '../../../src/cli/bench-pages.ts';

const counties = parseCountySeats(readFileSync('data/geo/county-seats.csv', 'utf8'));
const ids = new Set(readFileSync('data/indicator_defs.csv', 'utf8').split('\n').slice(1).map((l) => l.split(',')[0] ?? ''));
const rows = (csv: string) => Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;

describe('synthetic national dataset', () => {
  const a = generateNational({ parks: 30, years: 4, seed: 1 }, counties, ids);
  it('is the same for the same seed and differs for another', () => {
    const b = generateNational({ parks: 30, years: 4, seed: 1 }, counties, ids);
    const c = generateNational({ parks: 30, years: 4, seed: 2 }, counties, ids);
    expect(b.csv).toEqual(a.csv);
    expect([...b.sources]).toEqual([...a.sources]);
    expect(c.csv['indicators.csv']).not.toBe(a.csv['indicators.csv']);
  });
  it('has one document per park and year, parks at real county seats, mostly named', () => {
    expect(a.counts.parks).toBe(30);
    expect(a.counts.documents).toBe(120);
    const parks = rows(a.csv['parks.csv']);
    const seat = new Map(counties.map((c) => [c.adcode, c]));
    for (const p of parks) {
      const c = seat.get(p.adcode ?? '');
      expect(c, p.adcode).toBeDefined();
      expect([p.lat, p.lon, p.location_basis, p.county]).toEqual([c?.lat, c?.lon, 'county_seat', c?.name]);
    }
    expect(new Set(parks.map((p) => p.id)).size).toBe(30);
    expect(parks.filter((p) => p.identity_basis === 'named').length).toBeGreaterThan(24);
  });
  it('quotes every figure verbatim from its source, with targets, actuals, part-year periods and flags', () => {
    const docs = new Map(rows(a.csv['documents.csv']).map((d) => [d.id, d]));
    const all = ['indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv'] as const;
    for (const f of all) {
      for (const r of rows(a.csv[f])) {
        const text = a.sources.get(docs.get(r.doc_id ?? '')?.source_file ?? '');
        expect(text?.includes(r.quote ?? '\u0000'), `${f} ${r.id}: ${r.quote}`).toBe(true);
      }
    }
    const inds = rows(a.csv['indicators.csv']);
    expect(new Set(inds.map((r) => r.kind))).toEqual(new Set(['target', 'actual']));
    expect(inds.some((r) => r.period !== '全年')).toBe(true);
    const generated = generateNational({ parks: 300, years: 3, seed: 1 }, counties, ids);
    const flags = new Set([...rows(generated.csv['indicators.csv']), ...rows(generated.csv['investments.csv'])].map((r) => r.flag));
    expect(flags).toEqual(new Set(['ok', 'suspect', 'garbled']));
    expect(new Set(rows(a.csv['investments.csv']).map((r) => r.unit))).toEqual(new Set(['万元', '亿元', '亩', '平方米', '万平方米']));
    for (const z of rows(a.csv['zones.csv'])) expect(Number(z.schematic_x)).toBeGreaterThan(0);
  });
  it('uses only defined indicators and rejects an unknown one', () => {
    for (const s of INDICATORS) expect(ids.has(s.id)).toBe(true);
    expect(() => generateNational({ parks: 1, years: 1, seed: 1 }, counties, new Set(['industrial_output']))).toThrow(/indicator_defs/);
  });
  it('formats cells and numbers as the text writes them', () => {
    expect(dataCsv(['a', 'b', 'c', 'd'], [{ a: 'a,b', b: 'say "x"', c: '完成，好', d: 2.5 }, { a: 'x' }])).toBe('a,b,c,d\n"a,b","say ""x""",完成，好,2.5\nx,,,\n');
    expect(num(274.1, 2)).toBe('274.1');
    expect(num(-0.001, 1)).toBe('0');
    expect(shortCountyName('临湘市')).toBe('临湘');
    expect(shortCountyName('城步苗族自治县')).toBe('城步');
    expect(shortCountyName('湘西土家族苗族自治县')).toBe('湘西');
    expect(shortCountyName('津市')).toBe('津市');
  });
});

describe('npm run gen:national', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'gen-national-test-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  it('parses its arguments', () => {
    expect(parseGenArgs(['--parks', '20', '--years=3', '--seed', '5'])).toMatchObject({ parks: 20, years: 3, seed: 5 });
    expect(parseGenArgs(['--parks', '0'])).toHaveProperty('error');
    expect(parseGenArgs(['--bogus', '1'])).toHaveProperty('error');
    expect(defaultOutDir({ parks: 2543, years: 10, seed: 1 })).toBe(join(tmpdir(), 'yuanqu-national-2543-10-1'));
  });
  it('writes a folder that passes npm run check-data (20 parks × 3 years), the same bytes twice', async () => {
    const out = join(tmp, 'n20');
    writeNational({ parks: 20, years: 3, seed: 1, out, dataDir: 'data' });
    for (const f of ['parks.csv', 'documents.csv', 'indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv', 'indicator_defs.csv', 'sources.sha256', 'geo/county-seats.csv', 'geo/counties.topo.json']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(readdirSync(join(out, 'sources'))).toHaveLength(60);
    const lines: string[] = [];
    const code = await checkData(['--data-dir', out], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
    expect(lines.filter((l) => l.startsWith('error')), lines.join('\n')).toEqual([]);
    expect(code).toBe(0);
    expect(lines).toContain('data OK');
    for (const line of readFileSync(join(out, 'sources.sha256'), 'utf8').trim().split('\n')) {
      const [sum, file] = line.split('  ');
      expect(createHash('sha256').update(readFileSync(join(out, 'sources', file ?? ''))).digest('hex')).toBe(sum);
    }
    const first = readFileSync(join(out, 'indicators.csv'));
    writeNational({ parks: 20, years: 3, seed: 1, out, dataDir: 'data' });
    expect(readFileSync(join(out, 'indicators.csv')).equals(first)).toBe(true);
  }, 60_000); // check-data reads the national base map to check where the parks are
  it('does not overwrite a folder it did not write', () => {
    const other = join(tmp, 'other');
    mkdirSync(other);
    writeFileSync(join(other, 'keep.txt'), 'x');
    expect(() => writeNational({ parks: 1, years: 1, seed: 1, out: other, dataDir: 'data' })).toThrow(/not empty/);
    expect(readFileSync(join(other, 'keep.txt'), 'utf8')).toBe('x');
  });
});

describe('benchmark command lines', () => {
  it('bench:build arguments and the build environment', () => {
    expect(parseBenchArgs([])).toMatchObject({ parks: [5, 250, 2543], timeoutS: 900, pagefind: true, floor: false });
    expect(parseBenchArgs(['--floor'])).toMatchObject({ floor: true, incremental: false });
    expect(parseBenchArgs(['--incremental', '--parks', '250'])).toMatchObject({ incremental: true, parks: [250] });
    expect(parseBenchArgs(['--floor-pages', '81439'])).toMatchObject({ floor: true, floorPages: 81439 });
    expect(parseBenchArgs(['--floor-pages', '0'])).toHaveProperty('error');
    expect(parseBenchArgs(['--parks', '5,250', '--timeout', '60', '--profile', '250', '--no-pagefind'])).toMatchObject({ parks: [5, 250], timeoutS: 60, profile: [250], pagefind: false });
    expect(parseBenchArgs(['--parks', 'x'])).toHaveProperty('error');
    const env = buildEnv({ PATH: '/bin', BASE_URL: '/', MODE: 'test', DEV: '1', PROD: '', SSR: '1', VITEST: 'true', VITEST_POOL_ID: '1' }, '/d');
    expect(env).toEqual({ PATH: '/bin', PARKS_DATA_DIR: '/d', ASTRO_TELEMETRY_DISABLED: '1' });
    expect(astroEnv({ PATH: '/bin', MODE: 'test', VITEST: 'true' })).toEqual({ PATH: '/bin', ASTRO_TELEMETRY_DISABLED: '1' });
    // The heap limit goes on the command line, unless the caller set one of its own.
    expect(astroNodeFlags({})).toEqual([`--max-old-space-size=${ASTRO_HEAP_MB}`]);
    expect(astroNodeFlags({ NODE_OPTIONS: '--max-old-space-size=4096' })).toEqual([]);
    expect(astroNodeFlags({ NODE_OPTIONS: '--max_old_space_size=4096' })).toEqual([]);
    // A small data folder builds under the smaller limit; one past the threshold under the larger.
    expect(astroNodeFlags({}, SMALL_DATA_CSV_BYTES)).toEqual([`--max-old-space-size=${SMALL_DATA_HEAP_MB}`]);
    expect(astroNodeFlags({}, SMALL_DATA_CSV_BYTES + 1)).toEqual([`--max-old-space-size=${ASTRO_HEAP_MB}`]);
    expect(SMALL_DATA_HEAP_MB).toBeLessThan(ASTRO_HEAP_MB);
  });
  it('the Hunan fixture data folder counts as small; a missing folder does not', () => {
    const embedded = csvBytes('tests/fixtures/datasets/hunan');
    expect(embedded).toBeGreaterThan(10_000);
    expect(embedded).toBeLessThanOrEqual(SMALL_DATA_CSV_BYTES);
    expect(csvBytes('/nonexistent-yuanqu-data')).toBe(Number.POSITIVE_INFINITY);
  });
  it('bench:pages arguments, Lighthouse numbers and the baseline page', () => {
    expect(parsePagesArgs(['--runs', '12', '--presets', 'mobile'])).toMatchObject({ runs: 12, presets: ['mobile'] });
    expect(parsePagesArgs(['--paint', '--no-lighthouse'])).toMatchObject({ paint: true, lighthouse: false });
    expect(parsePagesArgs([])).toMatchObject({ paint: false, floor: false });
    expect(parsePagesArgs(['--floor', '--gzip'])).toMatchObject({ floor: true, gzip: true });
    expect(parsePagesArgs(['--presets', 'tablet'])).toHaveProperty('error');
    const lhr = {
      categories: {
        performance: { score: 0.99, auditRefs: [] },
        accessibility: { score: 0.9, auditRefs: [{ id: 'color-contrast', weight: 7 }, { id: 'image-alt', weight: 10 }] },
        'best-practices': { score: 1, auditRefs: [] },
        seo: { score: 1, auditRefs: [] },
      },
      audits: {
        'color-contrast': { score: 0 }, 'image-alt': { score: null },
        'largest-contentful-paint': { score: 1, numericValue: 812 }, 'first-contentful-paint': { score: 1, numericValue: 700 },
        'cumulative-layout-shift': { score: 1, numericValue: 0 }, 'total-blocking-time': { score: 1, numericValue: 12 },
        'total-byte-weight': { score: 1, numericValue: 51200 },
        'resource-summary': { score: null, details: { items: [{ resourceType: 'total', transferSize: 51200, requestCount: 6 }, { resourceType: 'script', transferSize: 10240, requestCount: 2 }] } },
      },
    };
    const r = lighthouseRow('map/', 'mobile', lhr);
    expect(r).toMatchObject({ performance: 99, accessibility: 90, lcpMs: 812, cls: 0, tbtMs: 12, totalKB: 50, jsKB: 10, requests: 6, failing: ['accessibility: color-contrast'] });
    const lcp = { score: 0, details: { items: [{ items: [{ node: { type: 'node', selector: 'main > h1', snippet: '<h1>' } }] }] } };
    expect(lighthouseRow('/', 'mobile', { ...lhr, audits: { ...lhr.audits, 'largest-contentful-paint-element': lcp } }).lcpElement).toBe('main > h1 — <h1>');
    expect(medianRun([{ ...r, performance: 90 }, { ...r, performance: 99 }, { ...r, performance: 95 }]).performance).toBe(95);
    const html = '<div class="chart-svg"><svg class="chart-plot" id="promise-a-svg"><g><text>1</text></g></svg></div><p>x</p>';
    expect(removeSvg(html, 'promise-a-svg')).toBe('<div class="chart-svg"></div><p>x</p>');
    expect(() => new Function(paintProbe('promise-a-svg'))).not.toThrow();
  });
  it('makes the chart-only control page from the SVG of a chart, and nothing else of the page', () => {
    const page = '<html><head><style>body{font:serif}</style></head><body><nav>站点</nav><chart-figure id="promise-a"><div class="chart-svg"><svg id="promise-a-svg"><text>图</text></svg></div></chart-figure>'
      + '<table><tr><td>1</td></tr></table></body></html>';
    const control = chartOnlyPage(page, 'promise-a') ?? '';
    expect(control).toContain('<body><svg id="promise-a-svg"><text>图</text></svg></body>');
    expect(control).not.toMatch(/站点|<table|font:serif/);
    expect(control).toContain('name="viewport"');
    expect(chartOnlyPage(removeSvg(page, 'promise-a-svg'), 'promise-a')).toBeNull();
  });
  it('cuts the page right after the figure of its chart, keeping the head and header above it', () => {
    const page = '<html><head><style>body{font:serif}</style></head><body><header><nav>站点</nav></header><main><h1>园区</h1><chart-figure id="promise-a"><h3>承诺</h3><div class="chart-svg"><svg id="promise-a-svg"><text>图</text></svg></div><p>要点</p></chart-figure>'
      + '<table><tr><td>1</td></tr></table><script>late()</script></main></body></html>';
    const cut = pageUpToChart(page, 'promise-a') ?? '';
    expect(cut).toContain('<style>body{font:serif}</style>');
    expect(cut).toContain('<nav>站点</nav>');
    expect(cut.endsWith('<p>要点</p></chart-figure></main></body></html>')).toBe(true);
    expect(cut).not.toMatch(/<table|late\(\)/);
    expect(pageUpToChart(removeSvg(page, 'promise-a-svg'), 'promise-a')).toBeNull();
  });
});

describe('a full build on demand', () => {
  it('`build --force` and FULL_BUILD=1 both give Astro --force and the index FULL_BUILD=1; other commands pass as they are', () => {
    expect(fullBuildCommand(['build', '--force'], {})).toEqual({ args: ['build', '--force'], env: { FULL_BUILD: '1' } });
    expect(fullBuildCommand(['build'], { FULL_BUILD: '1' })).toEqual({ args: ['build', '--force'], env: { FULL_BUILD: '1' } });
    expect(fullBuildCommand(['build'], {})).toEqual({ args: ['build'], env: {} });
    expect(fullBuildCommand(['dev'], { FULL_BUILD: '1' })).toEqual({ args: ['dev'], env: { FULL_BUILD: '1' } });
  });
});

describe('bench:build --incremental', () => {
  it("ends with the issue's line", () => {
    expect(incrementalLine({ full: 531.3, 'one report': 41.2, locale: 540 })).toBe('incremental: full 531.3 s, one report 41.2 s, locale 540 s');
  });
});
