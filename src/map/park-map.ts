/**
 * One park's map: its prefecture and the counties around it (clipped to the frame), its county
 * highlighted, its marker at the county seat (other parks in view marked too), county names, and
 * the park's money bubble; plus its zone schematic, whose bubbles share the radius scale so that
 * areas compare across the two SVGs (both are drawn PARK_WIDTH wide and shown at the same width).
 */
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';
import type { Investment, Park, Zone } from '../data/model.ts';
import type { Locale } from '../lib/format.ts';
import { countyBordersIn, countyFeatures, isPrefectureCode, prefectureCode, prefectureCodes, prefectureShape, type Basemap } from './basemap.ts';
import { placedOf, placeParks, unplacedOf, type ParkPlaces, type PlacedPark } from './geo-parks.ts';
import { inside, overlaps, placeLabels, textWidth, type Box } from './labels.ts';
import { baseLayer, baseShapesFile, bubble, marker, markerObstacles, markerRequests, pin, prefId, svgOpen, type Frame } from './layers.ts';
import { bubbleRadius, moneyByPark, moneyByParkRank, moneyByZone, type MoneyTotal } from './money.ts';
import { fitWidth, pad, project } from './projection.ts';
import { pathDataOnce } from './path.ts';
import { hatchPattern, markerSpec, moneyTip } from './province-map.ts';
import { dataLang, parkName } from './locale.ts';
import { mapText } from '../i18n/map-text.ts';
import { el, leaf, num, text } from './svg.ts';
import { renderZoneSchematic, type ZoneSchematic } from './zone-schematic.ts';
import { capped, LIMITS } from '../lib/limits.ts';
import { cached } from '../lib/memo.ts';

export const PARK_WIDTH = 400;
export const PARK_MAX_BUBBLE = 30;
/** Path grid of the park map's base geometry, units per pixel. */
const PARK_GRID = 2;

export interface ParkMapInput {
  readonly basemap: Basemap;
  readonly park: Park;
  readonly parks: readonly Park[];
  readonly zones: readonly Zone[];
  readonly investments: readonly Investment[];
  readonly base: string;
  /** Edition: text, number format, park names and every link (en links go under en/). Default zh-CN. */
  readonly locale?: Locale;
  /** The URL of the shared file with the base shapes of this park's prefecture (prefectureShapesFile); without it the page carries them. */
  readonly shapesHref?: string;
}

export interface ParkMap {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly placed: boolean;
  /** True when the park's prefecture is hatched as "somewhere in here". */
  readonly hatched: boolean;
  /** The park's own money total (all money rows), if any. */
  readonly total: MoneyTotal | undefined;
  readonly zoneMoney: readonly MoneyTotal[];
  readonly schematic: ZoneSchematic | undefined;
  readonly radius: (wan: number) => number;
  readonly marks: readonly { readonly id: string; readonly x: number; readonly y: number; readonly r?: number }[];
  /** Other parks in the frame left unmarked (beyond LIMITS.parkMapNeighbours). */
  readonly hiddenParks: number;
}

/**
 * This park (first) and the LIMITS.parkMapNeighbours other parks nearest to it (to `centre` when
 * it is not placed), in their data order; and how many others in the frame were left out.
 */
export function nearestInView<T extends { p: { park: { id: string } }; xy: [number, number] }>(inFrame: readonly T[], parkId: string, centre: [number, number]): { inView: T[]; hiddenParks: number } {
  const own = inFrame.filter((m) => m.p.park.id === parkId);
  const others = inFrame.filter((m) => m.p.park.id !== parkId);
  const [cx, cy] = own[0]?.xy ?? centre;
  const d2 = (m: T) => (m.xy[0] - cx) ** 2 + (m.xy[1] - cy) ** 2;
  const keep = new Set(
    capped([...others].sort((a, b) => d2(a) - d2(b) || (a.p.park.id < b.p.park.id ? -1 : 1)), LIMITS.parkMapNeighbours).shown,
  );
  return { inView: [...own, ...others.filter((m) => keep.has(m))], hiddenParks: others.length - keep.size };
}

/** A placed park and where its marker falls in a frame. */
export interface InFrame {
  readonly p: PlacedPark;
  readonly xy: [number, number];
}

/**
 * What every park map of one prefecture shares: the frame is fitted to the prefecture alone, so
 * its projection, height, the prefectures reaching into it and the placed parks inside it are the
 * same for each of its parks. Worked out once per prefecture (`places` is cached per park list and
 * base map), not once per park: the parks inside are found by projecting every placed park.
 */
export interface PrefectureFrame {
  readonly projection: GeoProjection;
  readonly height: number;
  readonly prefectures: readonly string[];
  /** The placed parks whose marker falls inside the frame, in data order. */
  readonly inFrame: readonly InFrame[];
  /** Path data of a shape in the frame, each shape drawn once for the prefecture. */
  readonly draw: (object: GeoPermissibleObjects) => string;
  /** Where the prefecture's county names would go (inside the frame), in base-map order. */
  readonly countySpots: readonly CountySpot[];
}

