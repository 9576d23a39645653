// integrations/: what Astro runs around the pages (data check, search index, raw reports, island loader, CSP).
/**
 * Site search index: after every `astro build` (whatever its --outDir) Pagefind's Node API reads
 * the built HTML and writes its bundle to `<outDir>/pagefind/`.
 *
 * What is indexed is decided in the HTML, not here: Base.astro marks <main> with
 * `data-pagefind-body` (so pages without it — embeds, the 404 page — are left out) and the share
 * panel with `data-pagefind-ignore`. Pagefind splits the index by `<html lang>` (zh-cn, en) and
 * segments Chinese words, because the npm package runs the `pagefind_extended` binary.
 *
 * Only the search API is written (pagefind.js, its WebAssembly, the index and the fragments);
 * Pagefind's own UI bundles are not, since the site has its own search box.
 *
 * Pagefind holds every page it reads in memory until it writes, so no process reads more than
 * SHARD_PAGES pages of one edition: the pages are cut into shards (`planShards`: the site's own
 * pages first, each park's pages in the shard of a stable hash of its id), each edition of a shard
 * is indexed by a Pagefind process of its own, one after the other, and the two editions of a
 * shard are merged into one bundle (the per-language files are content-hashed and the shared ones
 * equal). The first shard is pagefind/ itself; the others sit in pagefind/shard-N/, listed per
 * language in pagefind/shards.json, and the search box merges those of its page's language at
 * query time (Pagefind's mergeIndex). A site under SHARD_PAGES pages per edition is one shard: the
 * same bundle as before sharding, and a shards.json with no folder in it. With a shard cache (an
 * incremental build), a shard whose pages are byte for byte those of a cached one is copied from
 * the cache instead of indexed.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { siteData } from '../data/site-data.ts';
import { fullBuildAsked } from '../node/astro.ts';

/**
 * Chart furniture that is not content (download links, the embed snippet with its <iframe> code)
 * and the share panel (also marked data-pagefind-ignore in Base.astro).
 */
export const EXCLUDE_SELECTORS = ['.chart-tools', '.chart-embed', '.share'];

/** Folders of pages that are never results (chart embeds carry no data-pagefind-body) nor pages. */
const UNSEARCHED = new Set(['embed', 'pagefind', '_astro']);

/**
 * The pages Pagefind reads, one list per edition (Chinese at the root, English under en/), sorted:
 * the home page and every page below it (not the root 404 page, which is no search result even
 * though it is marked as content), except the embed folders of either edition: Pagefind would read
 * and parse every embed page only to drop it (a sixth of the pages, ~1 ms each).
 */
