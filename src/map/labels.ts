/**
 * Greedy label placement for a handful of labels: each label tries the sides of its anchor in
 * order and takes the first box that stays inside the bounds and clear of obstacles and labels
 * already placed. Labels that fit nowhere are returned with `side: null` (the caller drops them
 * or keeps them in the text alternative).
 */

export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

export type Side = 'right' | 'left' | 'top' | 'bottom' | 'center' | 'top-right' | 'bottom-right' | 'top-left' | 'bottom-left';

export interface LabelRequest {
  readonly id: string;
  /** Anchor point (the marker centre). */
  readonly x: number;
  readonly y: number;
  /** Label box size, already multiplied by any display scale. */
  readonly w: number;
  readonly h: number;
  /** Distance between the anchor and the nearest edge of the label. */
  readonly gap: number;
  readonly sides?: readonly Side[];
  /** Never dropped: when no side is clear, the side with the least overlap is taken. */
  readonly required?: boolean;
}

export interface PlacedLabel {
  readonly id: string;
  readonly side: Side | null;
  readonly box: Box | null;
}

export const DEFAULT_SIDES: readonly Side[] = ['right', 'left', 'top-right', 'bottom-right', 'top-left', 'bottom-left', 'top', 'bottom'];

/** Rough rendered width of a string: CJK and full-width forms 1 em, ASCII ~0.56 em. */
export function textWidth(s: string, fontSize: number): number {
  let em = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    em += c >= 0x2e80 || (c >= 0x2000 && c <= 0x206f) ? 1 : ch === ' ' ? 0.3 : 0.56;
  }
  return em * fontSize;
}

export function boxAt(side: Side, r: LabelRequest): Box {
  switch (side) {
    case 'right': return { x0: r.x + r.gap, y0: r.y - r.h / 2, x1: r.x + r.gap + r.w, y1: r.y + r.h / 2 };
    case 'left': return { x0: r.x - r.gap - r.w, y0: r.y - r.h / 2, x1: r.x - r.gap, y1: r.y + r.h / 2 };
    case 'top': return { x0: r.x - r.w / 2, y0: r.y - r.gap - r.h, x1: r.x + r.w / 2, y1: r.y - r.gap };
    case 'bottom': return { x0: r.x - r.w / 2, y0: r.y + r.gap, x1: r.x + r.w / 2, y1: r.y + r.gap + r.h };
    case 'center': return { x0: r.x - r.w / 2, y0: r.y - r.h / 2, x1: r.x + r.w / 2, y1: r.y + r.h / 2 };
    case 'top-right': return { x0: r.x + r.gap * 0.7, y0: r.y - r.gap * 0.7 - r.h, x1: r.x + r.gap * 0.7 + r.w, y1: r.y - r.gap * 0.7 };
    case 'bottom-right': return { x0: r.x + r.gap * 0.7, y0: r.y + r.gap * 0.7, x1: r.x + r.gap * 0.7 + r.w, y1: r.y + r.gap * 0.7 + r.h };
    case 'top-left': return { x0: r.x - r.gap * 0.7 - r.w, y0: r.y - r.gap * 0.7 - r.h, x1: r.x - r.gap * 0.7, y1: r.y - r.gap * 0.7 };
    case 'bottom-left': return { x0: r.x - r.gap * 0.7 - r.w, y0: r.y + r.gap * 0.7, x1: r.x - r.gap * 0.7, y1: r.y + r.gap * 0.7 + r.h };
  }
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

export function inside(a: Box, bounds: Box): boolean {
  return a.x0 >= bounds.x0 && a.y0 >= bounds.y0 && a.x1 <= bounds.x1 && a.y1 <= bounds.y1;
}

/** A square box of half-size `r` around a point. */
export const around = (x: number, y: number, r: number): Box => ({ x0: x - r, y0: y - r, x1: x + r, y1: y + r });

/** An obstacle; one with an `owner` does not block that label (a marker's own bubble). */
export type Obstacle = Box & { readonly owner?: string };

export function placeLabels(requests: readonly LabelRequest[], obstacles: readonly Obstacle[], bounds: Box): PlacedLabel[] {
  const taken: Obstacle[] = [...obstacles];
  return requests.map((r) => {
    for (const side of r.sides ?? DEFAULT_SIDES) {
      const box = boxAt(side, r);
      if (inside(box, bounds) && !taken.some((t) => t.owner !== r.id && overlaps(t, box))) {
        taken.push(box);
        return { id: r.id, side, box };
      }
    }
    if (r.required) {
      const area = (a: Box, b: Box) => Math.max(0, Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0)) * Math.max(0, Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0));
      const ranked = (r.sides ?? DEFAULT_SIDES)
        .map((side) => ({ side, box: boxAt(side, r) }))
        .filter((c) => inside(c.box, bounds))
        .map((c) => ({ ...c, cost: taken.reduce((s, t) => s + (t.owner === r.id ? 0 : area(t, c.box)), 0) }))
        .sort((a, b) => a.cost - b.cost);
      const best = ranked[0];
      if (best) {
        taken.push(best.box);
        return { id: r.id, side: best.side, box: best.box };
      }
    }
    return { id: r.id, side: null, box: null };
  });
}

/**
 * Breaks a name at spaces into as few lines as keep each within `max` (a single word may be
 * wider), choosing among those line counts the split with the narrowest widest line, so that
 * "Shuangpai Industrial Concentration Zone" becomes two even lines. A name without spaces (a
 * Chinese name) is returned whole.
 */
export function wrapWords(s: string, size: number, max: number): string[] {
  const words = s.split(' ').filter((w) => w !== '');
  if (words.length <= 1 || textWidth(s, size) <= max) return [s];
  const width = (from: number, to: number) => textWidth(words.slice(from, to).join(' '), size);
  // best[i][k]: the narrowest widest line for words i.. in k lines (memoised; names are short)
  const memo = new Map<string, { w: number; breaks: number[] }>();
  const best = (i: number, k: number): { w: number; breaks: number[] } => {
    const key = `${i}|${k}`;
    const hit = memo.get(key);
    if (hit) return hit;
    let out = { w: k === 1 ? width(i, words.length) : Infinity, breaks: [] as number[] };
    if (k > 1) {
      for (let j = i + 1; j <= words.length - k + 1; j++) {
        const rest = best(j, k - 1);
        const w = Math.max(width(i, j), rest.w);
        if (w < out.w) out = { w, breaks: [j, ...rest.breaks] };
      }
    }
    memo.set(key, out);
    return out;
  };
  const widest = Math.max(...words.map((w) => textWidth(w, size)));
  for (let k = 2; k <= words.length; k++) {
    const b = best(0, k);
    if (b.w <= Math.max(max, widest) || k === words.length) {
      const cuts = [0, ...b.breaks, words.length];
      return cuts.slice(0, -1).map((c, n) => words.slice(c, cuts[n + 1]).join(' '));
    }
  }
  return [s];
}
