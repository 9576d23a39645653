import { describe, expect, it } from 'vitest';
import { alignToClock, buildTimeline, parseRouteLine, routeGroup } from '../../../src/bench/build-log.ts';
import { attributeToProject, chunkModule, inclusiveProjectTime, locateInSources, shortUrl, summariseProfiles, type CpuProfile } from '../../../src/bench/cpuprofile.ts';
import { createRng } from '../../../src/bench/prng.ts';
import { parseStatPpid, parseStatus, parseTimeCpu, parseTimeMaxRss } from '../../../src/bench/proc.ts';
import { growth, leastSquares, median } from '../../../src/bench/stats.ts';
import { displayWidth, formatTable } from '../../../src/bench/table.ts';

describe('seeded random numbers', () => {
  it('repeat for the same seed and differ for another', () => {
    const a = createRng(1);
    const b = createRng(1);
    const c = createRng(2);
    const xs = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(xs);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(xs);
  });
  it('stay in range; samples are distinct; forks do not depend on draws since', () => {
    const r = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const n = r.int(3, 5);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(n).toBeLessThanOrEqual(5);
    }
    const s = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(s).size).toBe(4);
    const x = createRng(9);
    const y = createRng(9);
    y.next();
    expect(x.fork(3).next()).toBe(y.fork(3).next());
  });
});