export function editionFiles(outDir: string): string[][] {
  const html = (dir: string): string[] => (existsSync(join(outDir, dir)) ? readdirSync(join(outDir, dir), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => `${dir}/${f}`) : []);
  const folders = (prefix: string, list: readonly string[]) => list.filter((d) => !UNSEARCHED.has(d)).flatMap((d) => html(`${prefix}${d}`));
  const top = (dir: string) => (existsSync(join(outDir, dir)) ? readdirSync(join(outDir, dir), { withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => (dir ? `${dir}/${e.name}` : e.name)) : []);
  const sorted = (l: string[]) => l.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const dirs = subdirs(outDir);
  const zh = sorted([...top('').filter((f) => f === 'index.html'), ...folders('', dirs.filter((d) => d !== 'en'))]);
  const en = dirs.includes('en') ? sorted([...top('en'), ...folders('en/', subdirs(join(outDir, 'en')))]) : [];
  return en.length > 0 ? [zh, en] : [zh];
}

/**
 * Pages one Pagefind process indexes at most. Pagefind holds every page it reads in memory until
 * it writes, so a national edition in one process outgrew a CI runner; a shard's pages bound it.
 * `SEARCH_SHARD_PAGES` sets it (tests use small shards on a small site).
 */
export const SHARD_PAGES = 4000;

export function shardPages(env: NodeJS.ProcessEnv): number {
  const n = Number(env.SEARCH_SHARD_PAGES);
  return Number.isInteger(n) && n > 0 ? n : SHARD_PAGES;
}

/**
 * The group a page is indexed with: the park whose page (parks/<id>/…) or report (sources/<doc>/,
 * through `docPark`) it is, else the site's own pages (home, lists, indicators, compare, map, data).
 * A park's pages always land in the same shard, so one new report re-indexes its park's shard and
 * the site shard, and leaves the other shards as they are.
 */
export function pageGroup(page: string, docPark: (doc: string) => string | undefined = () => undefined): string {
  const m = /^(?:en\/)?(parks|sources)\/([^/]+)\//.exec(page);
  if (!m || m[2] === undefined) return SITE_GROUP;
  if (m[1] === 'parks') return `park:${m[2]}`;
  const park = docPark(m[2]);
  return park === undefined ? `doc:${m[2]}` : `park:${park}`;
}

/** The group of the pages that aggregate every park: always the first shard (pagefind/ itself). */
export const SITE_GROUP = 'site';

/** A stable number for a group (the first 32 bits of its SHA-256): its bucket does not move when other parks come or go. */
export const groupHash = (group: string): number => createHash('sha256').update(group).digest().readUInt32BE(0);

/**
 * How many buckets the parks' pages are hashed into: the least power of two that leaves each
 * bucket half the shard limit on average (room for an unlucky bucket to grow). A power of two,
 * so the count changes (and every park's shard with it) only when the site doubles.
 */
export function bucketCount(parkPages: number, perShard: number): number {
  let n = 1;
  while (parkPages / n > perShard / 2) n *= 2;
  return n;
}

export interface PlannedShard {
  /** Its folder inside pagefind/ ('' for the first shard, which carries the script). */
  folder: string;
  /** Its pages, one sorted list per edition. */
  editions: string[][];
}

/**
 * Cuts a shard's groups into parts of at most `perShard` pages per edition, groups in hash order
 * (a group larger than the limit alone is cut by page): only a bucket that outgrew the limit has
 * parts, and only its own shards move.
 */
function cutShard(groups: readonly { group: string; editions: string[][] }[], perShard: number, editionCount: number): string[][][] {
  const parts: string[][][] = [];
  let current: string[][] = Array.from({ length: editionCount }, () => []);
  const flush = () => {
    if (current.some((e) => e.length > 0)) parts.push(current);
    current = Array.from({ length: editionCount }, () => []);
  };
  const sorted = [...groups].sort((a, b) => groupHash(a.group) - groupHash(b.group) || (a.group < b.group ? -1 : 1));
  for (const g of sorted) {
    if (g.editions.some((e, i) => (current[i]?.length ?? 0) + e.length > perShard)) flush();
    if (g.editions.every((e) => e.length <= perShard)) {
      g.editions.forEach((e, i) => current[i]?.push(...e));
      continue;
    }
    const chunks = Math.max(...g.editions.map((e) => Math.ceil(e.length / perShard)));
    for (let c = 0; c < chunks; c++) {
      current = g.editions.map((e) => e.slice(c * perShard, (c + 1) * perShard));
      flush();
    }
  }
  flush();
  return parts.map((p) => p.map((e) => e.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))));
}

/**
 * The shards of a site: one, holding everything, when no edition has more than `perShard` pages
 * (the embedded data: the same bundle as an unsharded index); else the site's own pages first
 * (pagefind/), then the parks' pages by the bucket of their park (pagefind/shard-B/, and
 * shard-B-P/ for a bucket cut into parts), so a park's pages stay in their shard build after build.
 */
