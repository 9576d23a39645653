/**
 * `npm run bench:build -- [--parks 5,250,2543] [--years 10] [--seed 1] [--timeout 900]
 *   [--json PATH] [--profile N] [--no-pagefind] [--floor] [--floor-pages N] [--keep] [--log-dir DIR] [--in-place] [--incremental]`
 *
 * For each size: writes the synthetic national dataset (src/cli/gen-national.ts; `5` means the
 * embedded data/), times `astro build` from it (PARKS_DATA_DIR, a temporary --outDir), then the
 * search index on its own (src/cli/index-site.ts; the build runs with SEARCH_INDEX=off; skipped
 * with --no-pagefind), and reports pages, seconds (social cards drawn cold, in a fresh cache
 * folder), pages per second, peak memory of each process tree, dist size, the time per kind of
 * route (from Astro's `(+12ms)` lines) and how build time grows with pages (least squares, R²,
 * marginal per-page cost; also over CPU seconds, which other work on a shared machine
 * disturbs less). A build that passes --timeout is stopped and reported as "did not finish", with
 * what it had written. `--profile N` runs the build of size N under `node --cpu-prof` and lists
 * the functions with the most self time and the project functions the time is spent under, with
 * chunk file:line and the src/ file:line they come from; `--analyze-profile DIR` does that for an
 * existing profile. `--floor` also builds and indexes, for each size, a site with as many pages
 * that hold only a heading and a sentence (src/bench/floor.ts): the stack's own cost on this
 * machine, below which no change to the site's code can bring the build; `--floor-pages N` builds
 * the floor with N pages instead (to hold it to a page count fixed in a goal). With --floor, the
 * text our index holds is also indexed again as plain records (src/bench/text-index.ts): what no
 * index that finds what ours finds can cost less than.
 *
 * `--incremental` measures what publishing costs instead (README "Incremental builds"): for each
 * size a full build with its index into a fresh incremental cache, then one new report for one
 * park (src/bench/data-edits.ts), then one revised figure of that park (no new report), then one
 * changed locale string (the snapshot's src/i18n/en.ts),
 * each build + index timed as one process tree, ending with the line
 * `incremental: full <s> s, one report <s> s, locale <s> s`. Without it every build is a full
 * build (INCREMENTAL_BUILD=off), as before incremental builds.
 *
 * The build runs in a snapshot of the project taken when the benchmark starts (src/, public/,
 * data/, the config files; node_modules linked), so edits and other builds in the working tree
 * (which share .astro/) neither break nor change it; --in-place builds the working tree itself.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { alignToClock, buildTimeline, type BuildTimeline } from '../bench/build-log.ts';
import { attributeToProject, chunkModule, inclusiveProjectTime, locateInSources, summariseProfiles, type CpuProfile, type ProfileSummary, type SelfTime } from '../bench/cpuprofile.ts';
import { runMeasured, type Measured } from '../bench/proc.ts';
import { growth, type Growth } from '../bench/stats.ts';
import { formatTable, round } from '../bench/table.ts';
import { writeNational } from './gen-national.ts';
import { addReport, missingDocuments, reviseNote } from '../bench/data-edits.ts';
import { FLOOR_PAGES_ENV, writeFloorProject } from '../bench/floor.ts';
import { parseTextIndexLine } from '../bench/text-index.ts';
import { parseFlags, settle, wholeNumber, type Parsed } from '../node/cli-args.ts';
import { astroBin, astroEnv, astroNodeFlags, buildEnv, csvBytes } from '../node/astro.ts';

const USAGE = 'usage: npm run bench:build -- [--parks 5,250,2543] [--years 10] [--seed 1] [--timeout 900] [--json PATH] [--profile N] [--no-pagefind] [--floor] [--floor-pages N] [--keep] [--log-dir DIR] [--in-place] [--incremental]\n       npm run bench:build -- --analyze-profile DIR [--sources ROOT] [--window FROM-TO (seconds)]';
/** The size that stands for the embedded data/ rather than a generated folder. */
export const EMBEDDED = 5;

export interface BenchArgs {
  parks: number[];
  years: number;
  seed: number;
  timeoutS: number;
  json: string;
  profile: number[];
  pagefind: boolean;
  /** Also measure the stack's floor: the same number of near-empty pages, built and indexed. */
  floor: boolean;
  /** With --floor: the floor's page count, instead of each build's own. */
  floorPages?: number;
  keep: boolean;
  logDir: string;
  inPlace: boolean;
  /** Measure a full build, then one new report, then one changed locale string, incrementally. */
  incremental: boolean;
  /** Only summarise the .cpuprofile files of this folder (with --sources, the root the build ran in). */
  analyseProfile?: string;
  sources: string;
  /** With --analyze-profile: also summarise this window (ms from the start of the profile). */
  window?: [number, number];
}

