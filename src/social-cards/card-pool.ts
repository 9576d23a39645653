// social-cards/: the 1200×630 PNG cards shared links show.
/**
 * Social cards drawn beside the pages. A card costs ~15 ms (resvg draws it, then encodes the PNG),
 * and a national build has thousands, while Astro renders pages on one core. So the card route's
 * getStaticPaths hands every card to worker threads at once. They draw on the other cores while
 * Astro renders the routes before `og/`. By the time it gets there, each card is a file to read.
 *
 * Cards are content-addressed (the SVG and the versions of resvg and the fonts), in a cache folder
 * that outlives the build. A rebuild after a new year's report only draws the cards that changed.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import Tinypool from 'tinypool';
import { resvgOptions } from './card-render.ts';
import type { CardJob } from './card-worker.ts';

const require = createRequire(import.meta.url);

/** Where drawn cards are kept between builds ($CARD_CACHE_DIR, else node_modules/.cache/). */
export function cardCacheDir(): string {
  return resolve(process.env.CARD_CACHE_DIR ?? join('node_modules', '.cache', 'yuanqu-cards'));
}

/** What else decides a card's pixels besides its SVG: the renderer and the fonts. */
function rendererVersion(): string {
  // Neither package exports its package.json: read the one above the resolved entry.
  const version = (pkg: string) => {
    for (let dir = dirname(require.resolve(pkg)); dir !== dirname(dir); dir = dirname(dir)) {
      const file = join(dir, 'package.json');
      if (!existsSync(file)) continue;
      const json = JSON.parse(readFileSync(file, 'utf8')) as { name?: string; version?: string };
      if (json.name === pkg) return json.version ?? '?';
    }
    throw new Error(`no package.json for ${pkg}`);
  };
  return `resvg ${version('@resvg/resvg-js')} fonts ${version('@embedpdf/fonts-sc')}`;
}

let renderer: string | undefined;
/** File name of a card in the cache: a hash of its SVG and the renderer. */
export function cardKey(svg: string): string {
  renderer ??= rendererVersion();
  return `${createHash('sha256').update(renderer).update('\n').update(svg).digest('hex').slice(0, 32)}.png`;
}

/**
 * The worker module, src/social-cards/card-worker.ts, found from this module's own place: beside it
 * in the sources, or in the project above Astro's bundle (.astro/.prerender/chunks/) in a build.
 */
function workerFile(): string {
  const rel = join('src', 'social-cards', 'card-worker.ts');
  for (let dir = dirname(fileURLToPath(import.meta.url)); dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, rel))) return join(dir, rel);
  }
  throw new Error(`social cards: no ${rel} above ${fileURLToPath(import.meta.url)}`);
}

export interface CardPool {
  /** The PNG of a card given to `drawCards`, once a worker has drawn it (or found it in the cache). */
  png(key: string): Promise<Uint8Array>;
}

/**
 * Starts drawing `svgs` (in this order) on `workers` threads (default: the cores but one, at
 * least one), with the font files `fonts`. Cards already in the cache are not drawn again.
 */
export function drawCards(svgs: readonly string[], fonts: string[], workers = Math.max(1, availableParallelism() - 1), dir = cardCacheDir()): CardPool {
  mkdirSync(dir, { recursive: true });
  const jobs = new Map(svgs.map((svg) => [cardKey(svg), svg] as const));
  const pool = new Tinypool({ filename: workerFile(), minThreads: 0, maxThreads: Math.max(1, Math.min(workers, jobs.size)) });
  const options = resvgOptions(fonts);
  const done = new Map<string, Promise<void>>();
  for (const [key, svg] of jobs) {
    const job: CardJob = { key, svg, dir, options };
    const drawn = (pool.run(job) as Promise<string>).then(
      () => undefined,
      (e: unknown) => { throw new Error(`social card ${key}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`); },
    );
    // A card nobody asks for must not fail the build as an unhandled rejection.
    drawn.catch(() => undefined);
    done.set(key, drawn);
  }
  void Promise.allSettled(done.values()).then(() => pool.destroy());
  return {
    async png(key) {
      const d = done.get(key);
      if (!d) throw new Error(`social card ${key} was never given to drawCards`);
      await d;
      return readFileSync(join(dir, key));
    },
  };
}