export function planShards(editions: readonly (readonly string[])[], perShard: number, groupOf: (page: string) => string = (p) => pageGroup(p)): PlannedShard[] {
  if (Math.max(0, ...editions.map((e) => e.length)) <= perShard) return [{ folder: '', editions: editions.map((e) => [...e]) }];
  const groupsOf = editions.map((e) => e.map(groupOf));
  const parkPages = Math.max(...groupsOf.map((g) => g.filter((x) => x !== SITE_GROUP).length));
  const buckets = bucketCount(parkPages, perShard);
  const shardOfGroup = (g: string): number => (g === SITE_GROUP ? -1 : groupHash(g) % buckets);
  const byShard = new Map<number, Map<string, string[][]>>();
  editions.forEach((pages, i) => {
    pages.forEach((page, j) => {
      const group = groupsOf[i]?.[j] ?? SITE_GROUP;
      const k = shardOfGroup(group);
      let groups = byShard.get(k);
      if (!groups) byShard.set(k, (groups = new Map()));
      let g = groups.get(group);
      if (!g) groups.set(group, (g = editions.map(() => [])));
      g[i]?.push(page);
    });
  });
  const out: PlannedShard[] = [];
  for (const k of [...byShard.keys()].sort((a, b) => a - b)) {
    const groups = [...(byShard.get(k) ?? new Map<string, string[][]>())].map(([group, e]) => ({ group, editions: e }));
    cutShard(groups, perShard, editions.length).forEach((e, part) => {
      const name = k < 0 ? (part === 0 ? '' : `shard-site-${part}/`) : `shard-${k + 1}${part === 0 ? '' : `-${part}`}/`;
      out.push({ folder: name, editions: e });
    });
  }
  return out;
}

/** The list the search box reads to merge the other shards: pagefind/shards.json. */
export const SHARDS_FILE = 'shards.json';

/**
 * shards.json: for each language, the shard folders beyond pagefind/ that hold pages in it.
 * Per language because Pagefind, asked for a language a merged bundle lacks, falls back to the
 * bundle's largest language: an English search would list Chinese pages.
 */
export function shardList(shards: readonly { folder: string; languages: Record<string, number> }[]): string {
  const list: Record<string, string[]> = {};
  for (const lang of [...new Set(shards.flatMap((s) => Object.keys(s.languages)))].sort()) {
    list[lang] = shards.flatMap((s) => (s.folder !== '' && (s.languages[lang] ?? 0) > 0 ? [s.folder] : []));
  }
  return `${JSON.stringify(list)}\n`;
}

/** Folder prefix of the hard-linked pages of the shard being indexed (left behind only by a killed run). */
const LINKED_PREFIX = '.search-shard-';

function subdirs(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name) : [];
}

/** Bundle files the site never loads: Pagefind's prebuilt UIs and highlighter, and its playground. */
export function isUnusedBundleFile(path: string): boolean {
  return /^(pagefind-(ui|modular-ui|component-ui|highlight)[.-]|playground\/)/.test(path);
}

export interface IndexSummary {
  /** Pages indexed per language, from pagefind-entry.json (pages without data-pagefind-body are not counted). */
  languages: Record<string, number>;
  files: number;
  bytes: number;
  /** Pagefind bundles the search box merges (pagefind/ and pagefind/shard-N/). */
  shards: number;
  /** Of those, the shards Pagefind indexed (the others were kept from the last build). */
  indexed: number;
  ms: number;
}

/** Pages per language in Pagefind's pagefind-entry.json. */
export function languagesOf(entryJson: string): Record<string, number> {
  const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
  return Object.fromEntries(Object.entries(entry.languages ?? {}).map(([lang, l]) => [lang, l.page_count ?? 0]));
}

/**
 * Merges the pagefind-entry.json of bundles that each hold other languages: the first one's
 * settings, every language, in the order Pagefind itself writes them (sorted).
 */
export function mergeEntries(entries: readonly string[]): string {
  const parsed = entries.map((e) => JSON.parse(e) as { languages?: Record<string, unknown> } & Record<string, unknown>);
  const first = parsed[0];
  if (!first) throw new Error('no pagefind-entry.json to merge');
  const languages: Record<string, unknown> = {};
  for (const p of parsed) {
    for (const [lang, v] of Object.entries(p.languages ?? {})) {
      if (lang in languages) throw new Error(`language ${lang} is in two bundles`);
      languages[lang] = v;
    }
  }
  const sorted = Object.fromEntries(Object.keys(languages).sort().map((k) => [k, languages[k]]));
  return JSON.stringify({ ...first, languages: sorted });
}

