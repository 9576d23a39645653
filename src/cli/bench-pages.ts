/**
 * `npm run bench:pages -- [--dist dist] [--runs 10] [--lh-runs 1] [--json PATH] [--park ID]
 *   [--pages "",parks/linxiang/,…] [--presets mobile,desktop] [--gzip] [--no-lighthouse] [--no-chart] [--paint] [--floor]`
 *
 * What a reader gets from the built dist/ (run `npm run build` first), served by the site's own
 * static server:
 *
 * 1. Lighthouse (mobile and desktop presets) on the home, a park, an indicator, the map and a
 *    source page: the four category scores, LCP, CLS, TBT, total and JavaScript bytes, and which
 *    audits fail outside performance. With --floor, the same Lighthouse runs on each page's floor:
 *    a heading and a sentence padded to the page's size as sent (src/bench/floor.ts), i.e. what
 *    the bytes alone cost on Lighthouse's simulated network, below which no page of that size can go.
 * 2. Time to the first painted chart: our park page (promise tracker rendered to SVG at build
 *    time) against the same page with that chart drawn in the browser by Observable Plot from an
 *    esbuild bundle on DOMContentLoaded — the baseline — and a control: the chart's SVG on an
 *    otherwise empty page, which no page with that chart can beat, so baseline ÷ control is
 *    the largest ratio reachable on this machine; and a second control, our page cut right after
 *    that chart's figure (same head, stylesheet, header and lead), which tells what the rest of the
 *    page costs before the chart and what a page that opens like ours can reach. The four are served by one server and loaded
 *    in rotation, each time in a fresh browser context, in one Chromium. The park is
 *    --park, else linxiang when its page has a promise tracker, else the first park that has one.
 *
 *    How "painted" is measured (element timing does not cover SVG, and LCP may be a paragraph):
 *    an init script, installed before any of the page's own code, watches the DOM with a
 *    MutationObserver. When the chart's <svg> (by id) is in the document it schedules a
 *    requestAnimationFrame; the rendering update (style, layout, paint) of that frame runs right
 *    after rAF callbacks, so a MessageChannel message posted from inside the rAF is delivered
 *    just after the frame that contains the chart. Its performance.now() (ms since navigation
 *    start) is the time to first chart paint. The same script measures all four, so any
 *    constant error cancels in the ratio. Conditions: "desktop" (1280 px, no throttling) and
 *    "mobile" (390 px, 4× CPU slowdown and Lighthouse's Slow 4G: 150 ms RTT, 1.6 Mbps, via CDP).
 *
 * The site's own server sends files uncompressed; --gzip serves text gzipped, as most static
 * hosts do, to tell what the pages weigh from what the server does.
 */
import type { Server } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { svgId } from '../charts/figure.ts';
import { promisePoints, type PromisePoint } from '../charts/promise-tracker.ts';
import { CHART_WIDTH } from '../lib/label-text.ts';
import { loadDatasetOrThrow } from '../data/load.ts';
import { indexDataset } from '../data/model.ts';
import { dataDir, fsReader } from '../data/node-fs.ts';
import { CHROMIUM_FLAGS, findChromium, launchChromium } from '../node/chromium.ts';
import { parkPromises } from '../derived/park-promises.ts';
import { routes, withBase } from '../lib/paths.ts';
import { startStaticServer } from '../node/static-server.ts';
import { median } from '../bench/stats.ts';
import { formatTable, round } from '../bench/table.ts';
import { parseFlags, settle, wholeNumber, type Parsed } from '../node/cli-args.ts';
import { floorPage } from '../bench/floor.ts';

const USAGE = 'usage: npm run bench:pages -- [--dist dist] [--runs 10] [--lh-runs 1] [--json PATH] [--park ID] [--pages "",parks/linxiang/,…] [--presets mobile,desktop] [--gzip] [--no-lighthouse] [--no-chart] [--paint] [--floor]';

export const DEFAULT_PAGES = ['', 'parks/linxiang/', 'indicators/industrial_output/', 'map/', 'sources/junshan-2024/'];

export interface PagesArgs {
  dist: string;
  runs: number;
  lhRuns: number;
  json: string;
  park: string;
  pages: string[];
  presets: ('mobile' | 'desktop')[];
  lighthouse: boolean;
  chart: boolean;
  /** Serve text with gzip, as most static hosts do (the project's own server does not compress). */
  gzip: boolean;
  /** Also time FCP and LCP of each page in a real Chromium under the mobile condition (pagePaint). */
  paint: boolean;
  /** Also run Lighthouse on each page's floor: a near-empty page of the same size as sent. */
  floor: boolean;
}

