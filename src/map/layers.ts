/**
 * Building blocks shared by the province map and the park map: the county base layer (prefecture
 * shapes defined once in <defs> and reused by <use>), "pins" (marks anchored at a projected point
 * that keep their screen size when the island zooms), labelled park markers and money bubbles.
 *
 * Conventions the island and the CSS rely on:
 * - every layer group has data-layer="counties|parks|money|zones";
 * - a pin is <g class="m-pin" data-pin="x y" transform="translate(x y)">; the island appends
 *   scale(1/zoom) to it; its label body is <g class="m-pb">, scaled up by CSS on phones;
 * - interactive marks (links, bubbles) carry class m-mark and a <title> with the tooltip text;
 * - base geometry is drawn in grid units inside <g transform="scale(1/grid)">.
 */
import type { GeoPermissibleObjects, GeoProjection } from 'd3';
import type { MultiLineString } from 'geojson';
import { countyFeature, prefectureShape, type Basemap } from './basemap.ts';
import { around, placeLabels, textWidth, type Box, type LabelRequest, type PlacedLabel, type Side } from './labels.ts';
import { pathData } from './path.ts';
import { el, leaf, num, text, translate } from './svg.ts';

export interface Frame {
  readonly projection: GeoProjection;
  readonly width: number;
  readonly height: number;
  /** Path grid, units per pixel. */
  readonly grid: number;
  /** Prefix of every id in this SVG, unique on the page. */
  readonly id: string;
}

export interface BaseLayerOptions {
  /** Prefecture codes (4 digits) to draw. */
  readonly prefectures: readonly string[];
  /** Adcodes of counties to fill as "a park is here". */
  readonly highlight: readonly string[];
  readonly countyBorders: MultiLineString;
  /** Path data of a shape in this frame (default: `pathData` with the frame's projection and grid). */
  readonly draw?: (object: GeoPermissibleObjects) => string;
}

export const prefId = (frame: Frame, code4: string): string => `${frame.id}-p${code4}`;

/** The id of the county borders' path in a shared shapes file (baseShapesFile). */
const bordersId = (frame: Frame): string => `${frame.id}-cb`;

/** How a frame draws a shape: the caller's `draw` (shared between maps of one prefecture), else pathData. */
const drawIn = (frame: Frame, o: BaseLayerOptions) => o.draw ?? ((x: GeoPermissibleObjects) => pathData(x, frame.projection, frame.grid));

/** The prefecture shapes and the county borders of a frame, as path data in grid units. */
function baseShapes(b: Basemap, frame: Frame, o: BaseLayerOptions) {
  const draw = drawIn(frame, o);
  const shapes = o.prefectures
    .map((code) => ({ code, d: draw(prefectureShape(b, code)) }))
    .filter((p) => p.d !== '');
  return { shapes, borders: draw(o.countyBorders), draw };
}

const shapePath = (frame: Frame, code: string, d: string): string => leaf('path', { id: prefId(frame, code), d, 'vector-effect': 'non-scaling-stroke' });

/**
 * A stand-alone SVG file with a frame's prefecture shapes and county borders, each under the id a
 * page's <use> refers to: a page that draws the same frame (the map in both editions) refers to
 * this one cached file instead of carrying the paths in its HTML.
 */
export function baseShapesFile(b: Basemap, frame: Frame, o: BaseLayerOptions): string {
  const { shapes, borders } = baseShapes(b, frame, o);
  const defs = [...shapes.map((p) => shapePath(frame, p.code, p.d)), borders !== '' ? leaf('path', { id: bordersId(frame), d: borders, 'vector-effect': 'non-scaling-stroke' }) : ''];
  return `<svg xmlns="http://www.w3.org/2000/svg">${el('defs', {}, ...defs)}</svg>\n`;
}