/**
 * Files only the first shard needs: the search box loads Pagefind's script, worker and
 * WebAssembly from pagefind/; a merged shard brings only its entry, metadata, index and fragments.
 */
const PRIMARY_ONLY = /^(pagefind\.js|pagefind-worker\.js|wasm\.[^/]+\.pagefind)$/;

/** Indexes one edition's pages of a shard (paths below `outDir`) in a Pagefind process of its own: its files, none if no page is a result. */
async function indexPages(outDir: string, pages: readonly string[]): Promise<{ files: { path: string; content: Uint8Array }[]; pages: number }> {
  if (pages.length === 0) return { files: [], pages: 0 };
  // Pagefind reads a folder; hard links give it exactly this shard's pages, with their own paths (and so URLs), at no copy.
  const linked = mkdtempSync(join(outDir, LINKED_PREFIX));
  try {
    for (const p of pages) {
      mkdirSync(dirname(join(linked, p)), { recursive: true });
      linkSync(join(outDir, p), join(linked, p));
    }
    const created = await createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    if (!created.index) throw new Error(created.errors.join('; ') || 'no index');
    const { index } = created;
    const added = await index.addDirectory({ path: linked, glob: '**/*.html' });
    if (added.errors.length > 0) throw new Error(added.errors.join('; '));
    if (added.page_count === 0) return { files: [], pages: 0 };
    const { files, errors } = await index.getFiles();
    if (errors.length > 0) throw new Error(errors.join('; '));
    return { files, pages: added.page_count };
  } finally {
    // Ends the Pagefind process, and with it the memory these pages took.
    await close();
    rmSync(linked, { recursive: true, force: true });
  }
}

/** A shard's files as Pagefind wrote them (relative to its folder), and its pages per language. */
interface ShardFiles {
  files: { path: string; content: Uint8Array }[];
  languages: Record<string, number>;
}

/** Indexes one planned shard, edition by edition, into the files of its folder. */
async function indexShard(outDir: string, shard: PlannedShard): Promise<ShardFiles> {
  const primary = shard.folder === '';
  const digests = new Map<string, string>();
  const entries: string[] = [];
  const files: { path: string; content: Uint8Array }[] = [];
  for (const edition of shard.editions) {
    const r = await indexPages(outDir, edition);
    for (const f of r.files) {
      if (f.path === 'pagefind-entry.json') {
        entries.push(new TextDecoder().decode(f.content));
        continue;
      }
      if (isUnusedBundleFile(f.path) || (!primary && PRIMARY_ONLY.test(f.path))) continue;
      // The script and WebAssembly every bundle carries must be the same in both, or the merged bundle would be inconsistent.
      const digest = createHash('sha256').update(f.content).digest('hex');
      const before = digests.get(f.path);
      if (before !== undefined) {
        if (before !== digest) throw new Error(`the editions' bundles differ in ${f.path}`);
        continue;
      }
      digests.set(f.path, digest);
      files.push(f);
    }
  }
  const entry = entries.length > 0 ? mergeEntries(entries) : null;
  if (entry) files.push({ path: 'pagefind-entry.json', content: new TextEncoder().encode(entry) });
  return { files, languages: entry ? languagesOf(entry) : {} };
}

/** Pagefind's version: a cached shard is only reused by the Pagefind that wrote it. */
function pagefindVersion(): string {
  for (let dir = dirname(fileURLToPath(import.meta.resolve('pagefind'))); dir !== dirname(dir); dir = dirname(dir)) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg)) {
      const { name, version } = JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string; version?: string };
      if (name === 'pagefind') return String(version);
    }
  }
  return 'unknown';
}

/**
 * A shard's inputs: every byte of its pages (with their paths), which of them is the first shard,
 * and what Pagefind is asked to leave out. Equal digests, equal bundles: the cached one is kept.
 */
