/**
 * The province overview: county base map (parks' counties highlighted, prefecture borders),
 * park markers at their county seats, money bubbles per park, and the prefecture of a park
 * whose county is unknown hatched as "somewhere in here". Returns the SVG as a string plus the
 * facts the page lists beside it.
 */
import { geoPath } from 'd3';
import type { Investment, Park } from '../data/model.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { routes } from '../lib/paths.ts';
import { countyBorders, countyFeatures, prefectureCodes, prefectureShape, provinceCodes, scopeBasemap, type Basemap } from './basemap.ts';
import type { MultiLineString } from 'geojson';
import { countyName, placeParks, type PlacedPark, type UnplacedPark } from './geo-parks.ts';
import { around, placeLabels, wrapWords, type LabelRequest } from './labels.ts';
import {
  baseLayer, baseShapesFile, bubble, labelSize, labelText, marker, markerObstacles, markerRequests, pin, prefId, svgOpen,
  type Frame, type LabelLine, type MarkerSpec,
} from './layers.ts';
import { bubbleRadius, moneyByPark, type MoneyTotal } from './money.ts';
import { fitWidth, pad, project } from './projection.ts';
import { dataLang, mapHref, parkName } from './locale.ts';
import { mapText } from '../i18n/map-text.ts';
import { regionFullName } from '../lib/region.ts';
import { el, leaf, num, text } from './svg.ts';

export interface ProvinceMapInput {
  readonly basemap: Basemap;
  readonly parks: readonly Park[];
  readonly investments: readonly Investment[];
  /** import.meta.env.BASE_URL */
  readonly base: string;
  /** Edition: text, number format, park names and every link (en links go under en/). Default zh-CN. */
  readonly locale?: Locale;
  readonly width?: number;
  readonly id?: string;
  /** The URL of the shared file with this map's base shapes (provinceShapesFile); without it the page carries them. */
  readonly shapesHref?: string;
}

export interface ProvinceMap {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
  readonly placed: readonly PlacedPark[];
  readonly unplaced: readonly UnplacedPark[];
  readonly money: readonly MoneyTotal[];
  /** Marker and bubble positions, for tests. */
  readonly marks: readonly { readonly id: string; readonly x: number; readonly y: number; readonly r?: number }[];
}

/** Display scale of pin labels on phones (CSS scales .m-pb by this below 600 px). */
export const PHONE_PIN_SCALE = 1.4;
export const PROVINCE_WIDTH = 560;
/** The province map's id prefix: its shared shapes file names its paths with it. */
const PROVINCE_ID = 'pm';
export const PROVINCE_MAX_BUBBLE = 28;

const NAME_SIZE = 12.5;
const SUB_SIZE = 10.5;
/** Widest line of a park's name before it wraps (English names; Chinese names never wrap). */
const NAME_MAX = 150;

export function markerLines(p: PlacedPark, locale: Locale = 'zh-CN'): LabelLine[] {
  return [
    ...wrapWords(parkName(p.park, locale), NAME_SIZE, NAME_MAX).map((text) => ({ text, size: NAME_SIZE, cls: 'm-lbl' })),
    { text: mapText(locale).seat(countyName(p)), size: SUB_SIZE, cls: 'm-sub' },
  ];
}

export function markerSpec(p: PlacedPark, xy: readonly [number, number], base: string, current = false, locale: Locale = 'zh-CN'): MarkerSpec {
  const T = mapText(locale);
  const county = countyName(p);
  return {
    id: p.park.id,
    x: xy[0],
    y: xy[1],
    href: mapHref(base, locale, routes.park(p.park.id)),
    lines: markerLines(p, locale),
    label: T.markerLabel,
    tip: [parkName(p.park, locale), T.seatLong(county), T.openPark].join('\n'),
    current,
    words: T.punct.words,
    colon: T.punct.colon,
  };
}

export function moneyTip(name: string, m: MoneyTotal, locale: Locale = 'zh-CN'): { tip: string } {
  const T = mapText(locale);
  const amount = formatMoney(m.wan, locale);
  const head = T.money(name, amount);
  const detail = T.moneyDetail(m.rows.length, m.years) + (m.doubtful ? `${T.punct.semi}${T.doubtful}` : '');
  return { tip: `${head}\n${detail}` };
}