/** Where a page finds its base shapes: a shared file (baseShapesFile), and the prefectures it still needs in its own <defs>. */
export interface SharedShapes {
  readonly href: string;
  /** Prefecture codes the page's own marks refer to (a hatch in url(#…) paint must find its shape in the page). */
  readonly local: ReadonlySet<string>;
}

/**
 * <defs> with one path per prefecture, and the layer drawing halo, land, highlights and borders.
 * With `shared`, the layer's <use> elements point into the shared file and <defs> keeps only the
 * prefectures in `shared.local`; styles reach the shapes the same way (inherited from each <use>).
 */
export function baseLayer(b: Basemap, frame: Frame, o: BaseLayerOptions, shared?: SharedShapes): { defs: string; layer: string } {
  const scale = `scale(${num(1 / frame.grid, 4)})`;
  const { shapes, borders, draw } = baseShapes(b, frame, o);
  const defs = shapes.filter((p) => !shared || shared.local.has(p.code)).map((p) => shapePath(frame, p.code, p.d));
  const from = shared?.href ?? '';
  const uses = (cls: string) => el('g', { class: cls }, ...shapes.map((p) => leaf('use', { href: `${from}#${prefId(frame, p.code)}` })));
  const hi = o.highlight.map((adcode) => {
    const f = countyFeature(b, adcode);
    const d = f ? draw(f) : '';
    return d === '' ? '' : leaf('path', { class: 'm-hi', d, 'vector-effect': 'non-scaling-stroke' });
  });
  const countyLines = borders === '' ? '' : shared ? leaf('use', { class: 'm-cb', href: `${from}#${bordersId(frame)}` }) : leaf('path', { class: 'm-cb', d: borders, 'vector-effect': 'non-scaling-stroke' });
  const layer = el(
    'g',
    { 'data-layer': 'counties', class: 'm-base', transform: scale },
    uses('m-halo'),
    uses('m-land'),
    ...hi,
    countyLines,
    uses('m-pref'),
  );
  return { defs: defs.join(''), layer };
}

/** A pin: a group anchored at (x, y) whose contents are drawn around 0,0. */
export function pin(x: number, y: number, body: string, cls = ''): string {
  return el('g', { class: `m-pin${cls ? ` ${cls}` : ''}`, 'data-pin': `${num(x)} ${num(y)}`, transform: translate(x, y) }, body);
}

export interface LabelLine {
  readonly text: string;
  readonly size: number;
  readonly cls: string;
  /** lang of the line when it differs from the page's (Chinese place names on the English map). */
  readonly lang?: string;
}

const LINE = 1.25;

export function labelSize(lines: readonly LabelLine[]): { w: number; h: number } {
  return {
    w: Math.max(0, ...lines.map((l) => textWidth(l.text, l.size))),
    h: lines.reduce((s, l) => s + l.size * LINE, 0),
  };
}

/**
 * Text lines of a label placed on `side` of a pin's anchor, `gap` away. `sep` goes between the
 * <text> elements: SVG does not draw it, but it is in the DOM text (' ' in English, so that the
 * label's words do not run together for assistive technology: "Linxiang High-tech Zone").
 */
export function labelText(lines: readonly LabelLine[], side: Side, gap: number, sep = ''): string {
  const { h } = labelSize(lines);
  const east = side === 'right' || side === 'top-right' || side === 'bottom-right';
  const west = side === 'left' || side === 'top-left' || side === 'bottom-left';
  const diagonal = side.includes('-');
  const anchor = east ? 'start' : west ? 'end' : 'middle';
  const dx = diagonal ? gap * 0.7 : gap;
  const x = east ? dx : west ? -dx : 0;
  let y = side === 'top' ? -gap - h
    : side === 'bottom' ? gap
    : side.startsWith('top-') ? -gap * 0.7 - h
    : side.startsWith('bottom-') ? gap * 0.7
    : -h / 2;
  return lines
    .map((l) => {
      y += l.size * LINE;
      return el('text', { class: l.cls, x, y: y - l.size * (LINE - 1) - l.size * 0.1, 'font-size': l.size, 'text-anchor': anchor === 'start' ? undefined : anchor, lang: l.lang }, text(l.text));
    })
    .join(sep);
}

