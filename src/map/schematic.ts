/**
 * Layout of a park's zone schematic (示意图, not to scale): one labelled block per zone, placed
 * at the zone's schematic_x/y (0–1, a relative layout from zones.csv, never a coordinate) inside
 * an inset frame. Blocks are clamped into the frame, then pushed apart until none overlap; if
 * they cannot be separated the frame grows taller. Deterministic, pure.
 */
import { overlaps, textWidth, type Box } from './labels.ts';

export interface SchematicZone {
  readonly id: string;
  readonly name: string;
  readonly industries: readonly string[];
  readonly schematic_x: number;
  readonly schematic_y: number;
}

export interface SchematicOptions {
  /** Width of the whole SVG. */
  readonly width: number;
  /** Initial frame height (the frame grows if the blocks do not fit). */
  readonly frameHeight: number;
  /** Space above the frame (for the 示意图 caption). */
  readonly top: number;
  readonly margin: number;
  /** Inner padding of the frame. */
  readonly inset: number;
  readonly nameSize: number;
  readonly tagSize: number;
  /** Longest line in a block before it wraps. */
  readonly maxLine: number;
  /** Minimum space between blocks. */
  readonly gap: number;
}

export const SCHEMATIC_DEFAULTS: SchematicOptions = {
  width: 400,
  frameHeight: 250,
  top: 26,
  margin: 1,
  inset: 10,
  nameSize: 13,
  tagSize: 11,
  maxLine: 150,
  gap: 6,
};

export interface BlockLine {
  readonly text: string;
  readonly kind: 'name' | 'tag';
  /** Baseline offset from the block's top edge. */
  readonly y: number;
}

export interface Block {
  readonly zone: SchematicZone;
  /** 1-based key shown in the block and in the list beside the schematic. */
  readonly n: number;
  readonly box: Box;
  /** Where the zone's schematic_x/y points inside the frame, before any nudging. */
  readonly ideal: readonly [number, number];
  readonly lines: readonly BlockLine[];
}

export interface SchematicLayout {
  readonly width: number;
  readonly height: number;
  readonly frame: Box;
  readonly blocks: readonly Block[];
  readonly options: SchematicOptions;
}

const BADGE = 18;
const PAD_X = 6;
const PAD_Y = 4;
const LINE = 1.3;

/** Breaks `s` into lines no wider than `max`, preferring a break before a full-width bracket. */
export function wrap(s: string, size: number, max: number): string[] {
  if (textWidth(s, size) <= max) return [s];
  const bracket = s.indexOf('（');
  if (bracket > 0) {
    const head = s.slice(0, bracket);
    if (textWidth(head, size) <= max) return [head, ...wrap(s.slice(bracket), size, max)];
  }
  const out: string[] = [];
  let line = '';
  for (const ch of s) {
    if (line !== '' && textWidth(line + ch, size) > max) {
      out.push(line);
      line = '';
    }
    line += ch;
  }
  if (line !== '') out.push(line);
  return out;
}

function blockLines(z: SchematicZone, o: SchematicOptions): { lines: BlockLine[]; w: number; h: number } {
  const raw: { text: string; kind: 'name' | 'tag' }[] = [
    ...wrap(z.name, o.nameSize, o.maxLine).map((text) => ({ text, kind: 'name' as const })),
    ...(z.industries.length > 0 ? wrap(z.industries.join('、'), o.tagSize, o.maxLine).map((text) => ({ text, kind: 'tag' as const })) : []),
  ];
  let y = PAD_Y;
  let w = 0;
  const lines = raw.map((l) => {
    const size = l.kind === 'name' ? o.nameSize : o.tagSize;
    y += size * LINE;
    w = Math.max(w, textWidth(l.text, size));
    return { ...l, y: y - size * (LINE - 1) / 2 - size * 0.12 };
  });
  return { lines, w: BADGE + w + 2 * PAD_X, h: y + PAD_Y };
}

