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
 * Each edition is indexed by a Pagefind process of its own, one after the other, and the two
 * bundles are merged: Pagefind holds every page it reads in memory until it writes, so one
 * process for both editions peaked at their sum (at 1,000 synthetic parks 7.4 GB, against 5.5 GB
 * one edition at a time, in the same time). The bundle is the same bytes either way: the
 * per-language files are content-hashed and the shared ones equal.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
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
 * The pages Pagefind reads, one glob per edition (Chinese at the root, English under en/): the
 * home page and every page below it (not the root 404 page, which is no search result even though
 * it is marked as content), except the embed folders of either edition: Pagefind would read and
 * parse every embed page only to drop it (a sixth of the pages, ~1 ms each).
 * `dirs` are the folders at the site's root, `enDirs` those under en/.
 */
export function editionGlobs(dirs: readonly string[], enDirs: readonly string[]): string[] {
  const under = (prefix: string, list: readonly string[]) => list.filter((d) => !UNSEARCHED.has(d)).map((d) => `${prefix}${d}/**/*.html`);
  const brace = (parts: readonly string[]) => `{${parts.join(',')}}`;
  const globs = [brace(['index.html', ...under('', dirs.filter((d) => d !== 'en'))])];
  if (dirs.includes('en')) globs.push(brace(['en/*.html', ...under('en/', enDirs)]));
  return globs;
}

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

/** Indexes the built site in `outDir` and writes the bundle to `outDir/pagefind/`. Throws on any Pagefind error. */
export async function indexSite(outDir: string): Promise<IndexSummary> {
  const started = performance.now();
  const bundle = join(outDir, 'pagefind');
  const digests = new Map<string, string>();
  const entries: string[] = [];
  let pages = 0;
  let written = 0;
  let bytes = 0;
  for (const glob of editionGlobs(subdirs(outDir), subdirs(join(outDir, 'en')))) {
    try {
      const created = await createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
      if (!created.index) throw new Error(created.errors.join('; ') || 'no index');
      const { index } = created;
      const added = await index.addDirectory({ path: outDir, glob });
      if (added.errors.length > 0) throw new Error(added.errors.join('; '));
      pages += added.page_count;
      if (added.page_count === 0) continue;
      const { files, errors } = await index.getFiles();
      if (errors.length > 0) throw new Error(errors.join('; '));
      for (const f of files) {
        if (f.path === 'pagefind-entry.json') {
          entries.push(new TextDecoder().decode(f.content));
          continue;
        }
        if (isUnusedBundleFile(f.path)) continue;
        // The script and WebAssembly every bundle carries must be the same in both, or the merged bundle would be inconsistent.
        const digest = createHash('sha256').update(f.content).digest('hex');
        const before = digests.get(f.path);
        if (before !== undefined) {
          if (before !== digest) throw new Error(`the editions' bundles differ in ${f.path}`);
          continue;
        }
        digests.set(f.path, digest);
        const target = join(bundle, f.path);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, f.content);
        written += 1;
        bytes += f.content.byteLength;
      }
    } finally {
      // Ends the Pagefind process, and with it the memory this edition took.
      await close();
    }
  }
  if (pages === 0) throw new Error(`no HTML page in ${outDir}`);
  const entry = mergeEntries(entries);
  const languages = languagesOf(entry);
  if (Object.values(languages).every((n) => n === 0)) throw new Error(`no page in ${outDir} was indexed (is data-pagefind-body on <main>?)`);
  writeFileSync(join(bundle, 'pagefind-entry.json'), entry);
  written += 1;
  bytes += Buffer.byteLength(entry);
  return { languages, files: written, bytes, ms: Math.round(performance.now() - started) };
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
          logger.info(`indexed ${langs} pages → pagefind/ (${s.files} files, ${(s.bytes / 1024).toFixed(0)} KB) in ${s.ms} ms`);
        } catch (e) {
          throw new Error(`search index (Pagefind) failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      },
    },
  };
}
