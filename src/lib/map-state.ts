/**
 * The map's view state in the URL (via src/lib/url-state.ts): hidden layers and the zoom
 * (scale and centre in SVG units). Only non-defaults are written: ?hide=money&z=2.5&x=310&y=120.
 */
import { numberParam, setParam, type Spec } from './url-state.ts';

/** The map's layers, as written in data-layer attributes and in ?hide=. */
export const LAYER_KEYS = ['counties', 'parks', 'money', 'zones'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

export interface MapState {
  readonly hide: readonly string[];
  readonly z: number;
  /** Centre of the view, SVG units; NaN-free: -1 means "the default centre". */
  readonly x: number;
  readonly y: number;
}

export const MAX_ZOOM = 8;

export const MAP_STATE: Spec<MapState> = {
  hide: setParam('hide', LAYER_KEYS, []),
  z: numberParam('z', 1, 1, MAX_ZOOM),
  x: numberParam('x', -1, -1, 10_000),
  y: numberParam('y', -1, -1, 10_000),
};

export interface View {
  readonly k: number;
  readonly cx: number;
  readonly cy: number;
}

/**
 * The view a zoom asks for, clamped so the view never leaves the map: scale in [1, max],
 * centre such that the visible window stays inside the width × height box.
 */
export function clampView(v: View, width: number, height: number, max = MAX_ZOOM): View {
  const k = Math.min(Math.max(Number.isFinite(v.k) ? v.k : 1, 1), max);
  const hw = width / k / 2;
  const hh = height / k / 2;
  const cx = Math.min(Math.max(Number.isFinite(v.cx) ? v.cx : width / 2, hw), width - hw);
  const cy = Math.min(Math.max(Number.isFinite(v.cy) ? v.cy : height / 2, hh), height - hh);
  return { k, cx, cy };
}

/** viewBox string of a view. */
export function viewBoxOf(v: View, width: number, height: number): string {
  const w = width / v.k;
  const h = height / v.k;
  const r = (n: number) => String(Math.round(n * 100) / 100);
  return `${r(v.cx - w / 2)} ${r(v.cy - h / 2)} ${r(w)} ${r(h)}`;
}

/** Zooms by `factor` keeping the SVG point (px, py) fixed on screen. */
export function zoomAt(v: View, factor: number, px: number, py: number, width: number, height: number, max = MAX_ZOOM): View {
  const k = Math.min(Math.max(v.k * factor, 1), max);
  const f = v.k / k;
  return clampView({ k, cx: px + (v.cx - px) * f, cy: py + (v.cy - py) * f }, width, height, max);
}

export function stateOfView(v: View, hide: readonly string[]): MapState {
  const isHome = v.k === 1;
  const r1 = (n: number) => Math.round(n * 10) / 10;
  return {
    hide,
    z: Math.round(v.k * 100) / 100,
    x: isHome ? -1 : r1(v.cx),
    y: isHome ? -1 : r1(v.cy),
  };
}

export function viewOfState(s: MapState, width: number, height: number): View {
  return clampView({ k: s.z, cx: s.x < 0 ? width / 2 : s.x, cy: s.y < 0 ? height / 2 : s.y }, width, height);
}