export function parsePagesArgs(argv: readonly string[]): Parsed<PagesArgs> {
  const spec = {
    dist: 'string', runs: 'string', 'lh-runs': 'string', json: 'string', park: 'string', pages: 'string', presets: 'string',
    gzip: 'boolean', 'no-lighthouse': 'boolean', 'no-chart': 'boolean', paint: 'boolean', floor: 'boolean',
  } as const;
  return parseFlags(argv, spec, (v) => {
    const a: PagesArgs = {
      dist: v.dist ?? 'dist', runs: 10, lhRuns: 1, json: v.json ?? join(tmpdir(), 'yuanqu-bench-pages.json'), park: v.park ?? '',
      pages: v.pages === undefined ? DEFAULT_PAGES : v.pages.split(',').map((p) => p.trim().replace(/^\/+/, '')),
      presets: ['mobile', 'desktop'], lighthouse: !v['no-lighthouse'], chart: !v['no-chart'], gzip: v.gzip ?? false, paint: v.paint ?? false,
      floor: v.floor ?? false,
    };
    if (v.runs !== undefined) {
      const n = wholeNumber(v.runs, 1);
      if (n === null) return { error: `--runs must be a whole number ≥ 1, not ${v.runs}` };
      a.runs = n;
    }
    if (v['lh-runs'] !== undefined) {
      const n = wholeNumber(v['lh-runs'], 1);
      if (n === null) return { error: `--lh-runs must be a whole number ≥ 1, not ${v['lh-runs']}` };
      a.lhRuns = n;
    }
    if (v.presets !== undefined) {
      const ps = v.presets.split(',').map((p) => p.trim());
      if (!ps.every((p) => p === 'mobile' || p === 'desktop')) return { error: `--presets takes mobile and/or desktop, not ${v.presets}` };
      a.presets = ps as PagesArgs['presets'];
    }
    return a;
  });
}

// ───────────────────────────── serving ─────────────────────────────

/** The site's static server, with gzip for text when asked (what a typical static host sends). */
function serve(root: string, base: string, port: number, gzip: boolean): Promise<Server> {
  return startStaticServer(root, base, port, '127.0.0.1', { gzip });
}

// ───────────────────────────── Lighthouse ─────────────────────────────

export interface LighthouseRow {
  page: string;
  preset: 'mobile' | 'desktop';
  status: 'ok' | 'missing' | 'failed';
  error?: string;
  performance?: number;
  accessibility?: number;
  bestPractices?: number;
  seo?: number;
  lcpMs?: number;
  fcpMs?: number;
  cls?: number;
  tbtMs?: number;
  totalKB?: number;
  jsKB?: number;
  requests?: number;
  /** Audits scoring below 1 outside performance: "category: id". */
  failing?: string[];
  /** The LCP element and the elements that shifted (CSS selector and a snippet). */
  lcpElement?: string;
  /** LCP subparts in ms (time to first byte, resource load delay and duration, element render delay). */
  lcpBreakdown?: Record<string, number>;
  shifted?: string[];
}

interface LhAudit { score: number | null; numericValue?: number; title?: string; details?: { items?: { resourceType?: string; transferSize?: number; requestCount?: number; [key: string]: unknown }[] } }

/** Every DOM node an audit's details name, as "selector — snippet". */
export function lcpSubparts(details: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.subpart === 'string' && typeof o.duration === 'number') out[o.subpart] = Math.round(o.duration);
      else Object.values(o).forEach(walk);
    }
  };
  walk(details);
  return out;
}

export function auditNodes(details: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (o.type === 'node' && (typeof o.selector === 'string' || typeof o.snippet === 'string')) {
        out.push(`${String(o.selector ?? '')} — ${String(o.snippet ?? '').slice(0, 120)}`);
      } else Object.values(o).forEach(walk);
    }
  };
  walk(details);
  return [...new Set(out)];
}
interface LhCategory { score: number | null; auditRefs: { id: string; weight: number }[] }
interface LhResult { categories: Record<string, LhCategory>; audits: Record<string, LhAudit>; runtimeError?: { message: string } }

