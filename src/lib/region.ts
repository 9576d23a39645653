/**
 * Where a dataset's parks are, as the copy names it: one province ("湖南"), a few ("湖南、天津"),
 * or a count of provinces ("12个省份") — computed from the parks, so a new park never turns it false.
 */
import { countWord, type Locale } from './format.ts';

/** A province as prose names it: 湖南省 → 湖南, 广西壮族自治区 → 广西. */
export function shortProvince(name: string): string {
  return name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/, '') || name;
}

/** The provinces' English names, by their short Chinese name. */
export const PROVINCES_EN: Readonly<Record<string, string>> = {
  北京: 'Beijing', 天津: 'Tianjin', 河北: 'Hebei', 山西: 'Shanxi', 内蒙古: 'Inner Mongolia', 辽宁: 'Liaoning', 吉林: 'Jilin',
  黑龙江: 'Heilongjiang', 上海: 'Shanghai', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui', 福建: 'Fujian', 江西: 'Jiangxi',
  山东: 'Shandong', 河南: 'Henan', 湖北: 'Hubei', 湖南: 'Hunan', 广东: 'Guangdong', 广西: 'Guangxi', 海南: 'Hainan',
  重庆: 'Chongqing', 四川: 'Sichuan', 贵州: 'Guizhou', 云南: 'Yunnan', 西藏: 'Tibet', 陕西: 'Shaanxi', 甘肃: 'Gansu',
  青海: 'Qinghai', 宁夏: 'Ningxia', 新疆: 'Xinjiang', 香港: 'Hong Kong', 澳门: 'Macao', 台湾: 'Taiwan',
};

/** Up to this many provinces are named; more are counted. */
export const NAMED_PROVINCES = 3;

/** "a, b and c". */
const andList = (items: readonly string[]): string =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;

/** The distinct provinces, in their order of first appearance. */
const distinct = (provinces: readonly string[]): string[] => [...new Set(provinces.filter((p) => p !== ''))];

/**
 * The region as a noun: 湖南 / 湖南、天津 / 12个省份; Hunan / Hunan and Tianjin / 12 provinces.
 * ("Where the parks are in {region}", "{region} · 示意图".)
 */
export function regionName(provinces: readonly string[], locale: Locale): string {
  const unique = distinct(provinces);
  if (unique.length > NAMED_PROVINCES) return locale === 'zh-CN' ? `${countWord(unique.length, locale)}个省份` : `${countWord(unique.length, locale)} provinces`;
  const short = unique.map(shortProvince);
  return locale === 'zh-CN' ? short.join('、') : andList(short.map((s) => PROVINCES_EN[s] ?? s));
}

/**
 * The region before a noun: 湖南 / 湖南、天津 / 12个省份的; Hunan / Hunan and Tianjin / Chinese.
 * ("{regionOf}{parks}个开发区", "{parks} {regionOf} development zones".)
 */
export function regionAttribute(provinces: readonly string[], locale: Locale): string {
  if (distinct(provinces).length <= NAMED_PROVINCES) return regionName(provinces, locale);
  return locale === 'zh-CN' ? `${regionName(provinces, locale)}的` : 'Chinese';
}

/** The province's own full name when the parks are in one ("湖南省"), else the region's name. */
export function regionFullName(provinces: readonly string[], locale: Locale): string {
  const unique = distinct(provinces);
  return unique.length === 1 && locale === 'zh-CN' ? (unique[0] ?? '') : regionName(provinces, locale);
}