export function parseBenchArgs(argv: readonly string[]): Parsed<BenchArgs> {
  const spec = {
    parks: 'string', years: 'string', seed: 'string', timeout: 'string', json: 'string', profile: 'string', 'no-pagefind': 'boolean',
    floor: 'boolean', 'floor-pages': 'string', keep: 'boolean', 'log-dir': 'string', 'in-place': 'boolean', incremental: 'boolean', 'analyze-profile': 'string', sources: 'string', window: 'string',
  } as const;
  return parseFlags(argv, spec, (v) => {
    const a: BenchArgs = {
      parks: [EMBEDDED, 250, 2543], years: 10, seed: 1, timeoutS: 900, json: v.json ?? join(tmpdir(), 'yuanqu-bench-build.json'),
      profile: [], pagefind: !v['no-pagefind'], floor: v.floor ?? false, keep: v.keep ?? false, logDir: v['log-dir'] ?? join(tmpdir(), 'yuanqu-bench-logs'),
      inPlace: v['in-place'] ?? false, incremental: v.incremental ?? false, analyseProfile: v['analyze-profile'], sources: v.sources ?? '.',
    };
    const list = (x: string) => {
      const ns = x.split(',').map((n) => wholeNumber(n, 1));
      return ns.every((n) => n !== null) ? (ns as number[]) : null;
    };
    if (v.parks !== undefined) {
      const ns = list(v.parks);
      if (!ns) return { error: `--parks takes whole numbers separated by commas, not ${v.parks}` };
      a.parks = [...new Set(ns)];
    }
    if (v.profile !== undefined) {
      const ns = list(v.profile);
      if (!ns) return { error: `--profile takes whole numbers separated by commas, not ${v.profile}` };
      a.profile = ns;
    }
    if (v['floor-pages'] !== undefined) {
      const n = wholeNumber(v['floor-pages'], 1);
      if (n === null) return { error: `--floor-pages takes a whole number of pages ≥ 1, not ${v['floor-pages']}` };
      a.floorPages = n;
      a.floor = true;
    }
    if (v.years !== undefined) {
      const n = wholeNumber(v.years, 1, 30);
      if (n === null) return { error: `--years must be 1–30, not ${v.years}` };
      a.years = n;
    }
    if (v.seed !== undefined) {
      const n = wholeNumber(v.seed, 0);
      if (n === null) return { error: `--seed must be a whole number ≥ 0, not ${v.seed}` };
      a.seed = n;
    }
    if (v.timeout !== undefined) {
      const n = Number(v.timeout);
      if (!(n > 0)) return { error: `--timeout takes seconds, not ${v.timeout}` };
      a.timeoutS = n;
    }
    if (v.window !== undefined) {
      const m = /^(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)$/.exec(v.window);
      if (!m) return { error: `--window takes FROM-TO in seconds, not ${v.window}` };
      a.window = [Number(m[1]) * 1000, Number(m[2]) * 1000];
    }
    return a;
  });
}

/** Files under a folder: how many, how many .html, total bytes. */
export function folderStats(dir: string): { files: number; html: number; bytes: number } {
  const s = { files: 0, html: 0, bytes: 0 };
  if (!existsSync(dir)) return s;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else {
        s.files++;
        s.bytes += st.size;
        if (name.endsWith('.html')) s.html++;
      }
    }
  };
  walk(dir);
  return s;
}