/** The numbers the report needs from a Lighthouse result. */
export function lighthouseRow(page: string, preset: LighthouseRow['preset'], lhr: LhResult): LighthouseRow {
  const score = (c: string) => (lhr.categories[c]?.score === null || lhr.categories[c] === undefined ? undefined : Math.round((lhr.categories[c]?.score ?? 0) * 100));
  const num = (id: string) => lhr.audits[id]?.numericValue;
  const items = lhr.audits['resource-summary']?.details?.items ?? [];
  const byType = (t: string) => items.find((i) => i.resourceType === t);
  const failing: string[] = [];
  for (const c of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of lhr.categories[c]?.auditRefs ?? []) {
      const s = lhr.audits[ref.id]?.score;
      if (s !== null && s !== undefined && s < 1) failing.push(`${c}: ${ref.id}`);
    }
  }
  const kb = (b: number | undefined) => (b === undefined ? undefined : round(b / 1024, 1));
  return {
    page, preset, status: 'ok',
    performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo'),
    lcpMs: num('largest-contentful-paint'), fcpMs: num('first-contentful-paint'), cls: num('cumulative-layout-shift'), tbtMs: num('total-blocking-time'),
    totalKB: kb(num('total-byte-weight')), jsKB: kb(byType('script')?.transferSize), requests: byType('total')?.requestCount, failing,
    lcpElement: auditNodes(lhr.audits['largest-contentful-paint-element']?.details)[0] ?? auditNodes(lhr.audits['lcp-breakdown-insight']?.details)[0],
    lcpBreakdown: lcpSubparts(lhr.audits['lcp-breakdown-insight']?.details),
    shifted: auditNodes(lhr.audits['layout-shifts']?.details),
  };
}

/** Lighthouse on a floor page: the page it stands for, the bytes it weighs as sent, and the result. */
export interface FloorRow { page: string; preset: LighthouseRow['preset']; kb: number; lcpMs?: number; fcpMs?: number; performance?: number }

/** What each of `pages` weighs as sent: its index.html, gzipped when the server compresses. */
export function sentBytes(dist: string, page: string, gzip: boolean): number {
  const html = readFileSync(join(dist, page, 'index.html'));
  return gzip ? gzipSync(html).length : html.length;
}