export function shardDigest(outDir: string, shard: PlannedShard, version: string): string {
  const h = createHash('sha256').update(JSON.stringify({ cache: SHARD_CACHE_VERSION, version, exclude: EXCLUDE_SELECTORS, primary: shard.folder === '' }));
  for (const edition of shard.editions) {
    h.update('\u0001');
    for (const p of edition) h.update(`${p}\u0000`).update(createHash('sha256').update(readFileSync(join(outDir, p))).digest());
  }
  return h.digest('hex').slice(0, 40);
}

/** Bumped when what a cached shard holds changes shape. */
const SHARD_CACHE_VERSION = 1;

/** The file beside a cached shard's files with its pages per language. */
const SHARD_META = '.shard.json';

/**
 * Where shards are kept between builds, by the digest of their inputs (like the social cards):
 * `<dir>/<digest>/`, written to a temporary folder and renamed, so builds sharing it never read
 * half a shard.
 */
function readCachedShard(dir: string): ShardFiles | null {
  try {
    const { languages } = JSON.parse(readFileSync(join(dir, SHARD_META), 'utf8')) as { languages: Record<string, number> };
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f !== SHARD_META && statSync(join(dir, f)).isFile())
      .sort()
      .map((path) => ({ path, content: readFileSync(join(dir, path)) }));
    return { files, languages };
  } catch {
    return null;
  }
}