/** What a build reads from the project, copied; node_modules is linked. */
const SNAPSHOT = ['src', 'public', 'data', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/** Copies the project's build inputs into a temporary root and returns it. */
export function snapshotProject(from: string): string {
  const root = mkdtempSync(join(tmpdir(), 'yuanqu-bench-src-'));
  for (const f of SNAPSHOT) if (existsSync(join(from, f))) cpSync(join(from, f), join(root, f), { recursive: true });
  symlinkSync(join(from, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

/** The commit and how many files differ from it, to tie numbers to a state of the code. */
function codeState(): { commit: string; changedFiles: number } {
  const git = (args: string[]) => spawnSync('git', args, { encoding: 'utf8' }).stdout?.trim() ?? '';
  return { commit: git(['rev-parse', '--short', 'HEAD']), changedFiles: git(['status', '--short', '--', 'src', 'public', 'astro.config.mjs']).split('\n').filter((l) => l !== '').length };
}

export interface AnalysedProfile extends ProfileSummary {
  files_: string[];
  /** Self time charged to the nearest project function (library calls included). */
  byProjectFunction: SelfTime[];
  /** Chunk function → where it is defined in src/ (file:line). */
  sources: Record<string, string>;
  /** The same, for a window of the build only (e.g. before the first page: data load and getStaticPaths). */
  window?: { fromMs: number; toMs: number; totalMs: number; byProjectFunction: SelfTime[]; inclusive: SelfTime[] };
}

/** Summarises the .cpuprofile files of a folder; `root` is the folder the build ran in (for paths and sources). */
export function analyseProfiles(dir: string, root: string, window?: readonly [number, number]): AnalysedProfile | null {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => join(dir, f));
  if (files.length === 0) return null;
  const profiles = files.map((f) => JSON.parse(readFileSync(f, 'utf8')) as CpuProfile);
  const summary = summariseProfiles(profiles, root, 30);
  const byProjectFunction = attributeToProject(profiles, root, 30);
  const src = projectSources(root);
  const sources: Record<string, string> = {};
  for (const f of [...summary.functions, ...byProjectFunction]) {
    if (!chunkModule(f.file) || sources[f.name] !== undefined) continue;
    const at = locateInSources(f.name.split(' ')[0] ?? '', f.file, src);
    if (at) sources[f.name] = at.line > 0 ? `${at.file}:${at.line}` : at.file;
  }
  let win: AnalysedProfile['window'];
  if (window) {
    const w = attributeToProject(profiles, root, 30, window);
    const inclusive = inclusiveProjectTime(profiles, root, 40, window);
    const totalMs = summariseProfiles(profiles, root, 1, window).totalMs;
    for (const f of [...w, ...inclusive]) {
      if (!chunkModule(f.file) || sources[f.name] !== undefined) continue;
      const at = locateInSources(f.name.split(' ')[0] ?? '', f.file, src);
      if (at) sources[f.name] = at.line > 0 ? `${at.file}:${at.line}` : at.file;
    }
    win = { fromMs: window[0], toMs: window[1], totalMs, byProjectFunction: w, inclusive };
  }
  return { ...summary, files_: files, byProjectFunction, sources, window: win };
}

interface DataInfo {
  dir: string;
  generated: boolean;
  parks: number;
  documents: number;
  rows: number;
  genSeconds: number;
}

export interface SizeResult {
  requested: number;
  data: DataInfo;
  status: 'ok' | 'failed' | 'did not finish';
  /** Why it failed: the last lines of the build. */
  error?: string;
  buildSeconds: number;
  /** User + system CPU seconds of the build (from GNU time): less sensitive than wall time to other work on the machine. */
  cpuSeconds: number | null;
  pages: number;
  files: number;
  distMB: number;
  pagesPerSecond: number;
  peakTreeRssMB: number;
  peakProcessRssMB: number;
  timeMaxRssMB: number | null;
  /** The index: the largest of its processes (one Pagefind process per shard and edition) as well as the tree. */
  pagefind?: { status: 'ok' | 'failed' | 'did not finish'; seconds: number; peakTreeRssMB: number; peakProcessRssMB: number; indexMB: number };
  /**
   * With --floor: the index's own floor — Pagefind indexing the text our index holds as plain
   * records (src/bench/text-index.ts); `indexSeconds` is the indexing alone, without reading the fragments back.
   */
  textIndex?: { status: 'ok' | 'failed' | 'did not finish'; seconds: number; indexSeconds: number | null; chars: number | null; peakProcessRssMB: number };
  timeline: Omit<BuildTimeline, 'routes'>;
  log: string;
  /** 1-minute load average before and after the build (other work on the machine skews times). */
  loadAverage: [number, number];
  profile?: AnalysedProfile;
  floor?: FloorResult;
}

/** The stack's cost for the same number of near-empty pages (src/bench/floor.ts). */
export interface FloorResult {
  pages: number;
  status: 'ok' | 'failed' | 'did not finish';
  buildSeconds: number;
  cpuSeconds: number | null;
  buildMaxRssMB: number;
  pagefindSeconds: number | null;
  pagefindMaxRssMB: number | null;
}

const MB = (kb: number) => round(kb / 1024, 0);

function rowsIn(dir: string): { parks: number; documents: number; rows: number } {
  const count = (f: string) => {
    const p = join(dir, f);
    if (!existsSync(p)) return 0;
    const text = readFileSync(p, 'utf8');
    let n = 0;
    for (const line of text.split('\n').slice(1)) if (line.trim() !== '') n++;
    return n;
  };
  const rows = ['indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv'].reduce((s, f) => s + count(f), 0);
  return { parks: count('parks.csv'), documents: count('documents.csv'), rows };
}

function prepareData(n: number, a: BenchArgs, root: string): DataInfo {
  if (n === EMBEDDED) return { dir: join(root, 'data'), generated: false, genSeconds: 0, ...rowsIn(join(root, 'data')) };
  const { dir, data, seconds } = writeNational({ parks: n, years: a.years, seed: a.seed, dataDir: 'data' });
  const c = data.counts;
  return { dir, generated: true, genSeconds: seconds, parks: c.parks, documents: c.documents, rows: c.indicators + c.investments + c.zones + c.projects };
}

/** The project's .ts and .astro sources under src/, by path relative to the root. */
function projectSources(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|astro)$/.test(name)) out.set(relative(root, p), readFileSync(p, 'utf8'));
    }
  };
  walk(join(root, 'src'));
  return out;
}

function tail(m: Measured, n = 25): string {
  return m.lines.map((l) => l.line).filter((l) => !/^\s*[├└]─/.test(l) && !/^\t/.test(l)).slice(-n).join('\n');
}

