/** A card pool's worker (run by tinypool, see card-pool.ts): draws one card into the cache folder, unless it is there already. */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

export interface CardJob {
  key: string;
  svg: string;
  dir: string;
  options: ResvgRenderOptions;
}

/**
 * resvg keeps each card's pixels (1200×630 RGBA) and parsed fonts outside the V8 heap, freed only
 * when the small JS objects that hold them are collected, which this thread's nearly empty heap
 * never asks for: unchecked, the thread's memory grows by the pixels of every card it draws.
 * A full collection every few cards frees them.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const COLLECT_EVERY = 8;
let drawn = 0;

export default async function drawCard({ key, svg, dir, options }: CardJob): Promise<string> {
  const out = join(dir, key);
  if (!existsSync(out)) {
    const png = new Resvg(svg, options).render().asPng();
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, out);
    if (++drawn % COLLECT_EVERY === 0) {
      collect();
      // resvg's finalizers run from the event loop, after the collection found its objects.
      await new Promise((ok) => setImmediate(ok));
    }
  }
  return key;
}