/** The province map's frame: every county fitted to `width`. */
function provinceFrame(basemap: Basemap, width: number, id: string): Frame {
  const all = { type: 'FeatureCollection' as const, features: countyFeatures(basemap) };
  const { projection, height } = fitWidth(all, width, pad(14));
  return { projection, width, height, grid: 4, id };
}

const NO_LINES: MultiLineString = { type: 'MultiLineString', coordinates: [] };

/**
 * What the map draws: one province's prefectures and county borders; for parks in several
 * provinces, China as its provinces (county borders at that scale are noise, and the shared file
 * would weigh a megabyte), plus the prefectures hatched as "somewhere in here".
 */
function provinceBase(basemap: Basemap, vague: ReadonlySet<string>) {
  const provinces = provinceCodes(basemap);
  if (provinces.length === 1) return { prefectures: prefectureCodes(basemap), countyBorders: countyBorders(basemap) };
  return { prefectures: [...provinces, ...[...vague].sort()], countyBorders: NO_LINES };
}

/** Prefectures (4 digits) of the parks the map can only hatch. */
const vaguePrefectures = (parks: readonly Park[], basemap: Basemap): Set<string> =>
  new Set(placeParks(parks, basemap).unplaced.flatMap((u) => (u.prefecture ? [u.prefecture] : [])));

/** The file /map/ and /en/map/ share for their base shapes (renderProvinceMap with shapesHref). */
export function provinceShapesFile(whole: Basemap, parks: readonly Park[], width = PROVINCE_WIDTH, id = PROVINCE_ID): string {
  const basemap = scopeBasemap(whole, parks.map((p) => p.adcode));
  return baseShapesFile(basemap, provinceFrame(basemap, width, id), { ...provinceBase(basemap, vaguePrefectures(parks, basemap)), highlight: [] });
}

