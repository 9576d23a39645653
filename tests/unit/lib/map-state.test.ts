import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../../src/lib/url-state.ts';
import { clampView, MAP_STATE, stateOfView, viewBoxOf, viewOfState, zoomAt } from '../../../src/lib/map-state.ts';

const W = 560;
const H = 640;

describe('map view state', () => {
  it.each([
    ['', { hide: [], z: 1, x: -1, y: -1 }],
    ['?hide=money,counties', { hide: ['counties', 'money'], z: 1, x: -1, y: -1 }],
    ['?z=2.5&x=300&y=120', { hide: [], z: 2.5, x: 300, y: 120 }],
    ['?z=99&hide=rivers&x=abc', { hide: [], z: 1, x: -1, y: -1 }],
  ])('reads %s', (search, expected) => {
    expect(readState(MAP_STATE, search)).toEqual(expected);
  });

  it('writes only what differs from the defaults', () => {
    expect(writeState(MAP_STATE, stateOfView({ k: 1, cx: W / 2, cy: H / 2 }, []))).toBe('');
    expect(writeState(MAP_STATE, stateOfView({ k: 2, cx: 300.04, cy: 200 }, ['money']))).toBe('?hide=money&z=2&x=300&y=200');
  });

  it('round-trips a view through the URL', () => {
    const v = clampView({ k: 3, cx: 400, cy: 100 }, W, H);
    const back = viewOfState(readState(MAP_STATE, writeState(MAP_STATE, stateOfView(v, []))), W, H);
    expect(back.k).toBe(3);
    expect(back.cx).toBeCloseTo(v.cx, 1);
    expect(back.cy).toBeCloseTo(v.cy, 1);
  });

  it('clamps zoom to [1, 8] and keeps the window inside the map', () => {
    expect(clampView({ k: 0.2, cx: 0, cy: 0 }, W, H)).toEqual({ k: 1, cx: W / 2, cy: H / 2 });
    expect(clampView({ k: 20, cx: 0, cy: 0 }, W, H)).toEqual({ k: 8, cx: W / 16, cy: H / 16 });
    expect(clampView({ k: Number.NaN, cx: Number.NaN, cy: 1 }, W, H)).toEqual({ k: 1, cx: W / 2, cy: H / 2 });
  });

  it('zooms about a point: the point stays where it was on screen', () => {
    const v = { k: 1, cx: W / 2, cy: H / 2 };
    const z = zoomAt(v, 2, 200, 300, W, H);
    const frac = (view: typeof v, x: number) => (x - (view.cx - W / view.k / 2)) / (W / view.k);
    expect(frac(z, 200)).toBeCloseTo(frac(v, 200), 9);
    expect(viewBoxOf(z, W, H)).toBe('100 150 280 320');
    expect(viewBoxOf(clampView({ k: 1, cx: 0, cy: 0 }, W, H), W, H)).toBe(`0 0 ${W} ${H}`);
  });
});