/** A county name's anchor and the box its label takes. */
export interface CountySpot {
  readonly name: string;
  readonly x: number;
  readonly y: number;
  readonly box: Box;
}

export function prefectureFrame(basemap: Basemap, places: ParkPlaces, code4: string): PrefectureFrame {
  return cached(places, `parkMapFrame|${code4}`, () => {
    const focus = prefectureShape(basemap, code4);
    const { projection, height } = fitWidth(focus, PARK_WIDTH, pad(24), { maxHeight: 360 });
    projection.clipExtent([[0, 0], [PARK_WIDTH, height]]);
    const view: Box = { x0: 0, y0: 0, x1: PARK_WIDTH, y1: height };
    const path = geoPath(projection);
    // prefectures and counties that reach into the frame
    const visible = (o: Parameters<typeof path.bounds>[0]) => {
      const [[x0, y0], [x1, y1]] = path.bounds(o);
      return Number.isFinite(x0) && overlaps({ x0, y0, x1, y1 }, view);
    };
    // The park's own province: a national base map would draw the neighbours' prefectures too.
    const prefectures = prefectureCodes(basemap).filter((c) => c === code4 || (c.slice(0, 2) === code4.slice(0, 2) && visible(prefectureShape(basemap, c))));
    const inFrame = places.placed
      .map((p) => ({ p, xy: project(projection, p.lonLat) }))
      .filter(({ xy }) => xy[0] >= 0 && xy[0] <= PARK_WIDTH && xy[1] >= 0 && xy[1] <= height);
    const countySpots = countyFeatures(basemap)
      .filter((f) => prefectureCode(f.properties.adcode) === code4)
      .map((f) => {
        const [x, y] = path.centroid(f);
        const w = textWidth(f.properties.name, 10.5);
        return { name: f.properties.name, x, y, box: { x0: x - w / 2 - 1, y0: y - 7, x1: x + w / 2 + 1, y1: y + 7 } };
      })
      .filter((c) => inside(c.box, view));
    return { projection, height, prefectures, inFrame, draw: pathDataOnce(projection, PARK_GRID), countySpots };
  });
}

/** The id prefix of a prefecture's base shapes: the same in its shared file and in every park map that uses it. */
const prefectureShapesId = (code4: string): string => `pf${code4}`;

/** The frame a prefecture's park maps draw their base shapes in (the page's own ids aside). */
function prefectureBaseFrame(basemap: Basemap, places: ParkPlaces, code4: string): { frame: Frame; base: PrefectureFrame } {
  const base = prefectureFrame(basemap, places, code4);
  return { frame: { projection: base.projection, width: PARK_WIDTH, height: base.height, grid: PARK_GRID, id: prefectureShapesId(code4) }, base };
}

/**
 * The file every park map of prefecture `code4` (both editions) draws its base shapes from, with
 * <use>: the prefectures in the frame and the county borders, which each park page carried before.
 */
export function prefectureShapesFile(basemap: Basemap, parks: readonly Park[], code4: string): string {
  const { frame, base } = prefectureBaseFrame(basemap, placeParks(parks, basemap), code4);
  return baseShapesFile(basemap, frame, { prefectures: base.prefectures, highlight: [], countyBorders: countyBordersIn(basemap, base.prefectures), draw: base.draw });
}

/** The prefectures that have a park map: one shared shapes file each. */
export const parkMapPrefectures = (parks: readonly Park[]): string[] => [...new Set(parks.map((p) => prefectureCode(p.adcode)))].sort();

/** The money totals for this park (if any) and the other marked parks, in the order of `totals`. */
export function markedTotals(totals: readonly MoneyTotal[], rank: ReadonlyMap<string, number>, parkId: string, markerIds: readonly string[]): { total: MoneyTotal | undefined; others: MoneyTotal[] } {
  const at = (i: number | undefined) => (i === undefined ? undefined : totals[i]);
  const others = [...new Set(markerIds)]
    .filter((id) => id !== parkId)
    .flatMap((id) => rank.get(id) ?? [])
    .sort((a, b) => a - b)
    .flatMap((i) => at(i) ?? []);
  return { total: at(rank.get(parkId)), others };
}

