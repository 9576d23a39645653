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
 * SHARD_PAGES pages of one edition: the pages are dealt into shards, each edition of a shard is
 * indexed by a Pagefind process of its own, one after the other, and the two editions of a shard
 * are merged into one bundle (the per-language files are content-hashed and the shared ones
 * equal). Shard 0 is pagefind/ itself; the others sit in pagefind/shard-N/, listed per language in
 * pagefind/shards.json, and the search box merges those of its page's language at query time
 * (Pagefind's mergeIndex). A site under SHARD_PAGES pages per edition is one shard: the same
 * bundle as before sharding, and a shards.json with no folder in it.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

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
 * Deals each edition's pages into `n` shards, card by card, so every shard holds the same mix of
 * page kinds: its word statistics, and with them the scores of its results, stay close to those of
 * one index over everything, so the merged results rank alike.
 */
export function dealShards(editions: readonly (readonly string[])[], perShard: number): string[][][] {
  const n = Math.max(1, ...editions.map((e) => Math.ceil(e.length / perShard)));
  return Array.from({ length: n }, (_, k) => editions.map((e) => e.filter((_, i) => i % n === k)));
}

/** Where shard `k` is written, inside pagefind/ (shard 0 is the bundle itself). */
export const shardFolder = (k: number): string => (k === 0 ? '' : `shard-${k}/`);

/** The list the search box reads to merge the other shards: pagefind/shards.json. */
export const SHARDS_FILE = 'shards.json';

/**
 * shards.json: for each language, the shard folders beyond pagefind/ that hold pages in it.
 * Per language because Pagefind, asked for a language a merged bundle lacks, falls back to the
 * bundle's largest language: an English search would list Chinese pages.
 */
export function shardList(languagesPerShard: readonly Record<string, number>[]): string {
  const list: Record<string, string[]> = {};
  for (const lang of [...new Set(languagesPerShard.flatMap((l) => Object.keys(l)))].sort()) {
    list[lang] = languagesPerShard.flatMap((l, k) => (k > 0 && (l[lang] ?? 0) > 0 ? [shardFolder(k)] : []));
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

/** Indexes the built site in `outDir` and writes the bundle to `outDir/pagefind/`. Throws on any Pagefind error. */
export async function indexSite(outDir: string, perShard = shardPages(process.env)): Promise<IndexSummary> {
  const started = performance.now();
  const bundle = join(outDir, 'pagefind');
  if (!existsSync(outDir)) throw new Error(`no folder ${outDir}`);
  for (const stale of readdirSync(outDir).filter((f) => f.startsWith(LINKED_PREFIX))) rmSync(join(outDir, stale), { recursive: true, force: true });
  // A bundle written before (index-site run again) may have more shards than this one.
  rmSync(bundle, { recursive: true, force: true });
  const shards = dealShards(editionFiles(outDir), perShard);
  let pages = 0;
  let written = 0;
  let bytes = 0;
  const shardLanguages: Record<string, number>[] = [];
  const write = (path: string, content: Uint8Array | string) => {
    const target = join(bundle, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
    written += 1;
    bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
  };
  for (const [k, editions] of shards.entries()) {
    const digests = new Map<string, string>();
    const entries: string[] = [];
    for (const edition of editions) {
      const r = await indexPages(outDir, edition);
      pages += r.pages;
      for (const f of r.files) {
        if (f.path === 'pagefind-entry.json') {
          entries.push(new TextDecoder().decode(f.content));
          continue;
        }
        if (isUnusedBundleFile(f.path) || (k > 0 && PRIMARY_ONLY.test(f.path))) continue;
        // The script and WebAssembly every bundle carries must be the same in both, or the merged bundle would be inconsistent.
        const digest = createHash('sha256').update(f.content).digest('hex');
        const before = digests.get(f.path);
        if (before !== undefined) {
          if (before !== digest) throw new Error(`the editions' bundles differ in ${f.path}`);
          continue;
        }
        digests.set(f.path, digest);
        write(shardFolder(k) + f.path, f.content);
      }
    }
    const entry = entries.length > 0 ? mergeEntries(entries) : null;
    if (entry) write(`${shardFolder(k)}pagefind-entry.json`, entry);
    shardLanguages.push(entry ? languagesOf(entry) : {});
  }
  if (pages === 0) throw new Error(`no HTML page in ${outDir}`);
  const languages: Record<string, number> = {};
  for (const l of shardLanguages) for (const [lang, n] of Object.entries(l)) languages[lang] = (languages[lang] ?? 0) + n;
  if (Object.values(languages).every((n) => n === 0)) throw new Error(`no page in ${outDir} was indexed (is data-pagefind-body on <main>?)`);
  write(SHARDS_FILE, shardList(shardLanguages));
  return { languages: Object.fromEntries(Object.keys(languages).sort().map((l) => [l, languages[l] ?? 0])), files: written, bytes, shards: shards.length, ms: Math.round(performance.now() - started) };
}

/**
 * `SEARCH_INDEX=off` builds without the index: for a quick local build, or to index apart
 * (`npm run index-site`, which bench:build uses to time and measure Pagefind on its own).
 */
export function searchIndexOff(env: NodeJS.ProcessEnv): boolean {
  return env.SEARCH_INDEX === 'off';
}

/** The Astro integration: `integrations: [pagefindIndex()]`. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'yuanqu:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        if (searchIndexOff(process.env)) {
          logger.info('search index skipped (SEARCH_INDEX=off); `npm run index-site` writes it later');
          return;
        }
        try {
          const s = await indexSite(outDir);
          const langs = Object.entries(s.languages).map(([l, n]) => `${n} ${l}`).join(', ');
          logger.info(`indexed ${langs} pages → pagefind/ (${s.shards} shard${s.shards === 1 ? '' : 's'}, ${s.files} files, ${(s.bytes / 1024).toFixed(0)} KB) in ${s.ms} ms`);
        } catch (e) {
          throw new Error(`search index (Pagefind) failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    },
  };
}
