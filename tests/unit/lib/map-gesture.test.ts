import { describe, expect, it } from 'vitest';
import { DOUBLE_TAP_MS, DOUBLE_TAP_PX, frameOf, gripOf, isDoubleTap, svgAt, viewOfGrip, viewPinning, type Frame, type Pt } from '../../../src/lib/map-gesture.ts';
import type { View } from '../../../src/lib/map-state.ts';

const W = 560;
const H = 640;
/** The map drawn 280 px wide (0.5 px per unit) with its top-left corner at client (10, 100). */
const F: Frame = frameOf({ left: 10, top: 100, width: 280, height: 320 }, W, H);
const HOME: View = { k: 1, cx: W / 2, cy: H / 2 };

/** Client point of an SVG point (the inverse of svgAt, written out to check it). */
const clientOf = (v: View, f: Frame, s: Pt): Pt => ({ x: f.x + (s.x - v.cx) * v.k * f.ppu, y: f.y + (s.y - v.cy) * v.k * f.ppu });

describe('map gestures', () => {
  it('finds the drawing on screen, letterboxed and centred in its box', () => {
    expect(F).toEqual({ x: 150, y: 260, ppu: 0.5 });
    // a box too wide for the drawing: the scale follows the height
    expect(frameOf({ left: 0, top: 0, width: 1000, height: 320 }, W, H)).toEqual({ x: 500, y: 160, ppu: 0.5 });
  });

  it.each([
    [HOME, { x: 10, y: 100 }, { x: 0, y: 0 }],
    [HOME, { x: 150, y: 260 }, { x: 280, y: 320 }],
    [{ k: 2, cx: 100, cy: 200 }, { x: 150, y: 260 }, { x: 100, y: 200 }],
    [{ k: 2, cx: 100, cy: 200 }, { x: 160, y: 250 }, { x: 110, y: 190 }],
  ])('in view %o client %o is SVG %o', (v, c, s) => {
    expect(svgAt(v, F, c)).toEqual(s);
    expect(clientOf(v, F, s)).toEqual(c);
  });

  it('pins an SVG point under a client point, unless that would show past the map’s edge', () => {
    const v = viewPinning(4, { x: 300, y: 300 }, { x: 100, y: 200 }, F, W, H);
    expect(v.k).toBe(4);
    expect(svgAt(v, F, { x: 100, y: 200 })).toEqual({ x: 300, y: 300 });
    // the map's corner cannot be dragged to the middle of the screen
    expect(viewPinning(2, { x: 0, y: 0 }, { x: F.x, y: F.y }, F, W, H)).toEqual({ k: 2, cx: W / 4, cy: H / 4 });
    // scale is kept within [1, 8]
    expect(viewPinning(50, { x: 280, y: 320 }, { x: F.x, y: F.y }, F, W, H).k).toBe(8);
    expect(viewPinning(Number.NaN, { x: 1, y: 1 }, { x: 0, y: 0 }, F, W, H)).toEqual(HOME);
  });

  it('a pinch scales by the fingers’ spread and keeps the point between them under them', () => {
    const start = [{ x: 100, y: 200 }, { x: 140, y: 200 }];
    const g = gripOf(HOME, F, start);
    expect(g).toEqual({ k: 1, at: svgAt(HOME, F, { x: 120, y: 200 }), spread: 40 });
    const v = viewOfGrip(g, [{ x: 60, y: 200 }, { x: 180, y: 200 }], F, W, H);
    expect(v.k).toBeCloseTo(3, 9);
    const at = svgAt(v, F, { x: 120, y: 200 });
    expect(at.x).toBeCloseTo(g.at.x, 9);
    expect(at.y).toBeCloseTo(g.at.y, 9);
  });

  it('two fingers moving together pan: what was under their midpoint follows it', () => {
    const v0: View = { k: 3, cx: 280, cy: 320 };
    const g = gripOf(v0, F, [{ x: 120, y: 240 }, { x: 180, y: 280 }]);
    const v = viewOfGrip(g, [{ x: 150, y: 270 }, { x: 210, y: 310 }], F, W, H);
    expect(v.k).toBe(3);
    const at = svgAt(v, F, { x: 180, y: 290 });
    expect(at.x).toBeCloseTo(g.at.x, 9);
    expect(at.y).toBeCloseTo(g.at.y, 9);
    // moving the fingers right and down moves the window left and up
    expect(v.cx).toBeLessThan(v0.cx);
    expect(v.cy).toBeLessThan(v0.cy);
  });

  it('one finger drags without changing the scale', () => {
    const v0: View = { k: 2, cx: 280, cy: 320 };
    const g = gripOf(v0, F, [{ x: 150, y: 260 }]);
    expect(g.spread).toBe(0);
    expect(viewOfGrip(g, [{ x: 140, y: 250 }], F, W, H)).toEqual({ k: 2, cx: 290, cy: 330 });
  });

  it.each([
    [null, { t: 100, x: 50, y: 50 }, false],
    [{ t: 100, x: 50, y: 50 }, { t: 100 + DOUBLE_TAP_MS, x: 50, y: 50 }, true],
    [{ t: 100, x: 50, y: 50 }, { t: 101 + DOUBLE_TAP_MS, x: 50, y: 50 }, false],
    [{ t: 100, x: 50, y: 50 }, { t: 150, x: 50 + DOUBLE_TAP_PX, y: 50 }, true],
    [{ t: 100, x: 50, y: 50 }, { t: 150, x: 50 + DOUBLE_TAP_PX, y: 51 }, false],
    [{ t: 100, x: 50, y: 50 }, { t: 90, x: 50, y: 50 }, false],
  ])('after a tap %o, a finger landing %o is a double tap: %s', (prev, next, expected) => {
    expect(isDoubleTap(prev, next)).toBe(expected);
  });
});