function clamp(v: number, lo: number, hi: number): number {
  return Math.min(Math.max(v, lo), Math.max(lo, hi));
}

interface Mutable { x: number; y: number; w: number; h: number }

function boxOf(m: Mutable): Box {
  return { x0: m.x - m.w / 2, y0: m.y - m.h / 2, x1: m.x + m.w / 2, y1: m.y + m.h / 2 };
}

function grow(b: Box, by: number): Box {
  return { x0: b.x0 - by, y0: b.y0 - by, x1: b.x1 + by, y1: b.y1 + by };
}

/** Pushes overlapping blocks apart inside `area`; returns true when no two overlap. */
function separate(items: Mutable[], area: Box, gap: number, rounds = 400): boolean {
  const fit = (m: Mutable) => {
    m.x = clamp(m.x, area.x0 + m.w / 2, area.x1 - m.w / 2);
    m.y = clamp(m.y, area.y0 + m.h / 2, area.y1 - m.h / 2);
  };
  items.forEach(fit);
  for (let round = 0; round < rounds; round++) {
    let moved = false;
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i] as Mutable;
        const b = items[j] as Mutable;
        const A = grow(boxOf(a), gap / 2);
        const B = boxOf(b);
        if (!overlaps(A, grow(B, gap / 2))) continue;
        moved = true;
        const ox = Math.min(A.x1, B.x1 + gap / 2) - Math.max(A.x0, B.x0 - gap / 2);
        const oy = Math.min(A.y1, B.y1 + gap / 2) - Math.max(A.y0, B.y0 - gap / 2);
        if (oy <= ox) {
          const dir = a.y < b.y || (a.y === b.y && i < j) ? -1 : 1;
          a.y += (dir * oy) / 2 + dir * 0.01;
          b.y -= (dir * oy) / 2 + dir * 0.01;
        } else {
          const dir = a.x < b.x || (a.x === b.x && i < j) ? -1 : 1;
          a.x += (dir * ox) / 2 + dir * 0.01;
          b.x -= (dir * ox) / 2 + dir * 0.01;
        }
        fit(a);
        fit(b);
      }
    }
    if (!moved) return true;
  }
  return !items.some((a, i) => items.some((b, j) => j > i && overlaps(boxOf(a), boxOf(b))));
}

export function layoutSchematic(zones: readonly SchematicZone[], options: Partial<SchematicOptions> = {}): SchematicLayout {
  const o: SchematicOptions = { ...SCHEMATIC_DEFAULTS, ...options };
  const sized = zones.map((z) => ({ z, ...blockLines(z, o) }));
  for (let frameH = o.frameHeight; ; frameH += 30) {
    const frame: Box = { x0: o.margin, y0: o.top, x1: o.width - o.margin, y1: o.top + frameH };
    const area: Box = { x0: frame.x0 + o.inset, y0: frame.y0 + o.inset, x1: frame.x1 - o.inset, y1: frame.y1 - o.inset };
    const ideal = sized.map(({ z }) => [
      area.x0 + z.schematic_x * (area.x1 - area.x0),
      area.y0 + z.schematic_y * (area.y1 - area.y0),
    ] as const);
    const items: Mutable[] = sized.map((s, i) => ({ x: ideal[i]?.[0] ?? 0, y: ideal[i]?.[1] ?? 0, w: Math.min(s.w, area.x1 - area.x0), h: s.h }));
    const ok = separate(items, area, o.gap);
    if (ok || frameH > o.frameHeight + 30 * 20) {
      return {
        width: o.width,
        height: Math.ceil(frame.y1 + o.margin),
        frame,
        options: o,
        blocks: sized.map((s, i) => ({
          zone: s.z,
          n: i + 1,
          box: boxOf(items[i] as Mutable),
          ideal: ideal[i] ?? [0, 0],
          lines: s.lines,
        })),
      };
    }
  }
}
