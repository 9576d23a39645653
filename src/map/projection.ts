/**
 * The map projection: an equal-area conic fitted to the data. Its central meridian and standard
 * parallels come from the object's bounds (for Hunan: 111.5°E, 25.5°N and 29.2°N), so a base map
 * of another province is drawn with a conic suited to it. Adaptive resampling is off: county
 * edges are short, and resampling only adds bytes.
 */
import { geoBounds, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';

export interface Padding {
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

export interface FittedProjection {
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
}

export const pad = (all: number): Padding => ({ top: all, right: all, bottom: all, left: all });

/** A conic for the bounds of `object`: parallels at 1/6 and 5/6 of its latitude span. */
export function conicFor(object: GeoPermissibleObjects): GeoProjection {
  const [[x0, y0], [x1, y1]] = geoBounds(object);
  const span = y1 - y0;
  return geoConicEqualArea()
    .rotate([-(x0 + x1) / 2, 0])
    .parallels([y0 + span / 6, y1 - span / 6])
    .precision(0);
}

/**
 * Fits `object` to `width` (minus padding) and returns the height that keeps its aspect, clamped
 * to [minHeight, maxHeight]; the object is centred when the height is clamped.
 */
export function fitWidth(
  object: GeoPermissibleObjects,
  width: number,
  padding: Padding,
  { minHeight = 0, maxHeight = Infinity }: { minHeight?: number; maxHeight?: number } = {},
): FittedProjection {
  const projection = conicFor(object);
  const innerW = width - padding.left - padding.right;
  projection.fitWidth(innerW, object);
  let [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
  let h = y1 - y0;
  const maxInnerH = maxHeight - padding.top - padding.bottom;
  if (h > maxInnerH) {
    projection.fitSize([innerW, maxInnerH], object);
    [[x0, y0], [x1, y1]] = geoPath(projection).bounds(object);
    h = y1 - y0;
  }
  const height = Math.max(minHeight, Math.ceil(h + padding.top + padding.bottom));
  const [tx, ty] = projection.translate();
  const offX = padding.left + (innerW - (x1 - x0)) / 2 - x0;
  const offY = padding.top + (height - padding.top - padding.bottom - h) / 2 - y0;
  projection.translate([tx + offX, ty + offY]);
  return { projection, width, height };
}

/** Projects a [lon, lat]; throws for a point the projection cannot place (never for China). */
export function project(projection: GeoProjection, lonLat: readonly [number, number]): [number, number] {
  const p = projection([lonLat[0], lonLat[1]]);
  if (!p) throw new Error(`cannot project ${lonLat.join(',')}`);
  return p;
}