export interface MarkerSpec {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly href: string;
  readonly lines: readonly LabelLine[];
  /** What the accessible name adds after the visible label text. */
  readonly label: string;
  /** Tooltip text (lines separated by \n). */
  readonly tip: string;
  readonly current?: boolean;
  /** Joins the label's lines into the accessible name ('' in Chinese, ' ' in English). */
  readonly words?: string;
  /** Between the visible label and `label` in the accessible name ('：' in Chinese). */
  readonly colon?: string;
}

export const MARKER_R = 4.5;
const MARKER_GAP = 7;

/** Label requests for markers, sized for the largest display scale `s` (phones). */
export function markerRequests(markers: readonly MarkerSpec[], s: number): LabelRequest[] {
  return markers.map((m) => {
    const { w, h } = labelSize(m.lines);
    return { id: m.id, x: m.x, y: m.y, w: w * s, h: h * s, gap: MARKER_GAP * s, required: true };
  });
}

export function markerObstacles(markers: readonly MarkerSpec[], s: number): Box[] {
  return markers.map((m) => around(m.x, m.y, (MARKER_R + 2) * s));
}

/** A park marker: a link (to the park page) around a dot and its label. */
export function marker(m: MarkerSpec, placed: PlacedLabel | undefined): string {
  const side = placed?.side ?? null;
  const body = el(
    'g',
    { class: 'm-pb' },
    leaf('circle', { class: 'm-hit', r: 11 }),
    leaf('circle', { class: 'm-dot', r: MARKER_R }),
    side !== null && labelText(m.lines, side, MARKER_GAP, m.words ?? ''),
  );
  // The accessible name starts with the visible label verbatim (WCAG 2.5.3 label in name).
  const visible = side !== null ? m.lines.map((l) => l.text).join(m.words ?? '')
    : m.lines.filter((l, i) => i === 0 || l.cls === m.lines[0]?.cls).map((l) => l.text).join(m.words ?? '');
  return el(
    'a',
    { class: `m-mark m-park${m.current ? ' m-current' : ''}`, href: m.href, 'aria-label': `${visible}${m.colon ?? '：'}${m.label}`, 'data-id': m.id },
    el('title', {}, text(m.tip)),
    pin(m.x, m.y, body),
  );
}

export interface BubbleSpec {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly r: number;
  /** Its tooltip, which is also its accessible name. */
  readonly tip: string;
  readonly doubtful?: boolean;
}

/** A money bubble: focusable, with its amount as accessible name and tooltip. */
export function bubble(b: BubbleSpec): string {
  return pin(
    b.x,
    b.y,
    el(
      'circle',
      // Named by its <title> (the tooltip's text, SVG's own name source); the island, which moves the
      // title into its tooltip, names the mark with that text.
      { class: `m-mark m-bub${b.doubtful ? ' m-doubt' : ''}`, r: num(b.r, 2), tabindex: 0, role: 'img', 'data-id': b.id },
      el('title', {}, text(b.tip)),
    ),
  );
}

export { placeLabels };

/** Opening of a map SVG: labelled group with title and desc. */
export function svgOpen(frame: { id: string; width: number; height: number }, title: string, desc: string, extra: Record<string, string> = {}): string {
  const attrs = Object.entries({
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'm-map',
    viewBox: `0 0 ${num(frame.width)} ${num(frame.height)}`,
    role: 'group',
    'aria-labelledby': `${frame.id}-t`,
    'aria-describedby': `${frame.id}-d`,
    id: frame.id,
    ...extra,
  })
    .map(([k, v]) => ` ${k}="${text(v)}"`)
    .join('');
  return `<svg${attrs}>${el('title', { id: `${frame.id}-t` }, text(title))}${el('desc', { id: `${frame.id}-d` }, text(desc))}`;
}
