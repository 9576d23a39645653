/**
 * Figures kept for the whole build, compactly. Every chart is drawn once and used by up to four
 * files (its page, its embed page, its SVG and CSV downloads), which Astro renders route by route,
 * so the figures of every park stay cached until the last route. Held as strings, the two SVGs of
 * a figure cost ~3 bytes per character of V8 heap (two-byte text, concatenated pieces): 230 MB at
 * 250 parks, growing with the dataset, and every major GC walks it. Deflated they take ~5× less,
 * sit outside the V8 heap, and cost ~0.1 ms to write and ~0.06 ms to read per SVG.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { ChartFigure } from '../charts/figure.ts';

const pack = (svg: string): Buffer => deflateRawSync(svg, { level: 1 });
const unpack = (b: Buffer): string => inflateRawSync(b).toString('utf8');

/** The same figure, whose `svgNarrow` and `svgWide` are inflated each time they are read. */
export function compactFigure(f: ChartFigure): ChartFigure {
  const { svgNarrow, svgWide, ...rest } = f;
  const narrow = pack(svgNarrow);
  const wide = pack(svgWide);
  return Object.defineProperties({ ...rest, svgNarrow: '', svgWide: '' }, {
    svgNarrow: { get: () => unpack(narrow), enumerable: true },
    svgWide: { get: () => unpack(wide), enumerable: true },
  });
}
