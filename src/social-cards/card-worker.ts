/** A card pool's worker (run by tinypool, see card-pool.ts): draws one card into the cache folder, unless it is there already. */
import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';

export interface CardJob {
  key: string;
  svg: string;
  dir: string;
  options: ResvgRenderOptions;
}

export default function drawCard({ key, svg, dir, options }: CardJob): string {
  const out = join(dir, key);
  if (!existsSync(out)) {
    const png = new Resvg(svg, options).render().asPng();
    // Written aside and renamed, so a build running beside this one never reads half a file.
    const tmp = `${out}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, out);
  }
  return key;
}
