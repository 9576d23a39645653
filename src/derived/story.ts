/**
 * The dataset's story copy: the data folder's own (story.<locale>.csv) where it gives a key,
 * else text computed from the data — the region its parks are in, how many documents let a
 * promise be checked — so that any dataset, a generated national one too, reads true.
 */
import type { Dataset } from '../data/model.ts';
import type { StoryKey } from '../data/schema/story.ts';
import { t, type StringKey } from '../i18n/index.ts';
import { countWord, type Locale } from '../lib/format.ts';
import { cached } from '../lib/memo.ts';
import { pairPromises } from './promises.ts';

type Vars = Record<string, string | number>;

/** A province as prose names it: 湖南省 → 湖南, 广西壮族自治区 → 广西. */
export function shortProvince(name: string): string {
  return name.replace(/(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$/, '') || name;
}

/** The provinces' English names, by their short Chinese name. */
const PROVINCES_EN: Readonly<Record<string, string>> = {
  北京: 'Beijing', 天津: 'Tianjin', 河北: 'Hebei', 山西: 'Shanxi', 内蒙古: 'Inner Mongolia', 辽宁: 'Liaoning', 吉林: 'Jilin',
  黑龙江: 'Heilongjiang', 上海: 'Shanghai', 江苏: 'Jiangsu', 浙江: 'Zhejiang', 安徽: 'Anhui', 福建: 'Fujian', 江西: 'Jiangxi',
  山东: 'Shandong', 河南: 'Henan', 湖北: 'Hubei', 湖南: 'Hunan', 广东: 'Guangdong', 广西: 'Guangxi', 海南: 'Hainan',
  重庆: 'Chongqing', 四川: 'Sichuan', 贵州: 'Guizhou', 云南: 'Yunnan', 西藏: 'Tibet', 陕西: 'Shaanxi', 甘肃: 'Gansu',
  青海: 'Qinghai', 宁夏: 'Ningxia', 新疆: 'Xinjiang', 香港: 'Hong Kong', 澳门: 'Macao', 台湾: 'Taiwan',
};

/** Where the parks are, as each edition names it: one province, or the country when they span several. */
export function regionName(provinces: readonly string[], locale: Locale): string {
  const unique = [...new Set(provinces)];
  const short = unique.length === 1 ? shortProvince(unique[0] ?? '') : '';
  if (locale === 'zh-CN') return short || '全国';
  return PROVINCES_EN[short] ?? 'China';
}

/** What the computed copy says, counted once per dataset. */
function storyFacts(d: Dataset) {
  return cached(d, 'storyFacts', () => {
    const higher = new Map(d.indicatorDefs.map((x) => [x.id, x.higher_is_better]));
    // A document lets a promise be checked when it gives both the target and the actual of one.
    const checkable = new Set(
      pairPromises(d.indicators, (id) => higher.get(id) ?? true)
        .filter((p) => (p.status === 'met' || p.status === 'behind') && p.target && p.target.doc_id === p.actual?.doc_id)
        .map((p) => p.target?.doc_id),
    );
    return {
      provinces: [...new Set(d.parks.map((p) => p.province))],
      checkable: checkable.size,
      inferred: d.documents.filter((x) => x.year_basis === 'inferred').length,
    };
  });
}

/** The copy for `key` in `locale`, with `vars` (and the computed counts) filled in. */
export function storyText(d: Dataset, locale: Locale, key: StoryKey, vars: Vars = {}): string {
  const facts = storyFacts(d);
  const all: Vars = { region: regionName(facts.provinces, locale), checkable: countWord(facts.checkable, locale), inferred: countWord(facts.inferred, locale), docs: countWord(d.documents.length, locale), ...vars };
  const own = d.story[locale].get(key);
  // "None of the documents" reads better than "zero of them".
  const computed = key === 'story.promise.p' && facts.checkable === 0 ? 'storyDefault.story.promise.none' : `storyDefault.${key}`;
  const text = own ?? t(locale, computed as StringKey);
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in all ? String(all[k]) : m));
}