describe('statistics', () => {
  it('median', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
  it('least squares recovers a line exactly', () => {
    const f = leastSquares([{ x: 0, y: 2 }, { x: 10, y: 7 }, { x: 20, y: 12 }]);
    expect(f?.slope).toBeCloseTo(0.5);
    expect(f?.intercept).toBeCloseTo(2);
    expect(f?.r2).toBeCloseTo(1);
    expect(leastSquares([{ x: 1, y: 1 }])).toBeNull();
  });
  it.each([
    ['near-linear', [{ pages: 400, seconds: 10 }, { pages: 4000, seconds: 100 }, { pages: 40000, seconds: 1000 }]],
    ['super-linear', [{ pages: 400, seconds: 10 }, { pages: 4000, seconds: 100 }, { pages: 40000, seconds: 3000 }]],
    ['not enough points', [{ pages: 400, seconds: 10 }, { pages: 4000, seconds: 100 }]],
  ] as const)('growth is %s', (verdict, samples) => {
    expect(growth(samples).verdict).toBe(verdict);
  });
  it('marginal and average per-page costs', () => {
    const g = growth([{ pages: 100, seconds: 12 }, { pages: 1100, seconds: 22 }, { pages: 2100, seconds: 52 }]);
    expect(g.marginal.map((m) => m.perPage)).toEqual([0.01, 0.03]);
    expect(g.marginalRatio).toBeCloseTo(3);
  });
});

describe('tables', () => {
  it('align CJK text by display width and numbers to the right', () => {
    expect(displayWidth('园区a')).toBe(5);
    const t = formatTable(['name', 'n'], [['园区', 1], ['ab', 123]]).split('\n');
    expect(t).toEqual(['| name |   n |', '|------|----:|', '| 园区 |   1 |', '| ab   | 123 |']);
  });
});

describe("Astro's build output", () => {
  it('reads route lines with ms, s and colour codes', () => {
    expect(parseRouteLine('00:34:41   ├─ /parks/linxiang/index.html (+43ms) ')).toEqual({ path: '/parks/linxiang/index.html', ms: 43 });
    expect(parseRouteLine('  └─ /og/index.png (+1.5s)')).toEqual({ path: '/og/index.png', ms: 1500 });
    expect(parseRouteLine('\u001b[2m  ├─\u001b[22m /a/index.html \u001b[2m(+7ms)\u001b[22m')).toEqual({ path: '/a/index.html', ms: 7 });
    expect(parseRouteLine('[build] ✓ Completed in 4.65s.')).toBeNull();
  });
  it.each([
    ['/parks/linxiang/index.html', '/parks/*/'],
    ['/en/parks/linxiang/index.html', '/en/parks/*/'],
    ['/en/compare/index.html', '/en/compare/'],
    ['/en/index.html', '/en/'],
    ['/en/downloads/a.png/', '/en/downloads/*.png'],
    ['/downloads/trend-a.png/', '/downloads/*.png'],
    ['/og/parks__a.png', '/og/*.png'],
    ['/embed/chart/x/index.html', '/embed/chart/*/'],
    ['/index.html', '/'],
    ['/404.html', '/404.html'],
    ['/compare/index.html', '/compare/'],
  ])('groups %s as %s', (path, group) => expect(routeGroup(path)).toBe(group));
  it('sums own time, wall time and pauses per route group', () => {
    const t = buildTimeline([
      { t: 100, line: ' generating static routes ' },
      { t: 1000, line: '  ├─ /parks/a/index.html (+100ms)' },
      { t: 1150, line: '  ├─ /parks/b/index.html (+100ms)' },
      { t: 3150, line: '  ├─ /og/a.png (+50ms)' },
    ], 3200);
    expect(t.routesStartMs).toBe(100);
    expect(t.beforePagesMs).toBe(900);
    expect(t.groups[0]).toMatchObject({ group: '/og/*.png', pages: 1, ownMs: 50, wallMs: 2000, gapMs: 1950 });
    expect(t.groups[1]).toMatchObject({ group: '/parks/*/', pages: 2, ownMs: 200, wallMs: 250, gapMs: 50, maxPath: '/parks/a/index.html' });
    expect(t.pauses[0]).toEqual({ prevPath: '/parks/b/index.html', nextPath: '/og/a.png', ms: 2000 });
    expect(t.afterPagesMs).toBe(50);
  });

  it("keeps late-read lines within the second of Astro's own clock", () => {
    const start = new Date(2026, 0, 1, 10, 0, 0, 0).getTime();
    const lines = alignToClock([
      { t: 100, line: 'no clock' },
      { t: 9000, line: '10:00:02   ├─ /a/index.html (+5ms)' },
      { t: 9000, line: '10:00:06   ├─ /b/index.html (+5ms)' },
      { t: 6500, line: '10:00:06 fine' },
    ], start);
    expect(lines.map((l) => l.t)).toEqual([100, 2999, 6999, 6999]);
  });
});

describe('CPU profiles', () => {
  const profile: CpuProfile = {
    startTime: 0, endTime: 4000,
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 3] },
      { id: 2, callFrame: { functionName: 'svgToPng', url: 'file:///r/.astro/.prerender/chunks/card-render_CBAXdGYK.mjs', lineNumber: 42, columnNumber: 0 } },
      { id: 3, callFrame: { functionName: 'ring', url: 'file:///r/node_modules/topojson-client/dist/topojson-client.js', lineNumber: 112, columnNumber: 0 } },
    ],
    samples: [2, 2, 3, 2],
    timeDeltas: [0, 1000, 1000, 1000],
  };
  it('sums self time per function and file', () => {
    const s = summariseProfiles([profile], '/r');
    expect(s.totalMs).toBe(3);
    expect(s.functions[0]).toMatchObject({ name: 'svgToPng .astro/.prerender/chunks/card-render_CBAXdGYK.mjs:43', ms: 2 });
    expect(s.files.map((f) => f.file)).toEqual(['.astro/.prerender/chunks/card-render_CBAXdGYK.mjs', 'node_modules/topojson-client/dist/topojson-client.js']);
    expect(shortUrl('file:///x/y/node_modules/a/b.js')).toBe('node_modules/a/b.js');
  });
  it('charges library time to the project function that called it', () => {
    const p: CpuProfile = {
      startTime: 0, endTime: 5000,
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 5] },
        { id: 2, callFrame: { functionName: 'renderParkMap', url: 'file:///r/.astro/.prerender/chunks/park-map_AbCdEf12.mjs', lineNumber: 9, columnNumber: 0 }, children: [3] },
        { id: 3, callFrame: { functionName: 'feature', url: 'file:///r/node_modules/topojson-client/dist/topojson-client.js', lineNumber: 150, columnNumber: 0 }, children: [4] },
        { id: 4, callFrame: { functionName: 'ring', url: 'file:///r/node_modules/topojson-client/dist/topojson-client.js', lineNumber: 112, columnNumber: 0 } },
        { id: 5, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1, columnNumber: -1 } },
      ],
      samples: [4, 4, 3, 5, 2],
      timeDeltas: [0, 1000, 1000, 1000, 1000],
    };
    const a = attributeToProject([p], '/r');
    expect(a.map((x) => [x.name, x.ms])).toEqual([['renderParkMap .astro/.prerender/chunks/park-map_AbCdEf12.mjs:10', 3], ['(garbage collector)', 1]]);
  });
  it('counts a sample once for each distinct project function on its stack', () => {
    const chunk = 'file:///r/.astro/.prerender/chunks/pages_AbCdEf12.mjs';
    const p: CpuProfile = {
      startTime: 0, endTime: 5000,
      nodes: [
        { id: 1, callFrame: { functionName: '(root)', url: '', lineNumber: -1, columnNumber: -1 }, children: [2, 6] },
        { id: 2, callFrame: { functionName: 'getStaticPaths', url: chunk, lineNumber: 4, columnNumber: 0 }, children: [3] },
        { id: 3, callFrame: { functionName: 'cached', url: chunk, lineNumber: 19, columnNumber: 0 }, children: [4] },
        // recursion: the same project function twice on one stack counts once
        { id: 4, callFrame: { functionName: 'cached', url: chunk, lineNumber: 19, columnNumber: 0 }, children: [5] },
        { id: 5, callFrame: { functionName: 'plot', url: 'file:///r/node_modules/@observablehq/plot/src/plot.js', lineNumber: 21, columnNumber: 0 } },
        { id: 6, callFrame: { functionName: '(garbage collector)', url: '', lineNumber: -1, columnNumber: -1 } },
      ],
      samples: [5, 5, 3, 6, 6],
      timeDeltas: [0, 1000, 1000, 1000, 1000],
    };
    const t = inclusiveProjectTime([p], '/r');
    // equal times: their order is not part of the contract
    expect(t.map((x) => [x.name, x.ms, x.line]).sort()).toEqual([
      ['cached .astro/.prerender/chunks/pages_AbCdEf12.mjs:20', 3, 20],
      ['getStaticPaths .astro/.prerender/chunks/pages_AbCdEf12.mjs:5', 3, 5],
    ]);
    expect(t[0]?.share).toBeCloseTo(3 / 4);
  });
  it('finds where a chunk function is defined in the sources', () => {
    expect(chunkModule('.astro/.prerender/chunks/card-render_CBAXdGYK.mjs')).toBe('card-render');
    expect(chunkModule('.astro/.prerender/prerender-entry.BQHhCp9-.mjs')).toBe('prerender-entry');
    const sources = new Map([
      ['src/lib/other.ts', 'const a = 1;\n'],
      ['src/lib/card-render.ts', 'import x from "y";\n\nexport function svgToPng(svg: string) {\n}\n'],
      ['src/components/IndicatorPage.astro', '---\n---\n'],
    ]);
    expect(locateInSources('svgToPng', '.astro/.prerender/chunks/card-render_CBAXdGYK.mjs', sources)).toEqual({ file: 'src/lib/card-render.ts', line: 3 });
    expect(locateInSources('(anonymous)', '.astro/.prerender/chunks/IndicatorPage_BoXFynWl.mjs', sources)).toEqual({ file: 'src/components/IndicatorPage.astro', line: 0 });
  });
});

describe('/proc and GNU time', () => {
  it('reads memory, parent pid, max RSS and CPU time', () => {
    expect(parseStatus('Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n')).toEqual({ rssKb: 102400, hwmKb: 204800 });
    expect(parseStatPpid('123 (node (worker) x) S 45 123 123 0 -1')).toBe(45);
    const time = ['\tUser time (seconds): 10.5', '\tSystem time (seconds): 1.25', '\tMaximum resident set size (kbytes): 900000'];
    expect(parseTimeMaxRss(time)).toBe(900000);
    expect(parseTimeCpu(time)).toBeCloseTo(11.75);
    expect(parseTimeCpu(['nothing'])).toBeNull();
  });
});
