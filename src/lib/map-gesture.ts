/**
 * The map's gesture maths, pure (the island feeds it client points): where an SVG point sits on
 * screen for a view, the view that keeps what was under the fingers under them as they move
 * (drag, pinch and two-finger pan are one rule), and what counts as a double tap. The rule is
 * d3-zoom's: at the start of a gesture the fingers' midpoint is tied to the SVG point under it;
 * each move scales by how far the fingers spread and puts that point back under the midpoint.
 */
import { clampView, MAX_ZOOM, type View } from './map-state.ts';

export interface Pt {
  readonly x: number;
  readonly y: number;
}

/**
 * Where the drawing sits on screen: its centre in client pixels and its pixels per SVG unit at
 * zoom 1. With preserveAspectRatio "meet" the drawing is centred in the element's box.
 */
export interface Frame {
  readonly x: number;
  readonly y: number;
  readonly ppu: number;
}

export function frameOf(box: { left: number; top: number; width: number; height: number }, width: number, height: number): Frame {
  return { x: box.left + box.width / 2, y: box.top + box.height / 2, ppu: Math.min(box.width / width, box.height / height) };
}

/** The SVG point under client point p. */
export function svgAt(v: View, f: Frame, p: Pt): Pt {
  const s = v.k * f.ppu;
  return { x: v.cx + (p.x - f.x) / s, y: v.cy + (p.y - f.y) / s };
}

/** The view at scale k that puts SVG point `at` under client point `p`, as near as the map's edges allow. */
export function viewPinning(k: number, at: Pt, p: Pt, f: Frame, width: number, height: number, max = MAX_ZOOM): View {
  const kk = Math.min(Math.max(Number.isFinite(k) ? k : 1, 1), max);
  const s = kk * f.ppu;
  return clampView({ k: kk, cx: at.x - (p.x - f.x) / s, cy: at.y - (p.y - f.y) / s }, width, height, max);
}

const mid = (pts: readonly Pt[]): Pt => ({
  x: pts.reduce((s, p) => s + p.x, 0) / pts.length,
  y: pts.reduce((s, p) => s + p.y, 0) / pts.length,
});

/** Distance between the first two points; 0 for fewer. */
const spreadOf = (pts: readonly Pt[]): number => {
  const [a, b] = pts;
  return a && b ? Math.hypot(a.x - b.x, a.y - b.y) : 0;
};

/** A gesture's hold on the map, taken when a finger lands or lifts: the scale then, the SVG point under the fingers' midpoint, and their spread. */
export interface Grip {
  readonly k: number;
  readonly at: Pt;
  readonly spread: number;
}

export function gripOf(v: View, f: Frame, pts: readonly Pt[]): Grip {
  return { k: v.k, at: svgAt(v, f, mid(pts)), spread: spreadOf(pts) };
}

/** The view while the fingers are at `pts`: one finger drags, two pinch and pan together. */
export function viewOfGrip(g: Grip, pts: readonly Pt[], f: Frame, width: number, height: number): View {
  const spread = spreadOf(pts);
  const k = g.spread > 0 && spread > 0 ? (g.k * spread) / g.spread : g.k;
  return viewPinning(k, g.at, mid(pts), f, width, height);
}

/** A finger on the map: when (ms: for a tap, when it lifted; for the next one, when it landed) and where (client px). */
export interface Tap {
  readonly t: number;
  readonly x: number;
  readonly y: number;
}

/** Android's double-tap timeout (first lift to second touch) and a finger's width of slack. */
export const DOUBLE_TAP_MS = 300;
export const DOUBLE_TAP_PX = 24;

/** Whether a finger landing at `next` makes a double tap with the tap that ended at `prev`. */
export function isDoubleTap(prev: Tap | null, next: Tap): boolean {
  if (!prev) return false;
  const dt = next.t - prev.t;
  return dt >= 0 && dt <= DOUBLE_TAP_MS && Math.hypot(next.x - prev.x, next.y - prev.y) <= DOUBLE_TAP_PX;
}