function writeCachedShard(cacheDir: string, digest: string, shard: ShardFiles): void {
  const target = join(cacheDir, digest);
  if (existsSync(target)) return;
  mkdirSync(cacheDir, { recursive: true });
  const tmp = mkdtempSync(join(cacheDir, `.${digest}-`));
  for (const f of shard.files) {
    mkdirSync(dirname(join(tmp, f.path)), { recursive: true });
    writeFileSync(join(tmp, f.path), f.content);
  }
  writeFileSync(join(tmp, SHARD_META), JSON.stringify({ languages: shard.languages }));
  try {
    renameSync(tmp, target);
  } catch {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface IndexOptions {
  /** Pages per edition of a shard at most. */
  perShard?: number;
  /** The park of a report (by document id): its source pages are indexed with its park's. */
  docPark?: (doc: string) => string | undefined;
  /** Where shards are kept between builds; none: every shard is indexed. */
  cacheDir?: string;
  /** Index every shard, whatever the cache holds (the cache is written afresh). */
  force?: boolean;
}

/** Indexes the built site in `outDir` and writes the bundle to `outDir/pagefind/`. Throws on any Pagefind error. */
export async function indexSite(outDir: string, perShardOrOptions: number | IndexOptions = {}): Promise<IndexSummary> {
  const options: IndexOptions = typeof perShardOrOptions === 'number' ? { perShard: perShardOrOptions } : perShardOrOptions;
  const perShard = options.perShard ?? shardPages(process.env);
  const started = performance.now();
  const bundle = join(outDir, 'pagefind');
  if (!existsSync(outDir)) throw new Error(`no folder ${outDir}`);
  for (const stale of readdirSync(outDir).filter((f) => f.startsWith(LINKED_PREFIX))) rmSync(join(outDir, stale), { recursive: true, force: true });
  // A bundle written before (index-site run again) may have more shards than this one.
  rmSync(bundle, { recursive: true, force: true });
  const shards = planShards(editionFiles(outDir), perShard, (p) => pageGroup(p, options.docPark));
  const version = options.cacheDir === undefined ? '' : pagefindVersion();
  let written = 0;
  let bytes = 0;
  let indexed = 0;
  const used = new Set<string>();
  const shardLanguages: { folder: string; languages: Record<string, number> }[] = [];
  for (const shard of shards) {
    const digest = options.cacheDir === undefined ? undefined : shardDigest(outDir, shard, version);
    const cached = digest === undefined || options.force || options.cacheDir === undefined ? null : readCachedShard(join(options.cacheDir, digest));
    const files = cached ?? (await indexShard(outDir, shard));
    if (!cached) indexed += 1;
    if (digest !== undefined && options.cacheDir !== undefined) {
      used.add(digest);
      if (!cached) writeCachedShard(options.cacheDir, digest, files);
    }
    for (const f of files.files) {
      const target = join(bundle, shard.folder, f.path);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, f.content);
      written += 1;
      bytes += f.content.byteLength;
    }
    shardLanguages.push({ folder: shard.folder, languages: files.languages });
  }
  // Shards no page needs any more (a park removed, a page changed) leave the cache.
  if (options.cacheDir !== undefined && existsSync(options.cacheDir)) {
    for (const name of readdirSync(options.cacheDir)) if (!used.has(name) && !name.startsWith('.')) rmSync(join(options.cacheDir, name), { recursive: true, force: true });
  }
  const languages: Record<string, number> = {};
  for (const l of shardLanguages) for (const [lang, n] of Object.entries(l.languages)) languages[lang] = (languages[lang] ?? 0) + n;
  if (shards.every((s) => s.editions.every((e) => e.length === 0))) throw new Error(`no HTML page in ${outDir}`);
  if (Object.values(languages).every((n) => n === 0)) throw new Error(`no page in ${outDir} was indexed (is data-pagefind-body on <main>?)`);
  const list = shardList(shardLanguages);
  mkdirSync(bundle, { recursive: true });
  writeFileSync(join(bundle, SHARDS_FILE), list);
  written += 1;
  bytes += Buffer.byteLength(list);
  return { languages: Object.fromEntries(Object.keys(languages).sort().map((l) => [l, languages[l] ?? 0])), files: written, bytes, shards: shards.length, indexed, ms: Math.round(performance.now() - started) };
}

/**
 * `SEARCH_INDEX=off` builds without the index: for a quick local build, or to index apart
 * (`npm run index-site`, which bench:build uses to time and measure Pagefind on its own).
 */
export function searchIndexOff(env: NodeJS.ProcessEnv): boolean {
  return env.SEARCH_INDEX === 'off';
}

/** The shard cache of a build whose Astro cache folder is `astroCacheDir`: beside Astro's own incremental cache. */
export const shardCacheDir = (astroCacheDir: string): string => join(astroCacheDir, 'search-shards');

/** The park of each report, from the build's data: a report's page is indexed in its park's shard. */
export function docParkOf(documents: readonly { id: string; park_id: string }[]): (doc: string) => string | undefined {
  const m = new Map(documents.map((d) => [d.id, d.park_id]));
  return (doc) => m.get(doc);
}

/** What the build prints: how many shards there are, how many were indexed, the pages, files and time. */
export function indexLine(s: IndexSummary, where: string): string {
  const langs = Object.entries(s.languages).map(([l, n]) => `${n} ${l}`).join(', ');
  const kept = s.shards - s.indexed;
  return `indexed ${langs} pages${where} → pagefind/ (${s.shards} shard${s.shards === 1 ? '' : 's'}: ${s.indexed} indexed, ${kept} kept; ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KB) in ${s.ms} ms`;
}

/** The Astro integration: `integrations: [pagefindIndex()]`. */
export function pagefindIndex(): AstroIntegration {
  let cacheDir: string | undefined;
  return {
    name: 'yuanqu:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        // The shards are kept only where Astro keeps its pages: an incremental build.
        cacheDir = config.experimental.incrementalBuild ? shardCacheDir(fileURLToPath(config.cacheDir)) : undefined;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (searchIndexOff(process.env)) {
          logger.info('search index skipped (SEARCH_INDEX=off); `npm run index-site` writes it later');
          return;
        }
        try {
          const s = await indexSite(outDir, { docPark: docParkOf(siteData().dataset.documents), cacheDir, force: fullBuildAsked(process.env) });
          logger.info(indexLine(s, ''));
        } catch (e) {
          throw new Error(`search index (Pagefind) failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    },
  };
}
