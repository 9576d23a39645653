/**
 * Geometry → compact SVG path data. A projected geometry is walked through the projection's
 * stream, snapped to an integer grid (`grid` units per pixel) and written with relative commands:
 * about a third of the bytes of d3.geoPath's absolute output, with no drift (deltas are taken
 * between snapped absolute points, so shared borders snap to the same pixels from both sides).
 * Draw the result inside `<g transform="scale(1/grid)">`.
 */
import { geoStream, type GeoPermissibleObjects, type GeoStream } from 'd3';

export type Point = readonly [number, number];
export interface ProjectedLine {
  readonly points: readonly Point[];
  /** A polygon ring (closed with z) rather than an open line. */
  readonly closed: boolean;
}

/** Anything with a d3 `stream(sink)`: a projection, possibly with a clip extent. */
export interface Streamable {
  stream(sink: GeoStream): GeoStream;
}

/** The projected lines and rings of a geometry, as the projection (and its clipping) emits them. */
export function projectedLines(object: GeoPermissibleObjects, projection: Streamable): ProjectedLine[] {
  const out: ProjectedLine[] = [];
  let current: Point[] = [];
  let polygon = false;
  const sink: GeoStream = {
    point(x, y) { current.push([x, y]); },
    lineStart() { current = []; },
    lineEnd() { out.push({ points: current, closed: polygon }); },
    polygonStart() { polygon = true; },
    polygonEnd() { polygon = false; },
    sphere() { /* not drawn */ },
  };
  geoStream(object, projection.stream(sink));
  return out;
}

function signed(n: number, first: boolean): string {
  return n < 0 || first ? String(n) : ` ${n}`;
}

/**
 * Path data for projected lines, snapped to a grid of `grid` units per pixel. Repeated points
 * are dropped; rings left with fewer than three points and lines with fewer than two are dropped.
 */
export function encodePath(lines: readonly ProjectedLine[], grid = 4): string {
  let out = '';
  let cx = 0;
  let cy = 0;
  let started = false;
  for (const line of lines) {
    const snapped: [number, number][] = [];
    for (const [x, y] of line.points) {
      const gx = Math.round(x * grid);
      const gy = Math.round(y * grid);
      const last = snapped[snapped.length - 1];
      if (last && last[0] === gx && last[1] === gy) continue;
      snapped.push([gx, gy]);
    }
    if (line.closed) {
      const first = snapped[0];
      const last = snapped[snapped.length - 1];
      if (first && last && snapped.length > 1 && first[0] === last[0] && first[1] === last[1]) snapped.pop();
      if (snapped.length < 3) continue;
    } else if (snapped.length < 2) continue;
    const [sx, sy] = snapped[0] as [number, number];
    out += started ? `m${signed(sx - cx, true)}${signed(sy - cy, false)}` : `M${sx} ${sy}`;
    started = true;
    let px = sx;
    let py = sy;
    out += 'l';
    for (let i = 1; i < snapped.length; i++) {
      const [x, y] = snapped[i] as [number, number];
      out += signed(x - px, i === 1) + signed(y - py, false);
      px = x;
      py = y;
    }
    if (line.closed) {
      out += 'z';
      cx = sx;
      cy = sy;
    } else {
      cx = px;
      cy = py;
    }
  }
  return out;
}

/** Convenience: project, snap and encode in one go. */
export function pathData(object: GeoPermissibleObjects, projection: Streamable, grid = 4): string {
  return encodePath(projectedLines(object, projection), grid);
}

/**
 * `pathData` for one projection and grid that draws each object once: for a projection shared by
 * many maps (every park map of a prefecture), which must not be changed after this is made.
 */
export function pathDataOnce(projection: Streamable, grid: number): (object: GeoPermissibleObjects) => string {
  const drawn = new WeakMap<object, string>();
  return (object) => {
    let d = drawn.get(object);
    if (d === undefined) {
      d = pathData(object, projection, grid);
      drawn.set(object, d);
    }
    return d;
  };
}