async function benchSize(n: number, a: BenchArgs, root: string): Promise<SizeResult> {
  console.log(`\n━━ ${n === EMBEDDED ? 'embedded data/' : `${n} parks × ${a.years} years (seed ${a.seed})`}`);
  const data = prepareData(n, a, root);
  console.log(`data: ${data.parks} parks, ${data.documents} documents, ${data.rows} rows in ${relative(process.cwd(), data.dir) || '.'}${data.generated ? ` (generated in ${data.genSeconds.toFixed(1)} s)` : ''}`);
  const out = mkdtempSync(join(tmpdir(), `yuanqu-bench-out-${n}-`));
  mkdirSync(a.logDir, { recursive: true });
  const log = join(a.logDir, `build-${n}.log`);
  const profileDir = a.profile.includes(n) ? mkdtempSync(join(tmpdir(), `yuanqu-cpuprof-${n}-`)) : null;
  const nodeFlags = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  // Social cards start cold, as on a first build: a fresh cache folder per build (card-pool.ts).
  const cards = mkdtempSync(join(tmpdir(), `yuanqu-bench-cards-${n}-`));
  let shown = 0;
  const load0 = loadavg()[0] ?? 0;
  const m = await runMeasured(process.execPath, [...astroNodeFlags(process.env, csvBytes(data.dir)), ...nodeFlags, astroBin(root), 'build', '--outDir', out], {
    cwd: root,
    // The search index is built and measured on its own below (index-site.ts), so that its time
    // and memory are told apart from the pages'.
    env: { ...buildEnv(process.env, data.dir), CARD_CACHE_DIR: cards, SEARCH_INDEX: 'off', INCREMENTAL_BUILD: 'off' },
    timeoutMs: a.timeoutS * 1000,
    logFile: log,
    onLine: (l) => {
      // Show progress without flooding: phase lines, and every 500th page.
      if (/[├└]─/.test(l.line)) {
        if (++shown % 500 === 0) console.log(`  … ${shown} files (${(l.t / 1000).toFixed(0)} s)`);
      } else if (/\[build\]|\[vite\]|error|Error|generating/.test(l.line)) console.log(`  ${l.line.replace(/^\d\d:\d\d:\d\d /, '')}`);
    },
  });
  rmSync(cards, { recursive: true, force: true });
  const stats = folderStats(out);
  const status: SizeResult['status'] = m.timedOut ? 'did not finish' : m.exitCode === 0 ? 'ok' : 'failed';
  const timeline = buildTimeline(alignToClock(m.lines, m.startEpochMs), m.seconds * 1000);
  const { routes: _routes, ...timelineSummary } = timeline;
  const r: SizeResult = {
    requested: n, data, status,
    error: status === 'ok' ? undefined : tail(m),
    buildSeconds: round(m.seconds, 2), cpuSeconds: m.cpuSeconds === null ? null : round(m.cpuSeconds, 1), pages: stats.html, files: stats.files, distMB: round(stats.bytes / 1024 / 1024, 1),
    pagesPerSecond: round(stats.html / m.seconds, 1),
    peakTreeRssMB: MB(m.peakTreeRssKb), peakProcessRssMB: MB(m.peakProcessHwmKb), timeMaxRssMB: m.timeMaxRssKb === null ? null : MB(m.timeMaxRssKb),
    timeline: timelineSummary, log, loadAverage: [round(load0, 2), round(loadavg()[0] ?? 0, 2)],
  };
  console.log(`build: ${status} in ${r.buildSeconds} s (CPU ${r.cpuSeconds ?? '—'} s), ${r.pages} pages (${r.files} files, ${r.distMB} MB), peak RSS ${r.peakTreeRssMB} MB (tree) / ${r.peakProcessRssMB} MB (largest process) / ${r.timeMaxRssMB ?? '—'} MB (time -v); log ${log}`);
  if (status !== 'ok') console.log(r.error);

  if (status === 'ok' && a.pagefind) {
    const pf = await runMeasured(process.execPath, [join(root, 'src/cli/index-site.ts'), out], {
      cwd: root, env: { ...buildEnv(process.env, data.dir), INCREMENTAL_BUILD: 'off' }, timeoutMs: a.timeoutS * 1000, logFile: join(a.logDir, `pagefind-${n}.log`),
    });
    const pfStatus = pf.timedOut ? 'did not finish' : pf.exitCode === 0 ? 'ok' : 'failed';
    r.pagefind = { status: pfStatus, seconds: round(pf.seconds, 2), peakTreeRssMB: MB(pf.peakTreeRssKb), peakProcessRssMB: MB(pf.peakProcessHwmKb), indexMB: round(folderStats(join(out, 'pagefind')).bytes / 1024 / 1024, 1) };
    console.log(`pagefind: ${pfStatus} in ${r.pagefind.seconds} s, index ${r.pagefind.indexMB} MB, peak RSS ${r.pagefind.peakTreeRssMB} MB (tree) / ${r.pagefind.peakProcessRssMB} MB (largest process); ${pf.lines.find((l) => l.line.startsWith('indexed'))?.line ?? ''}`);
    if (pfStatus !== 'ok') console.log(tail(pf));
  }
  if (r.pagefind?.status === 'ok' && a.floor) r.textIndex = await benchTextIndex(out, n, a, root);
  if (status === 'ok' && a.floor) r.floor = await benchFloor(a.floorPages ?? r.pages, a, root);
  if (profileDir) {
    // The phase before the first page (data load, every route's getStaticPaths) on its own as well.
    const window = timeline.routesStartMs !== null && timeline.routes.length > 0 ? [timeline.routesStartMs, timeline.beforePagesMs] as const : undefined;
    const analysed = analyseProfiles(profileDir, root, window);
    if (analysed) r.profile = analysed;
    else console.log(`no CPU profile was written (the build ${status === 'did not finish' ? 'was stopped' : 'failed'})`);
  }
  if (!a.keep) rmSync(out, { recursive: true, force: true });
  else console.log(`kept ${out}`);
  return r;
}

