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
import { Worker } from 'node:worker_threads';
import { resvgOptions } from './card-render.ts';

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

// CommonJS, run with `eval`: the worker needs no file of its own beside the bundled build.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { existsSync, renameSync, writeFileSync } = require('node:fs');
const { Resvg } = require(workerData.resvg);
parentPort.on('message', ({ key, svg }) => {
  const out = workerData.dir + '/' + key;
  try {
    if (!existsSync(out)) {
      const png = new Resvg(svg, workerData.options).render().asPng();
      const tmp = out + '.' + process.pid + '.' + Math.random().toString(36).slice(2) + '.tmp';
      writeFileSync(tmp, png);
      renameSync(tmp, out);
    }
    parentPort.postMessage({ key });
  } catch (e) {
    parentPort.postMessage({ key, error: String((e && e.stack) || e) });
  }
});`;

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
  const queue = [...new Map(svgs.map((svg) => [cardKey(svg), svg] as const))].map(([key, svg]) => ({ key, svg }));
  const done = new Map<string, { promise: Promise<void>; resolve(): void; reject(e: Error): void }>();
  for (const { key } of queue) {
    let resolveIt!: () => void;
    let rejectIt!: (e: Error) => void;
    const promise = new Promise<void>((res, rej) => { resolveIt = res; rejectIt = rej; });
    // A card nobody asks for must not fail the build as an unhandled rejection.
    promise.catch(() => undefined);
    done.set(key, { promise, resolve: resolveIt, reject: rejectIt });
  }
  const threads = Array.from({ length: Math.min(workers, queue.length) }, () =>
    new Worker(WORKER, { eval: true, workerData: { resvg: require.resolve('@resvg/resvg-js'), options: resvgOptions(fonts), dir } }));
  const feed = (w: Worker) => {
    const job = queue.shift();
    if (job) w.postMessage(job);
    else void w.terminate();
  };
  for (const w of threads) {
    w.on('message', (m: { key: string; error?: string }) => {
      const d = done.get(m.key);
      if (m.error) d?.reject(new Error(`social card ${m.key}: ${m.error}`));
      else d?.resolve();
      feed(w);
    });
    w.on('error', (e) => { for (const d of done.values()) d.reject(e); });
    feed(w);
  }
  return {
    async png(key) {
      const d = done.get(key);
      if (!d) throw new Error(`social card ${key} was never given to drawCards`);
      // Asked for before a worker reached it: it goes to the front of the queue.
      const waiting = queue.findIndex((j) => j.key === key);
      if (waiting > 0) queue.unshift(...queue.splice(waiting, 1));
      await d.promise;
      return readFileSync(join(dir, key));
    },
  };
}