export function renderParkMap(input: ParkMapInput): ParkMap {
  const { basemap, park, base } = input;
  const locale = input.locale ?? 'zh-CN';
  const T = mapText(locale);
  const name = parkName(park, locale);
  const id = `pk-${park.id}`;
  const code4 = prefectureCode(park.adcode);
  const places = placeParks(input.parks, basemap);
  const { frame: shapesFrame, base: prefFrame } = prefectureBaseFrame(basemap, places, code4);
  const { projection, height, prefectures, inFrame, draw, countySpots } = prefFrame;
  const frame: Frame = { projection, width: PARK_WIDTH, height, grid: PARK_GRID, id };
  const view: Box = { x0: 0, y0: 0, x1: PARK_WIDTH, y1: height };

  const self = placedOf(places, park.id)[0];
  const highlight = self?.county ? [park.adcode] : [];
  // Parks placed only to a prefecture are hatched over its shape, which must then be in the page.
  const vague = unplacedOf(places, park.id).filter((u) => u.prefecture !== undefined && prefectures.includes(u.prefecture));
  // With a shared file the shapes keep that file's ids; without, the page's own.
  const shapes = input.shapesHref === undefined ? frame : shapesFrame;
  const shared = input.shapesHref === undefined ? undefined : { href: input.shapesHref, local: new Set(vague.flatMap((u) => u.prefecture ?? [])) };
  const base$ = baseLayer(basemap, shapes, { prefectures, highlight, countyBorders: countyBordersIn(basemap, prefectures), draw }, shared);

  // markers for the placed parks inside the frame, this park first, then the nearest others
  const { inView, hiddenParks } = nearestInView(inFrame, park.id, [PARK_WIDTH / 2, height / 2]);
  const markers = inView.map(({ p, xy }) => markerSpec(p, xy, base, p.park.id === park.id, locale));
  // Only this park's label must be placed; a neighbour is named where its label fits (its marker
  // keeps its link and tooltip): in a crowded prefecture, forced labels pile on top of each other.
  const labels = placeLabels(markerRequests(markers, 1).map((r) => ({ ...r, required: r.id === park.id })), markerObstacles(markers, 1), view);
  const taken: Box[] = [...markerObstacles(markers, 1), ...labels.flatMap((l) => (l.box ? [l.box] : []))];

  // county names of the focus prefecture, where they fit
  const countyLabels: string[] = [];
  for (const { name: county, x, y, box } of countySpots) {
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    countyLabels.push(pin(x, y, el('text', { class: 'm-clbl', y: 3.7, 'font-size': 10.5, 'text-anchor': 'middle', lang: dataLang(locale) }, text(county))));
  }
  const prefName = park.prefecture || '';

  // money: the park total at its marker; zone totals in the schematic, same scale
  // From the totals of every park (computed once per row list), not a pass over every row per map.
  const { total, others: otherTotals } = markedTotals(moneyByPark(input.investments), moneyByParkRank(input.investments), park.id, markers.map((k) => k.id));
  const zoneMoney = moneyByZone(total?.rows ?? []);
  const radius = bubbleRadius(Math.max(0, total?.wan ?? 0, ...zoneMoney.map((m) => m.wan), ...otherTotals.map((m) => m.wan)), PARK_MAX_BUBBLE);
  const bubbles = [...(total ? [total] : []), ...otherTotals]
    .map((m) => {
      const mk = markers.find((k) => k.id === m.key);
      const p = inView.find((q) => q.p.park.id === m.key)?.p;
      return mk && p ? { m, x: mk.x, y: mk.y, r: radius(m.wan), ...moneyTip(parkName(p.park, locale), m, locale) } : undefined;
    })
    .filter((b) => b !== undefined)
    .sort((a, b) => b.r - a.r);

  const vagueMarks = vague.map((u) =>
    el(
      'g',
      { class: 'm-vague' },
      el('g', { transform: `scale(${num(1 / frame.grid, 4)})` }, leaf('use', { href: `#${prefId(shapes, u.prefecture ?? '')}`, fill: `url(#${id}-hatch)` })),
    ),
  );
  const where = self ? T.place(prefName, self.park.county) : isPrefectureCode(park.adcode) ? prefName : T.place(prefName, park.county);

  const svg =
    svgOpen(frame, T.parkMapTitle(name), T.parkMapDesc(name, where, self !== undefined), { 'data-zoom': '' }) +
    el('defs', {}, base$.defs, vague.length > 0 && hatchPattern(id)) +
    base$.layer +
    el('g', { 'data-layer': 'counties', class: 'm-names' }, ...countyLabels) +
    el('g', { 'data-layer': 'parks', class: 'm-vagues' }, ...vagueMarks) +
    el('g', { 'data-layer': 'money' }, ...bubbles.map((b) => bubble({ id: `${b.m.key}-money`, x: b.x, y: b.y, r: b.r, tip: b.tip, doubtful: b.m.doubtful }))) +
    el('g', { 'data-layer': 'parks' }, ...markers.map((m, i) => marker(m, labels[i]))) +
    '</svg>';

  const zones = input.zones.filter((z) => z.park_id === park.id);
  const schematic = zones.length > 0
    ? renderZoneSchematic({ parkName: name, parkId: park.id, zones, money: zoneMoney, radius, base, locale, id: `${id}-zs` })
    : undefined;

  return {
    svg,
    width: PARK_WIDTH,
    height,
    placed: self !== undefined,
    hatched: vague.length > 0,
    total,
    zoneMoney,
    schematic,
    radius,
    hiddenParks,
    marks: [...markers.map((m) => ({ id: m.id, x: m.x, y: m.y })), ...bubbles.map((b) => ({ id: `${b.m.key}-money`, x: b.x, y: b.y, r: b.r }))],
  };
}
