/**
 * Figures kept for the whole build, compactly. A park's charts are drawn for its page and used
 * again, routes later, by its embed pages and downloads; drawing them again there costs more than
 * keeping them, but kept as objects (SVG and table strings, about 3 bytes of V8 heap per
 * character) they grow the heap with the dataset and every major GC walks them. Deflated JSON
 * takes several times less, sits outside the V8 heap, and costs a fraction of a millisecond to
 * write and to read.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ChartFigure } from '../charts/figure.ts';
import { cached, cachedRecent } from '../lib/memo.ts';

/** Figures by name (or null where a chart is not drawn), packed into one buffer. */
export interface PackedFigures<T extends { [K in keyof T]: ChartFigure | null }> {
  readonly bytes: Buffer;
  /** Only for the type: what `unpackFigures` returns. */
  readonly _type?: T;
}

export function packFigures<T extends { [K in keyof T]: ChartFigure | null }>(figures: T): PackedFigures<T> {
  return { bytes: deflateRawSync(JSON.stringify(figures), { level: 1 }) };
}

/** A fresh copy of the packed figures (JSON keeps every field a figure has: strings, numbers, booleans, arrays). */
export function unpackFigures<T extends { [K in keyof T]: ChartFigure | null }>(p: PackedFigures<T>): T {
  return JSON.parse(inflateRawSync(p.bytes).toString('utf8')) as T;
}

/**
 * Figures drawn once per build under `family`/`key`: the `recent` most recently used kept as
 * objects (the files of one route ask for the same figures a few times in a row), all of them
 * packed for the routes that come back to them later.
 */
export function drawnOnce<T extends { [K in keyof T]: ChartFigure | null }>(owner: object, family: string, key: string, recent: number, draw: () => T): T {
  const packed = cached(owner, `${family}|packed`, () => new Map<string, PackedFigures<T>>());
  return cachedRecent(owner, family, key, recent, () => {
    const kept = packed.get(key);
    if (kept) return unpackFigures(kept);
    const figures = draw();
    packed.set(key, packFigures(figures));
    return figures;
  });
}