/** Lighthouse on each page's floor (src/bench/floor.ts), served the same way as the site. */
async function lighthouseFloor(a: PagesArgs, dist: string, base: string): Promise<FloorRow[]> {
  const root = mkdtempSync(join(tmpdir(), 'yuanqu-page-floor-'));
  const pages = a.pages.filter((p) => existsSync(join(dist, p, 'index.html')));
  const sizes = new Map(pages.map((p) => [p, sentBytes(dist, p, a.gzip)]));
  for (const p of pages) {
    mkdirSync(join(root, p), { recursive: true });
    writeFileSync(join(root, p, 'index.html'), floorPage(sizes.get(p) ?? 0, a.gzip));
  }
  const port = 4900 + Math.floor(Math.random() * 200);
  const server = await serve(root, base, port, a.gzip);
  try {
    const rows = await runLighthouse(`http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, { ...a, pages }, root);
    return rows.map((r) => ({ page: r.page, preset: r.preset, kb: round((sizes.get(r.page) ?? 0) / 1024, 1), lcpMs: r.lcpMs, fcpMs: r.fcpMs, performance: r.performance }));
  } finally {
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(root, { recursive: true, force: true });
  }
}

/** The median run by performance score (ties: lower LCP). */
export function medianRun(rows: readonly LighthouseRow[]): LighthouseRow {
  const ok = rows.filter((r) => r.status === 'ok');
  if (ok.length === 0) return rows[0] as LighthouseRow;
  const sorted = [...ok].sort((x, y) => (x.performance ?? 0) - (y.performance ?? 0) || (y.lcpMs ?? 0) - (x.lcpMs ?? 0));
  return sorted[Math.floor((sorted.length - 1) / 2)] as LighthouseRow;
}

async function runLighthouse(origin: string, a: PagesArgs, dist: string): Promise<LighthouseRow[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROME_PATH)');
  const { default: lighthouse, desktopConfig } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const out: LighthouseRow[] = [];
  for (const page of a.pages) {
    for (const preset of a.presets) {
      if (!existsSync(join(dist, page, 'index.html'))) {
        out.push({ page, preset, status: 'missing', error: `${join(dist, page, 'index.html')} does not exist` });
        continue;
      }
      const runs: LighthouseRow[] = [];
      for (let i = 0; i < a.lhRuns; i++) {
        // A fresh Chromium per run: no cache, no state carried from the page before.
        const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
        try {
          const res = await lighthouse(`${origin}/${page}`, {
            port: chrome.port, output: 'json', logLevel: 'error',
            onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
          }, preset === 'desktop' ? desktopConfig : undefined);
          const lhr = res?.lhr as unknown as LhResult | undefined;
          if (!lhr) runs.push({ page, preset, status: 'failed', error: 'Lighthouse returned no result' });
          else if (lhr.runtimeError) runs.push({ page, preset, status: 'failed', error: lhr.runtimeError.message });
          else runs.push(lighthouseRow(page, preset, lhr));
        } catch (e) {
          runs.push({ page, preset, status: 'failed', error: e instanceof Error ? e.message : String(e) });
        } finally {
          chrome.kill();
        }
      }
      const row = medianRun(runs);
      out.push(row);
      console.log(`  ${page || '(home)'} ${preset}: ${row.status === 'ok' ? `perf ${row.performance} a11y ${row.accessibility} bp ${row.bestPractices} seo ${row.seo} LCP ${round((row.lcpMs ?? 0) / 1000, 2)} s` : `${row.status}: ${row.error}`}`);
    }
  }
  return out;
}

// ───────────────────────────── first chart paint ─────────────────────────────

/** The init script both pages run: time (ms since navigation start) when the chart with `id` was first painted. */
export function paintProbe(id: string): string {
  return `(() => {
  const t = { found: null, painted: null };
  Object.defineProperty(window, '__firstChart', { value: t });
  const check = () => {
    if (t.found !== null) return true;
    if (!document.getElementById(${JSON.stringify(id)})) return false;
    t.found = performance.now();
    requestAnimationFrame(() => {
      const mc = new MessageChannel();
      mc.port1.onmessage = () => { t.painted = performance.now(); };
      mc.port2.postMessage(null);
    });
    return true;
  };
  if (!check()) {
    const mo = new MutationObserver(() => { if (check()) mo.disconnect(); });
    mo.observe(document, { childList: true, subtree: true });
  }
})();`;
}

/** Where the <svg id="…"> … </svg> of a chart starts and ends in a page's HTML, or null. */
function svgRange(html: string, id: string): [number, number] | null {
  const at = html.indexOf(`id="${id}"`);
  if (at < 0) return null;
  const start = html.lastIndexOf('<svg', at);
  const end = html.indexOf('</svg>', at);
  return start < 0 || end < 0 ? null : [start, end + '</svg>'.length];
}

/** Removes the <svg id="…"> … </svg> of a chart from a page's HTML (the baseline draws it instead). */
export function removeSvg(html: string, id: string): string {
  const r = svgRange(html, id);
  return r ? html.slice(0, r[0]) + html.slice(r[1]) : html;
}

/**
 * The control: a page with the chart's SVG and nothing else, not even the site's stylesheet. What
 * a fresh browser context costs to paint it is the floor of any page with that chart, so
 * baseline ÷ this is the largest ratio the comparison can show on this machine.
 */
export function chartOnlyPage(html: string, id: string): string | null {
  const r = svgRange(html, svgId(id));
  if (r === null) return null;
  return '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>chart only</title>'
    + '<style>svg{display:block;width:100%;max-width:28.5rem;height:auto}svg text{fill:currentColor}</style></head>'
    + `<body>${html.slice(r[0], r[1])}</body></html>`;
}

/**
 * The second control: the park page itself, cut right after the figure that holds the chart — the
 * same head, stylesheet, header and lead, and nothing the page has below the chart. Ours ÷ this
 * shows what the rest of the page costs before the chart is painted; baseline ÷ this is the largest
 * ratio a page that opens like ours could show.
 */
export function pageUpToChart(html: string, id: string): string | null {
  const r = svgRange(html, svgId(id));
  if (r === null) return null;
  const end = html.indexOf('</chart-figure>', r[1]);
  if (end < 0) return null;
  return `${html.slice(0, end + '</chart-figure>'.length)}</main></body></html>`;
}

interface Baseline {
  root: string;
  path: string;
  /** The chart-only control page (chartOnlyPage). */
  controlPath: string;
  /** The page cut after its chart (pageUpToChart). */
  upToChartPath: string;
  bundleBytes: number;
  bundleGzipBytes: number;
  points: number;
}

/** Builds the baseline: a copy of the park page without its promise chart, plus a bundle (Plot + the chart's points) that draws it on DOMContentLoaded. */
async function buildBaseline(dist: string, park: string, base: string): Promise<Baseline> {
  const root = mkdtempSync(join(tmpdir(), 'yuanqu-bench-site-'));
  cpSync(dist, root, { recursive: true });
  const dataset = loadDatasetOrThrow(fsReader(dataDir()));
  const index = indexDataset(dataset);
  const points: PromisePoint[] = promisePoints(parkPromises(dataset, index, park), {
    locale: 'zh-CN', def: index.indicatorDef, quoteHref: (d, r) => withBase(base, routes.quote(d, r)),
  });
  const work = mkdtempSync(join(tmpdir(), 'yuanqu-bench-baseline-'));
  writeFileSync(join(work, 'points.json'), JSON.stringify(points));
  const tracker = resolve('src/charts/promise-tracker.ts');
  writeFileSync(join(work, 'entry.js'), `import { plot } from '@observablehq/plot';
import { promiseTrackerPlot } from ${JSON.stringify(tracker)};
import points from './points.json';
const ID = ${JSON.stringify(`promise-${park}`)};
function draw() {
  const figure = document.getElementById(ID);
  if (!figure) return;
  const box = figure.querySelector('.chart-svg');
  if (!box) return;
  const svg = plot({ ...promiseTrackerPlot(points, ${CHART_WIDTH}), className: 'chart-plot' });
  svg.id = ${JSON.stringify(svgId(`promise-${park}`))};
  box.append(svg);
}
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', draw); else draw();
`);
  const esbuild = await import('esbuild');
  const bundle = join(root, '__baseline', 'plot-baseline.js');
  await esbuild.build({
    entryPoints: [join(work, 'entry.js')], bundle: true, minify: true, format: 'esm', target: 'es2022', outfile: bundle,
    nodePaths: [resolve('node_modules')], logLevel: 'error',
    plugins: [{
      // render.ts renders on the server with linkedom; the browser has a document.
      name: 'no-linkedom',
      setup(b) {
        b.onResolve({ filter: /^linkedom$/ }, () => ({ path: 'linkedom', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export function parseHTML() { throw new Error("linkedom is not in the baseline bundle"); }', loader: 'js' }));
      },
    }],
  });
  const page = readFileSync(join(dist, 'parks', park, 'index.html'), 'utf8');
  const put = (path: string, html: string) => {
    mkdirSync(join(root, path), { recursive: true });
    writeFileSync(join(root, path, 'index.html'), html);
  };
  const path = '__baseline/park/';
  put(path, removeSvg(page, svgId(`promise-${park}`)).replace('</head>', `<script type="module" src="${withBase(base, '__baseline/plot-baseline.js')}"></script></head>`));
  const control = chartOnlyPage(page, `promise-${park}`);
  if (control === null) throw new Error(`parks/${park}/ has no ${svgId(`promise-${park}`)} chart`);
  const controlPath = '__baseline/chart-only/';
  put(controlPath, control);
  const upToChart = pageUpToChart(page, `promise-${park}`);
  if (upToChart === null) throw new Error(`parks/${park}/ has no <chart-figure> around ${svgId(`promise-${park}`)}`);
  const upToChartPath = '__baseline/up-to-chart/';
  put(upToChartPath, upToChart);
  rmSync(work, { recursive: true, force: true });
  const js = readFileSync(bundle);
  return { root, path, controlPath, upToChartPath, bundleBytes: js.length, bundleGzipBytes: gzipSync(js, { level: 9 }).length, points: points.length };
}

interface Condition { name: 'desktop' | 'mobile'; width: number; height: number; cpu: number; network: boolean }
const CONDITIONS: Condition[] = [
  { name: 'desktop', width: 1280, height: 900, cpu: 1, network: false },
  { name: 'mobile', width: 390, height: 844, cpu: 4, network: true },
];

interface PaintSample { paintedMs: number; foundMs: number; fcpMs: number | null; dclMs: number }

async function measurePaint(browser: Browser, url: string, id: string, c: Condition): Promise<PaintSample> {
  const context = await browser.newContext({ viewport: { width: c.width, height: c.height }, deviceScaleFactor: c.name === 'mobile' ? 3 : 1, isMobile: c.name === 'mobile' });
  try {
    const page = await context.newPage();
    await page.addInitScript(paintProbe(id));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (c.cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.cpu });
    // Lighthouse's mobile network: 150 ms RTT, 1.6 Mbps down, 750 kbps up.
    if (c.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { __firstChart?: { painted: number | null } }).__firstChart?.painted != null, undefined, { timeout: 60_000 });
    return await page.evaluate(() => {
      const t = (window as unknown as { __firstChart: { found: number; painted: number } }).__firstChart;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return { paintedMs: t.painted, foundMs: t.found, fcpMs: fcp ? fcp.startTime : null, dclMs: nav ? nav.domContentLoadedEventEnd : 0 };
    });
  } finally {
    await context.close();
  }
}

export interface ChartComparison {
  park: string;
  chartId: string;
  points: number;
  bundleKB: number;
  bundleGzipKB: number;
  runs: number;
  conditions: {
    name: string;
    ssr: { medianMs: number; samples: number[]; fcpMedianMs: number | null };
    plot: { medianMs: number; samples: number[]; fcpMedianMs: number | null };
    /** The chart-only page (chartOnlyPage): the floor of any page that paints this chart. */
    control: { medianMs: number; samples: number[]; fcpMedianMs: number | null };
    /** Baseline median ÷ ours: how many times sooner our chart is painted. */
    ratio: number;
    /** Baseline median ÷ the control's: the largest ratio any page with this chart could show here. */
    ceiling: number;
    /** The page cut after its chart (pageUpToChart): the floor of a page with our head and header. */
    upToChart: { medianMs: number; samples: number[]; fcpMedianMs: number | null };
    /** Baseline median ÷ the cut page's: the largest ratio a page that opens like ours could show. */
    pageCeiling: number;
  }[];
}

async function compareFirstChart(a: PagesArgs, dist: string, base: string): Promise<ChartComparison> {
  const b = await buildBaseline(dist, a.park, base);
  const port = 5100 + Math.floor(Math.random() * 800);
  const server: Server = await serve(b.root, base, port, a.gzip);
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${port}`;
  const ours = `${origin}${withBase(base, routes.park(a.park))}`;
  const theirs = `${origin}${withBase(base, b.path)}`;
  const control = `${origin}${withBase(base, b.controlPath)}`;
  const upToChart = `${origin}${withBase(base, b.upToChartPath)}`;
  const result: ChartComparison = { park: a.park, chartId: `promise-${a.park}`, points: b.points, bundleKB: round(b.bundleBytes / 1024, 1), bundleGzipKB: round(b.bundleGzipBytes / 1024, 1), runs: a.runs, conditions: [] };
  try {
    for (const c of CONDITIONS) {
      const id = svgId(`promise-${a.park}`);
      // One warm-up of each (Chromium's first navigation pays for process start-up), then rotate
      // the order so that none of the three always follows the same one.
      for (const url of [ours, theirs, control, upToChart]) await measurePaint(browser, url, id, c);
      const ssr: PaintSample[] = [];
      const plot: PaintSample[] = [];
      const floor: PaintSample[] = [];
      const cut: PaintSample[] = [];
      const pages: [string, PaintSample[]][] = [[ours, ssr], [theirs, plot], [control, floor], [upToChart, cut]];
      for (let i = 0; i < a.runs; i++) {
        for (let k = 0; k < pages.length; k++) {
          const [url, into] = pages[(i + k) % pages.length] as [string, PaintSample[]];
          into.push(await measurePaint(browser, url, id, c));
        }
      }
      const summary = (xs: PaintSample[]) => {
        const f = xs.map((x) => x.fcpMs).filter((x): x is number => x !== null);
        return { medianMs: round(median(xs.map((x) => x.paintedMs)), 1), samples: xs.map((x) => round(x.paintedMs, 1)), fcpMedianMs: f.length > 0 ? round(median(f), 1) : null };
      };
      const s = summary(ssr);
      const p = summary(plot);
      const o = summary(floor);
      const u = summary(cut);
      result.conditions.push({ name: c.name, ssr: s, plot: p, control: o, ratio: round(p.medianMs / s.medianMs, 2), ceiling: round(p.medianMs / o.medianMs, 2), upToChart: u, pageCeiling: round(p.medianMs / u.medianMs, 2) });
      console.log(`  ${c.name}: ours ${s.medianMs} ms, Plot baseline ${p.medianMs} ms (×${round(p.medianMs / s.medianMs, 2)}); the chart alone ${o.medianMs} ms (at most ×${round(p.medianMs / o.medianMs, 2)}); our page cut after the chart ${u.medianMs} ms (at most ×${round(p.medianMs / u.medianMs, 2)})`);
    }
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
    rmSync(b.root, { recursive: true, force: true });
  }
  return result;
}

/** The park whose page has a promise-tracker chart: linxiang when it has one, else the first that does. */
export function parkWithPromiseChart(dist: string, preferred = 'linxiang'): string | null {
  const dir = join(dist, 'parks');
  if (!existsSync(dir)) return null;
  const has = (id: string) => existsSync(join(dir, id, 'index.html')) && readFileSync(join(dir, id, 'index.html'), 'utf8').includes(`id="${svgId(`promise-${id}`)}"`);
  if (has(preferred)) return preferred;
  return readdirSync(dir).sort().find((id) => has(id)) ?? null;
}

// ───────────────────────────── page paint ─────────────────────────────

/**
 * FCP and LCP of each page in a real Chromium, cold (fresh context, cache off), under the mobile
 * condition. Lighthouse simulates the load from one observed trace; a real load shows what the
 * preload scanner and progressive rendering do (an external stylesheet fetched beside the HTML,
 * text painted before the last byte), and medians over --runs damp a busy machine.
 */
async function pagePaint(a: PagesArgs, dist: string, base: string): Promise<{ page: string; fcpMs: number; lcpMs: number; samples: number[] }[]> {
  const port = 5900 + Math.floor(Math.random() * 90);
  const server = await serve(dist, base, port, a.gzip);
  const browser = await launchChromium();
  const c = CONDITIONS.find((x) => x.name === 'mobile') as Condition;
  const out: { page: string; fcp: number[]; lcp: number[] }[] = a.pages.map((page) => ({ page, fcp: [], lcp: [] }));
  try {
    for (let i = 0; i < a.runs; i++) {
      for (const row of out) {
        const context = await browser.newContext({ viewport: { width: c.width, height: c.height }, deviceScaleFactor: 3, isMobile: true });
        try {
          const page = await context.newPage();
          await page.addInitScript(() => {
            const w = window as unknown as { __lcp: number };
            w.__lcp = 0;
            new PerformanceObserver((l) => { for (const e of l.getEntries()) w.__lcp = e.startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });
          });
          const cdp = await context.newCDPSession(page);
          await cdp.send('Network.enable');
          await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: c.cpu });
          await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 });
          await page.goto(`http://127.0.0.1:${port}${withBase(base, row.page)}`, { waitUntil: 'load' });
          await page.waitForTimeout(300);
          const t = await page.evaluate(() => ({ fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0, lcp: (window as unknown as { __lcp: number }).__lcp }));
          row.fcp.push(t.fcp);
          row.lcp.push(t.lcp);
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await new Promise<void>((ok) => server.close(() => ok()));
  }
  return out.map((r) => ({ page: r.page, fcpMs: round(median(r.fcp), 0), lcpMs: round(median(r.lcp), 0), samples: r.lcp.map((x) => round(x, 0)) }));
}

// ───────────────────────────── main ─────────────────────────────

function goalCheck(r: LighthouseRow): string {
  if (r.status !== 'ok') return r.status;
  const misses: string[] = [];
  if (r.preset === 'mobile' && (r.performance ?? 0) < 98) misses.push('perf<98');
  if ((r.accessibility ?? 0) < 100) misses.push('a11y<100');
  if ((r.bestPractices ?? 0) < 100) misses.push('bp<100');
  if ((r.seo ?? 0) < 100) misses.push('seo<100');
  if ((r.lcpMs ?? 0) > 1000) misses.push('LCP>1s');
  if ((r.cls ?? 0) > 0) misses.push('CLS>0');
  if ((r.tbtMs ?? 0) > 50) misses.push('TBT>50ms');
  return misses.length === 0 ? 'meets' : misses.join(' ');
}

export async function main(argv: readonly string[]): Promise<number> {
  const a = settle(parsePagesArgs(argv), USAGE);
  if (typeof a === 'number') return a;
  const dist = resolve(a.dist);
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`error: ${dist} has no index.html: run npm run build first`);
    return 1;
  }
  const base = process.env.BASE_PATH ?? '/';
  const report: { machine: { cores: number; node: string }; gzip: boolean; lighthouse: LighthouseRow[]; firstChart?: ChartComparison | { error: string }; paint?: { page: string; fcpMs: number; lcpMs: number; samples: number[] }[]; floor?: FloorRow[] } = { machine: { cores: cpus().length, node: process.version }, gzip: a.gzip, lighthouse: [] };

  if (a.lighthouse) {
    console.log(`━━ Lighthouse 13 (${a.presets.join(', ')}; ${a.lhRuns} run(s) each, the median by performance score) on ${dist}, served ${a.gzip ? 'with gzip' : 'uncompressed (src/node/static-server.ts)'}`);
    const port = 4900 + Math.floor(Math.random() * 200);
    const server = await serve(dist, base, port, a.gzip);
    try {
      report.lighthouse = await runLighthouse(`http://127.0.0.1:${port}${base.replace(/\/$/, '')}`, a, dist);
    } finally {
      await new Promise<void>((ok) => server.close(() => ok()));
    }
    console.log(formatTable(
      ['page', 'preset', 'perf', 'a11y', 'bp', 'seo', 'LCP s', 'FCP s', 'CLS', 'TBT ms', 'total KB', 'JS KB', 'requests', 'goals'],
      report.lighthouse.map((r) => [
        r.page === '' ? '/' : `/${r.page}`, r.preset, r.performance, r.accessibility, r.bestPractices, r.seo,
        r.lcpMs === undefined ? null : round(r.lcpMs / 1000, 2), r.fcpMs === undefined ? null : round(r.fcpMs / 1000, 2),
        r.cls === undefined ? null : round(r.cls, 3), r.tbtMs === undefined ? null : Math.round(r.tbtMs), r.totalKB, r.jsKB ?? 0, r.requests, goalCheck(r),
      ]),
    ));
    console.log('LCP element and layout shifts (mobile):');
    for (const r of report.lighthouse.filter((x) => x.status === 'ok' && x.preset === a.presets[0])) {
      const parts = Object.entries(r.lcpBreakdown ?? {}).map(([k, v]) => `${k} ${v} ms`).join(', ');
      console.log(`  ${r.page || '/'}: LCP ${r.lcpElement ?? '—'}${parts ? ` (${parts})` : ''}`);
      for (const sh of r.shifted ?? []) console.log(`    shifted: ${sh}`);
    }
    if (a.floor) {
      console.log(`\n━━ floor: each page's size as sent, as a heading and a sentence padded with a comment (src/bench/floor.ts), same Lighthouse`);
      report.floor = await lighthouseFloor(a, dist, base);
      console.log(formatTable(
        ['page', 'preset', 'KB as sent', 'LCP s', 'floor LCP s', 'perf', 'floor perf'],
        report.floor.map((f) => {
          const ours = report.lighthouse.find((r) => r.page === f.page && r.preset === f.preset);
          return [f.page === '' ? '/' : `/${f.page}`, f.preset, f.kb, ours?.lcpMs === undefined ? null : round(ours.lcpMs / 1000, 2), f.lcpMs === undefined ? null : round(f.lcpMs / 1000, 2), ours?.performance, f.performance];
        }),
      ));
    }
    const failing = new Map<string, Set<string>>();
    for (const r of report.lighthouse) for (const f of r.failing ?? []) failing.set(f, (failing.get(f) ?? new Set()).add(`${r.page || '/'} ${r.preset}`));
    if (failing.size > 0) {
      console.log('audits below 1 outside performance:');
      for (const [f, where] of failing) console.log(`  ${f} — ${[...where].join(', ')}`);
    }
  }

  if (a.paint) {
    console.log(`\n━━ page paint in Chromium (390 px, 4× CPU, 150 ms RTT, 1.6 Mbps; cold; ${a.runs} runs each, in rotation), served ${a.gzip ? 'with gzip' : 'uncompressed'}`);
    const rows = await pagePaint(a, dist, base);
    report.paint = rows;
    console.log(formatTable(['page', 'FCP median ms', 'LCP median ms', 'LCP samples'], rows.map((r) => [r.page === '' ? '/' : `/${r.page}`, r.fcpMs, r.lcpMs, r.samples.join(' ')])));
  }

  if (a.chart && a.park === '') {
    const park = parkWithPromiseChart(dist);
    if (park === null) console.error('no park page has a promise-tracker chart: skipping the first-chart comparison');
    else {
      if (park !== 'linxiang') console.log(`\n(parks/linxiang/ has no promise-tracker chart in this build — no target has its actual — so the comparison uses parks/${park}/)`);
      a.park = park;
    }
  }
  if (a.chart && a.park !== '') {
    console.log(`\n━━ first chart paint: /parks/${a.park}/ (SVG from the build) vs the same page drawing it with Observable Plot on DOMContentLoaded, and the chart alone on an empty page (the floor); ${a.runs} runs each, in rotation`);
    try {
      const c = await compareFirstChart(a, dist, base);
      report.firstChart = c;
      console.log(`baseline bundle (Plot + d3 + the chart's ${c.points} points): ${c.bundleKB} KB, ${c.bundleGzipKB} KB gzip`);
      console.log(formatTable(
        ['condition', 'ours median ms', 'Plot baseline median ms', 'baseline ÷ ours', 'ours FCP ms', 'baseline FCP ms', 'chart alone ms', 'baseline ÷ chart alone', 'page cut after chart ms', 'baseline ÷ cut page'],
        c.conditions.map((x) => [x.name, x.ssr.medianMs, x.plot.medianMs, x.ratio, x.ssr.fcpMedianMs, x.plot.fcpMedianMs, x.control.medianMs, x.ceiling, x.upToChart.medianMs, x.pageCeiling]),
      ));
      console.log('(baseline ÷ chart alone is the largest ratio a page with this chart could reach here: what an empty page with just the chart SVG costs a fresh browser context)');
      console.log(`goal: first chart painted ≥ 3× sooner than the Plot baseline → ${c.conditions.map((x) => `${x.name} ×${x.ratio} ${x.ratio >= 3 ? 'meets' : 'misses'}`).join('; ')}`);
    } catch (e) {
      report.firstChart = { error: e instanceof Error ? e.message : String(e) };
      console.error(`first chart comparison failed: ${report.firstChart.error}`);
    }
  }
  mkdirSync(dirname(resolve(a.json)), { recursive: true });
  writeFileSync(a.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nJSON: ${a.json}`);
  return 0;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