export function renderProvinceMap(input: ProvinceMapInput): ProvinceMap {
  const { base } = input;
  // The parks' province, or the country when they are in several.
  const basemap = scopeBasemap(input.basemap, input.parks.map((p) => p.adcode));
  const locale = input.locale ?? 'zh-CN';
  const T = mapText(locale);
  const id = input.id ?? PROVINCE_ID;
  const width = input.width ?? PROVINCE_WIDTH;
  const frame = provinceFrame(basemap, width, id);
  const { projection, height } = frame;
  const { placed, unplaced } = placeParks(input.parks, basemap);
  const highlight = [...new Set(placed.filter((p) => p.county).map((p) => p.park.adcode))];
  const vagueAt = vaguePrefectures(input.parks, basemap);
  const shared = input.shapesHref === undefined ? undefined : { href: input.shapesHref, local: vagueAt };
  const base$ = baseLayer(basemap, frame, { ...provinceBase(basemap, vagueAt), highlight }, shared);

  // parks
  const markers = placed.map((p) => markerSpec(p, project(projection, p.lonLat), base, false, locale));
  // money: one bubble per placed park with money rows
  const money = moneyByPark(input.investments);
  const placedMoney = money.filter((m) => placed.some((p) => p.park.id === m.key));
  const radius = bubbleRadius(Math.max(0, ...placedMoney.map((m) => m.wan)), PROVINCE_MAX_BUBBLE);
  const bubbles = placedMoney
    .map((m) => {
      const mk = markers.find((k) => k.id === m.key);
      const p = placed.find((q) => q.park.id === m.key);
      if (!mk || !p) return undefined;
      return { m, x: mk.x, y: mk.y, r: radius(m.wan), ...moneyTip(parkName(p.park, locale), m, locale) };
    })
    .filter((b) => b !== undefined)
    .sort((a, b) => b.r - a.r);

  const bounds = { x0: 0, y0: 0, x1: width, y1: height };
  const s = PHONE_PIN_SCALE;
  const bubbleBoxes = bubbles.map((b) => ({ ...around(b.x, b.y, b.r * 0.8), owner: b.m.key }));
  const placedLabels = placeLabels(markerRequests(markers, s), [...markerObstacles(markers, s), ...bubbleBoxes], bounds);
  const vague = unplaced.filter((u): u is UnplacedPark & { prefecture: string } => u.prefecture !== undefined);

  // prefecture names of the parks, centred in the prefecture, dropped where they would collide
  const path = geoPath(projection);
  const prefNames = new Map<string, string>();
  for (const p of input.parks) if (p.prefecture) prefNames.set(p.adcode.slice(0, 4), p.prefecture);
  const prefLines = [...prefNames].map(([code, name]) => {
    const [x, y] = path.centroid(prefectureShape(basemap, code));
    const vagueHere = vague.find((u) => u.prefecture === code);
    const lines: LabelLine[] = [{ text: name, size: 11.5, cls: 'm-plbl', lang: dataLang(locale) }];
    if (vagueHere && !vagueHere.countyKnown) lines.push({ text: T.countyUnknown, size: 10, cls: 'm-sub' });
    return { code, x, y, lines };
  });
  const prefRequests: LabelRequest[] = prefLines.map((p) => {
    const { w, h } = labelSize(p.lines);
    return { id: p.code, x: p.x, y: p.y, w: w * s, h: h * s, gap: 0, sides: ['center', 'bottom', 'top', 'right', 'left'] };
  });
  // English park labels are wider and several lines tall: prefecture names keep a margin from
  // them so that the two do not read as one ("Development 岳阳市"). None in Chinese (unchanged).
  const m = locale === 'en' ? 8 * s : 0;
  const taken = [...markerObstacles(markers, s), ...bubbleBoxes, ...placedLabels.flatMap((l) => (l.box ? [{ x0: l.box.x0 - m, y0: l.box.y0 - m, x1: l.box.x1 + m, y1: l.box.y1 + m }] : []))];
  const prefPlaced = placeLabels(prefRequests, taken, bounds);
  const prefLabels = prefLines.map((p, i) => {
    const side = prefPlaced[i]?.side;
    return side ? pin(p.x, p.y, el('g', { class: 'm-pb' }, labelText(p.lines, side, 0))) : '';
  });

  const vagueMarks = vague.map((u) =>
    el(
      'a',
      { class: 'm-mark m-vague', href: mapHref(base, locale, routes.park(u.park.id)), 'aria-label': u.countyKnown ? `${parkName(u.park, locale)}${T.punct.comma}${T.noCoordinates(T.place(u.park.prefecture, u.park.county))}` : T.vagueLabel(parkName(u.park, locale), u.park.prefecture || u.prefecture), 'data-id': u.park.id },
      el('title', {}, text([parkName(u.park, locale), u.countyKnown ? T.noCoordinates(T.place(u.park.prefecture, u.park.county)) : T.vague(u.park.prefecture || u.prefecture), u.reason].filter(Boolean).join('\n'))),
      el('g', { transform: `scale(${num(1 / frame.grid, 4)})` }, leaf('use', { href: `#${prefId(frame, u.prefecture)}`, fill: `url(#${id}-hatch)` })),
    ),
  );

  const placedNames = placed.length;
  const region = regionFullName(input.parks.map((p) => p.province), locale);
  const svg =
    svgOpen(frame, T.provinceTitle(region), T.provinceDesc(region, placedNames, unplaced.map((u) => parkName(u.park, locale)), basemap.collection.geometries.length), { 'data-zoom': '', class: 'm-map m-prov', style: `--ps:${PHONE_PIN_SCALE}` }) +
    el('defs', {}, base$.defs, hatchPattern(id)) +
    base$.layer +
    el('g', { 'data-layer': 'counties', class: 'm-names' }, ...prefLabels) +
    el('g', { 'data-layer': 'parks', class: 'm-vagues' }, ...vagueMarks) +
    el('g', { 'data-layer': 'money' }, ...bubbles.map((b) => bubble({ id: `${b.m.key}-money`, x: b.x, y: b.y, r: b.r, tip: b.tip, doubtful: b.m.doubtful }))) +
    el('g', { 'data-layer': 'parks' }, ...markers.map((m, i) => marker(m, placedLabels[i]))) +
    '</svg>';

  return {
    svg,
    width,
    height,
    placed,
    unplaced,
    money,
    marks: [
      ...markers.map((m) => ({ id: m.id, x: m.x, y: m.y })),
      ...bubbles.map((b) => ({ id: `${b.m.key}-money`, x: b.x, y: b.y, r: b.r })),
    ],
  };
}

/** Diagonal hatching for "somewhere in this prefecture" (in grid units: the shape is scaled). */
export function hatchPattern(id: string): string {
  return el(
    'pattern',
    { id: `${id}-hatch`, width: 24, height: 24, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    leaf('rect', { class: 'm-hatch-bg', width: 24, height: 24 }),
    leaf('rect', { class: 'm-hatch', width: 8, height: 24 }),
  );
}