/** Indexes the text of the site's index again, as plain records (src/cli/index-text.ts): the least an index of it costs. */
async function benchTextIndex(out: string, n: number, a: BenchArgs, root: string): Promise<NonNullable<SizeResult['textIndex']>> {
  const m = await runMeasured(process.execPath, [join(root, 'src/cli/index-text.ts'), out], {
    cwd: root, env: process.env, timeoutMs: a.timeoutS * 1000, logFile: join(a.logDir, `text-index-${n}.log`),
  });
  const status = m.timedOut ? 'did not finish' : m.exitCode === 0 ? 'ok' : 'failed';
  const line = m.lines.find((l) => parseTextIndexLine(l.line) !== null)?.line ?? '';
  const parsed = parseTextIndexLine(line);
  const t = { status, seconds: round(m.seconds, 2), indexSeconds: parsed ? round(parsed.indexMs / 1000, 2) : null, chars: parsed?.chars ?? null, peakProcessRssMB: MB(m.peakProcessHwmKb) } as const;
  console.log(`text index (the index's own floor: its text as plain records, no HTML): ${status} in ${t.seconds} s (indexing ${t.indexSeconds ?? '—'} s), peak ${t.peakProcessRssMB} MB; ${line}`);
  if (status !== 'ok') console.log(tail(m));
  return t;
}

/** Builds and indexes `pages` near-empty pages with the project's Astro and Pagefind. */
async function benchFloor(pages: number, a: BenchArgs, root: string): Promise<FloorResult> {
  const dir = mkdtempSync(join(tmpdir(), 'yuanqu-floor-'));
  writeFloorProject(dir, join(root, 'node_modules'));
  const out = join(dir, 'dist');
  const env = { ...astroEnv(process.env), [FLOOR_PAGES_ENV]: String(pages) };
  const b = await runMeasured(process.execPath, [...astroNodeFlags(process.env), astroBin(root), 'build', '--outDir', out], {
    cwd: dir, env, timeoutMs: a.timeoutS * 1000, logFile: join(a.logDir, `floor-${pages}.log`),
  });
  const status: FloorResult['status'] = b.timedOut ? 'did not finish' : b.exitCode === 0 ? 'ok' : 'failed';
  const rss = (m: Measured) => MB(Math.max(m.peakTreeRssKb, m.timeMaxRssKb ?? 0));
  const f: FloorResult = { pages, status, buildSeconds: round(b.seconds, 2), cpuSeconds: b.cpuSeconds === null ? null : round(b.cpuSeconds, 1), buildMaxRssMB: rss(b), pagefindSeconds: null, pagefindMaxRssMB: null };
  if (status === 'ok' && a.pagefind) {
    const pf = await runMeasured(process.execPath, [join(root, 'node_modules/pagefind/lib/runner/bin.cjs'), '--site', out], {
      cwd: dir, env: process.env, timeoutMs: a.timeoutS * 1000, logFile: join(a.logDir, `floor-pagefind-${pages}.log`),
    });
    if (pf.exitCode === 0) {
      f.pagefindSeconds = round(pf.seconds, 2);
      f.pagefindMaxRssMB = rss(pf);
    } else console.log(`floor: pagefind ${pf.timedOut ? 'did not finish' : 'failed'}\n${tail(pf)}`);
  }
  console.log(`floor (${pages} pages of one heading and one sentence): astro build ${status} in ${f.buildSeconds} s (CPU ${f.cpuSeconds ?? '—'} s, peak ${f.buildMaxRssMB} MB)${f.pagefindSeconds === null ? '' : `, pagefind ${f.pagefindSeconds} s (peak ${f.pagefindMaxRssMB} MB)`}`);
  if (status !== 'ok') console.log(tail(b));
  rmSync(dir, { recursive: true, force: true });
  return f;
}

function printRoutes(r: SizeResult): void {
  const t = r.timeline;
  const bundle = t.routesStartMs === null ? '' : ` = bundling ${round(t.routesStartMs / 1000, 1)} s + data load and getStaticPaths ${round((t.beforePagesMs - t.routesStartMs) / 1000, 1)} s`;
  console.log(`\nWhere the time goes at ${r.requested === EMBEDDED ? 'embedded' : `${r.requested} parks`} (${r.buildSeconds} s): before the first page ${round(t.beforePagesMs / 1000, 1)} s${bundle}; pages ${round(t.pagesMs / 1000, 1)} s; after ${round(t.afterPagesMs / 1000, 1)} s`);
  console.log(formatTable(
    ['route', 'files', 'wall s', 'own s', 'gap s', 'ms/file', 'slowest file', 'ms'],
    t.groups.slice(0, 14).map((g) => [g.group, g.pages, round(g.wallMs / 1000, 1), round(g.ownMs / 1000, 1), round(g.gapMs / 1000, 1), round(g.wallMs / g.pages, 1), g.maxPath, g.maxMs]),
  ));
  if (t.pauses.length > 0) {
    console.log('largest pauses between two files (getStaticPaths of the next route, GC…):');
    for (const p of t.pauses.slice(0, 5)) console.log(`  ${round(p.ms / 1000, 2)} s between ${p.prevPath} and ${p.nextPath}`);
  }
}

function printProfile(r: Pick<SizeResult, 'profile' | 'requested'>): void {
  const p = r.profile;
  if (!p) return;
  console.log(`\nCPU profile of the build at ${r.requested} parks: ${round(p.totalMs / 1000, 1)} s sampled in ${p.files_.length} profile(s) (${p.files_.join(', ')}); top self time:`);
  console.log(formatTable(['function file:line', 'source', 'self s', '%'], p.functions.slice(0, 25).map((f) => [f.name, p.sources[f.name] ?? '', round(f.ms / 1000, 2), round(f.share * 100, 1)])));
  console.log('by file:');
  console.log(formatTable(['file', 'self s', '%'], p.files.slice(0, 15).map((f) => [f.file, round(f.ms / 1000, 2), round(f.share * 100, 1)])));
  console.log('by the project function the time was spent under (its own time and the library calls it makes; not the project functions it calls):');
  console.log(formatTable(['project function chunk:line', 'source', 's', '%'], p.byProjectFunction.slice(0, 25).map((f) => [f.name, p.sources[f.name] ?? '', round(f.ms / 1000, 2), round(f.share * 100, 1)])));
  const w = p.window;
  if (w) {
    console.log(`between ${round(w.fromMs / 1000, 1)} s and ${round(w.toMs / 1000, 1)} s (before the first page: data load and getStaticPaths), ${round(w.totalMs / 1000, 1)} s sampled, by project function:`);
    console.log(formatTable(['project function chunk:line', 'source', 's', '%'], w.byProjectFunction.slice(0, 20).map((f) => [f.name, p.sources[f.name] ?? '', round(f.ms / 1000, 2), round(f.share * 100, 1)])));
    console.log('the same window, total (inclusive) time of each project function on the stack — which getStaticPaths the time is under:');
    console.log(formatTable(['project function chunk:line', 'source', 'total s', '%'], w.inclusive.slice(0, 30).map((f) => [f.name, p.sources[f.name] ?? '', round(f.ms / 1000, 2), round(f.share * 100, 1)])));
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const a = settle(parseBenchArgs(argv), USAGE);
  if (typeof a === 'number') return a;
  if (a.analyseProfile !== undefined) {
    const p = analyseProfiles(resolve(a.analyseProfile), resolve(a.sources), a.window);
    if (!p) {
      console.error(`error: no .cpuprofile in ${a.analyseProfile}`);
      return 1;
    }
    printProfile({ profile: p, requested: Number(/cpuprof-(\d+)/.exec(a.analyseProfile)?.[1] ?? 0) });
    return 0;
  }
  if (a.incremental) return benchIncremental(a);
  const results: SizeResult[] = [];
  mkdirSync(dirname(resolve(a.json)), { recursive: true });
  const state = codeState();
  const root = a.inPlace ? process.cwd() : snapshotProject(process.cwd());
  console.log(`code: ${state.commit}${state.changedFiles > 0 ? ` + ${state.changedFiles} uncommitted file(s) in src/public` : ''}; building in ${a.inPlace ? 'the working tree' : `a snapshot, ${root}`}`);
  for (const n of [...a.parks].sort((x, y) => x - y)) {
    const r = await benchSize(n, a, root);
    results.push(r);
    writeFileSync(a.json, `${JSON.stringify({ partial: true, results }, null, 2)}\n`);
  }
  const ok = results.filter((r) => r.status === 'ok');
  const g: Growth = growth(ok.map((r) => ({ pages: r.pages, seconds: r.buildSeconds })));
  console.log(`\n━━ build benchmark (${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}, timeout ${a.timeoutS} s)`);
  console.log(formatTable(
    ['data', 'parks', 'docs', 'rows', 'status', 'pages', 'files', 'build s', 'CPU s', 'pages/s', 'peak RSS MB', 'maxrss MB', 'dist MB', 'pagefind s', 'total s', 'load'],
    results.map((r) => [
      r.data.generated ? `generated ${r.requested}` : 'embedded data/', r.data.parks, r.data.documents, r.data.rows, r.status,
      r.pages, r.files, r.buildSeconds, r.cpuSeconds, r.status === 'ok' ? r.pagesPerSecond : null, r.peakTreeRssMB, r.timeMaxRssMB, r.distMB,
      r.pagefind?.seconds ?? null, r.pagefind ? round(r.buildSeconds + r.pagefind.seconds, 1) : null, r.loadAverage.join('→'),
    ]),
  ));
  if (g.fit) {
    console.log(`\nfit over ${g.fit.n} finished builds: seconds = ${round(g.fit.intercept, 2)} + ${round(g.fit.slope * 1000, 2)} ms × pages (R² ${Number.isNaN(g.fit.r2) ? '— (2 points)' : round(g.fit.r2, 4)})`);
    for (const m of g.marginal) console.log(`  marginal cost ${m.from} → ${m.to} pages: ${round(m.perPage * 1000, 2)} ms/page`);
    for (const p of g.perPage) console.log(`  average cost at ${p.pages} pages: ${round(p.perPage * 1000, 2)} ms/page`);
    console.log(`  per-page cost, largest vs middle size: marginal ×${round(g.marginalRatio, 2)}, average ×${round(g.averageRatio, 2)} → ${g.verdict}`);
  } else console.log('\nfewer than two finished builds: no fit');
  const gc = growth(ok.filter((r) => r.cpuSeconds !== null).map((r) => ({ pages: r.pages, seconds: r.cpuSeconds ?? 0 })));
  if (gc.fit) console.log(`CPU-time fit: seconds = ${round(gc.fit.intercept, 2)} + ${round(gc.fit.slope * 1000, 2)} ms × pages (R² ${Number.isNaN(gc.fit.r2) ? '—' : round(gc.fit.r2, 4)}); marginal ×${round(gc.marginalRatio, 2)} → ${gc.verdict}`);
  for (const r of results) if (r.timeline.groups.length > 0) printRoutes(r);
  for (const r of results) printProfile(r);
  const national = results.find((r) => r.requested >= 2500);
  if (national) {
    // Issue 17's goals: every process within 3 GB, build and index within 3× the floor.
    const pf = national.pagefind;
    const largest = Math.max(national.peakProcessRssMB, national.timeMaxRssMB ?? 0, pf?.peakProcessRssMB ?? 0);
    const total = national.buildSeconds + (pf?.seconds ?? 0);
    console.log(`\ngoal (2,543 parks × 10 years: every process ≤ 3,072 MB; build + index ≤ 3× the floor): ${national.status === 'ok' ? `build ${national.buildSeconds} s + index ${pf?.seconds ?? '—'} s = ${round(total, 1)} s; largest process ${largest} MB (build ${national.peakProcessRssMB} MB, index ${pf?.peakProcessRssMB ?? '—'} MB)` : `${national.status} (${national.buildSeconds} s, ${national.pages} pages written, peak ${national.peakTreeRssMB} MB)`}`);
    const f = national.floor;
    if (f?.status === 'ok') {
      const floor = f.buildSeconds + (f.pagefindSeconds ?? 0);
      console.log(`the stack's floor for ${f.pages} near-empty pages: ${round(floor, 1)} s (astro ${f.buildSeconds} s + pagefind ${f.pagefindSeconds ?? '—'} s), peak ${Math.max(f.buildMaxRssMB, f.pagefindMaxRssMB ?? 0)} MB; ours is ×${round(total / floor, 2)} the floor`);
      const ti = national.textIndex;
      if (ti?.status === 'ok' && ti.indexSeconds !== null) {
        // The least build + index can cost with this index: Astro at its floor, Pagefind at the cost of our text alone.
        const least = f.buildSeconds + ti.indexSeconds;
        console.log(`the index's own floor (the text our index holds, as plain records): ${ti.indexSeconds} s = ×${round(ti.indexSeconds / floor, 2)} the floor; with Astro at its floor, build + index ≥ ${round(least, 1)} s = ×${round(least / floor, 2)} the floor`);
      }
    }
  }
  writeFileSync(a.json, `${JSON.stringify({ machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version }, code: state, args: a, results, growth: g, cpuGrowth: gc }, null, 2)}\n`);
  if (!a.inPlace && !a.keep) rmSync(root, { recursive: true, force: true });
  console.log(`\nJSON: ${a.json}`);
  return results.every((r) => r.status === 'ok') ? 0 : 1;
}

/** One build + index of the incremental benchmark. */
export interface IncrementalStep {
  step: 'full' | 'one report' | 'one revised figure' | 'locale';
  status: 'ok' | 'failed' | 'did not finish';
  seconds: number;
  cpuSeconds: number | null;
  peakProcessRssMB: number;
  peakTreeRssMB: number;
  /** The build's own account of what it reused (incremental-report.ts, search-index.ts). */
  pagesLine: string;
  shardsLine: string;
  loadAverage: [number, number];
}

/** The benchmark's last line. */
export const incrementalLine = (s: Record<'full' | 'one report' | 'locale', number>): string => `incremental: full ${s.full} s, one report ${s['one report']} s, locale ${s.locale} s`;

async function incrementalStep(step: IncrementalStep['step'], root: string, out: string, env: NodeJS.ProcessEnv, a: BenchArgs, logName: string, dataDir: string): Promise<IncrementalStep> {
  const load0 = loadavg()[0] ?? 0;
  const m = await runMeasured(process.execPath, [...astroNodeFlags(process.env, csvBytes(dataDir)), astroBin(root), 'build', '--outDir', out], {
    cwd: root, env, timeoutMs: a.timeoutS * 1000, logFile: join(a.logDir, logName),
  });
  const status: IncrementalStep['status'] = m.timedOut ? 'did not finish' : m.exitCode === 0 ? 'ok' : 'failed';
  const find = (re: RegExp) => m.lines.find((l) => re.test(l.line))?.line.replace(/^\d\d:\d\d:\d\d /, '') ?? '';
  const r: IncrementalStep = {
    step, status, seconds: round(m.seconds, 2), cpuSeconds: m.cpuSeconds === null ? null : round(m.cpuSeconds, 1),
    peakProcessRssMB: MB(Math.max(m.peakProcessHwmKb, m.timeMaxRssKb ?? 0)), peakTreeRssMB: MB(m.peakTreeRssKb),
    pagesLine: find(/incremental build: rendered/), shardsLine: find(/\[yuanqu:pagefind\] indexed/), loadAverage: [round(load0, 2), round(loadavg()[0] ?? 0, 2)],
  };
  console.log(`${step}: ${status} in ${r.seconds} s (CPU ${r.cpuSeconds ?? '—'} s), largest process ${r.peakProcessRssMB} MB, tree ${r.peakTreeRssMB} MB, load ${r.loadAverage.join('→')}\n  ${r.pagesLine}\n  ${r.shardsLine}`);
  if (status !== 'ok') console.log(tail(m));
  return r;
}

/** `--incremental`: full build, one new report for one park, one changed locale string; each build + index. */
async function benchIncremental(a: BenchArgs): Promise<number> {
  const state = codeState();
  const root = snapshotProject(process.cwd());
  console.log(`code: ${state.commit}${state.changedFiles > 0 ? ` + ${state.changedFiles} uncommitted file(s) in src/public` : ''}; building in a snapshot, ${root}`);
  mkdirSync(a.logDir, { recursive: true });
  const all: IncrementalStep[][] = [];
  let ok = true;
  for (const n of [...a.parks].sort((x, y) => x - y)) {
    console.log(`\n━━ incremental, ${n} parks × ${a.years} years (seed ${a.seed})`);
    const { dir } = writeNational({ parks: n, years: a.years, seed: a.seed, dataDir: join(root, 'data'), out: mkdtempSync(join(tmpdir(), `yuanqu-inc-data-${n}-`)) });
    const larger = writeNational({ parks: n, years: a.years + 1, seed: a.seed, dataDir: join(root, 'data'), out: mkdtempSync(join(tmpdir(), `yuanqu-inc-larger-${n}-`)) }).dir;
    const out = mkdtempSync(join(tmpdir(), `yuanqu-inc-out-${n}-`));
    const cache = mkdtempSync(join(tmpdir(), `yuanqu-inc-cache-${n}-`));
    const cards = mkdtempSync(join(tmpdir(), `yuanqu-inc-cards-${n}-`));
    const env = { ...buildEnv(process.env, dir), CARD_CACHE_DIR: cards, ASTRO_CACHE_DIR: cache };
    const steps: IncrementalStep[] = [await incrementalStep('full', root, out, env, a, `incremental-${n}-full.log`, dir)];
    const [doc] = missingDocuments(dir, larger);
    if (!doc) throw new Error('the larger folder has no report the data lacks');
    const park = addReport(dir, larger, doc);
    console.log(`added report ${doc} of park ${park}`);
    steps.push(await incrementalStep('one report', root, out, env, a, `incremental-${n}-report.log`, dir));
    // Every HTML page prints the number of reports, so a new report renders them all; a revised figure does not change it.
    const row = reviseNote(dir, park, '合成数据：已核对。');
    console.log(`revised the note of row ${row} of park ${park}`);
    steps.push(await incrementalStep('one revised figure', root, out, env, a, `incremental-${n}-revised.log`, dir));
    const en = join(root, 'src', 'i18n', 'en.ts');
    const text = readFileSync(en, 'utf8');
    if (!text.includes("'park.documents': 'Documents',")) throw new Error('src/i18n/en.ts has no park.documents string to change');
    writeFileSync(en, text.replace("'park.documents': 'Documents',", "'park.documents': 'Reports',"));
    steps.push(await incrementalStep('locale', root, out, env, a, `incremental-${n}-locale.log`, dir));
    writeFileSync(en, text);
    all.push(steps);
    ok &&= steps.every((s) => s.status === 'ok');
    for (const d of [dir, larger, out, cache, cards]) if (!a.keep) rmSync(d, { recursive: true, force: true });
    const by = Object.fromEntries(steps.map((s) => [s.step, s.seconds])) as Record<IncrementalStep['step'], number>;
    console.log(`\n${n} parks: largest process ${Math.max(...steps.map((s) => s.peakProcessRssMB))} MB`);
    console.log(`one revised figure (no new report): ${by['one revised figure']} s`);
    console.log(incrementalLine(by));
  }
  writeFileSync(a.json, `${JSON.stringify({ machine: { cores: cpus().length, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version }, code: state, args: a, incremental: all }, null, 2)}\n`);
  if (!a.keep) rmSync(root, { recursive: true, force: true });
  console.log(`JSON: ${a.json}`);
  return ok ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
