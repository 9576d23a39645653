/**
 * Word lists the extractor reads figures with, in simplified characters (rules run on the
 * simplified `match` text, so traditional reports need no second list): the words of items,
 * sections and routing. The words that name indicators are data: each row of
 * data/indicator_defs.csv gives its name and `aliases` (classify.ts `indicatorEntries`), so an
 * editor adds an indicator, or another name for one, without touching src/.
 *
 * An entry whose word stands in only one of the five embedded reports carries that report's
 * id (`from`): it may have been written for that report's phrasing, so the generalisation test
 * measures each report with its own entries held out (`vocabularyWithout`). A test keeps the
 * tags true to the reports' text.
 */

/** Documents of data/documents.csv whose phrasing vocabulary entries may come from. */
export type SeedDoc = 'linxiang-2017' | 'linxiang-2022' | 'shuangpai-2017' | 'xx-health-food' | 'junshan-2024';

export interface Entry {
  word: string;
  /** Indicator ids, most likely first (empty for item words); the first whose unit fits the figure wins. */
  ids: readonly string[];
  from?: SeedDoc;
}

const entry = (word: string, ids: string | readonly string[], from?: SeedDoc): Entry => ({ word, ids: typeof ids === 'string' ? [ids] : ids, from });

/**
 * An indicator that counts what is new, and the one that counts what there is: "新增规模工业企业
 * 9家" is new, "总数达到87家" or "规模工业企业达到102家" is the stock.
 */
export const STOCK_OF: ReadonlyMap<string, string> = new Map([['new_scale_enterprises', 'scale_enterprises']]);
/** Words in a figure's clause that make it a stock (总数, 达到…) unless it says 新增. */
export const STOCK_WORDS = /总数|总量|达到|达|共有|现有|拥有|累计/u;
export const NEW_WORDS = /新增|新|净增|入规|入统|培育/u;

/** Words between a subject and a percentage that make it a share of something (占…比重). */
export const SHARE_WORDS = /占|比重|占比|集中度/u;

/** Words between a subject and a percentage that make it a growth rate (增长7.5%). */
export const GROWTH_WORDS = /增长|增速|增幅|同比/u;

/**
 * Investment figures: money named as the cost of building something. Checked on the words just
 * before the amount (总投资5491.54万元, 约需征拆资金8991.5万元).
 */
export const INVESTMENT_BEFORE = /(?:总投资|总投入|投资总额|总投资额|征拆资金|需[^，,。；;]{0,3}资金|造价|工程款)[约为达共计:：]{0,2}$/u;
/** 投资1000万元建设…, 投入50万元实施了…: money followed by what it builds. */
export const INVESTMENT_SPEND = { before: /(?:投资|投入)[约为]?$/u, after: /^[^，,。；;]{0,2}(?:建设|实施|用于|新建|改造|修建|建成)/u };

/** Physical items a park builds: their presence moves a figure towards investments.csv. */
export const ITEM_ENTRIES: readonly Entry[] = [
  '道路', '大道', '路建设', '桥建设', '工程项目', '厂房', '变电站', '污水', '管网', '收集池', '供水',
  '绿化', '亮化', '搬迁', '拆迁', '标识牌', '光伏',
].map((word) => entry(word, [])).concat([
  entry('建设工程', [], 'xx-health-food'),
  entry('水泵站', [], 'linxiang-2017'),
  entry('给排水', [], 'linxiang-2022'),
  entry('供电', [], 'shuangpai-2017'),
  entry('供热站', [], 'junshan-2024'),
  entry('供气', [], 'linxiang-2022'),
  entry('智慧园区', [], 'linxiang-2017'),
  entry('安置区', [], 'xx-health-food'),
  entry('房屋', [], 'linxiang-2017'),
  entry('公租房', [], 'xx-health-food'),
  entry('垃圾', [], 'shuangpai-2017'),
  entry('公厕', [], 'shuangpai-2017'),
  entry('宣传牌', [], 'xx-health-food'),
  entry('商业用地', [], 'xx-health-food'),
  entry('专线', [], 'xx-health-food'),
]);

/**
 * Words an item's name ends in (…提标改造项目, 标准厂房, 滨河路), as regular-expression
 * sources: 路 not in 思路 or 路径, 园 not in 园区, 中心 not in 中心组.
 */
export const ITEM_HEAD_ENTRIES: readonly Entry[] = [
  '项目', '工程', '厂房', '安置房', '用房', '公寓', '小区', '道路', '大道', '(?<![思出一])路(?![径线子演])', '桥', '隧道', '管网', '电网',
  '(?<!工)厂', '(?<![水])电站', '变电站', '站(?![在位])', '中心(?![组任城工])', '园(?!区)', '基地', '设施', '平台', '水库', '仓库',
  '收集池', '大楼', '综合楼', '办公楼', '生产线', '延伸段', '标识牌', '指示牌',
].map((word) => entry(word, [])).concat([
  entry('公租房', [], 'xx-health-food'),
  entry('房屋', [], 'linxiang-2017'),
  entry('路网', [], 'shuangpai-2017'),
  entry('管道', [], 'junshan-2024'),
  entry('安置区', [], 'xx-health-food'),
  entry('垃圾库', [], 'shuangpai-2017'),
  entry('调蓄池', [], 'linxiang-2022'),
  entry('专线', [], 'xx-health-food'),
  entry('码头', [], 'linxiang-2017'),
  entry('公厕', [], 'shuangpai-2017'),
  entry('宣传牌', [], 'xx-health-food'),
]);

/** Phrases that end in an item word and are not items. */
export const NOT_ITEM = /^(?:园区|项目|工程|本项目|中心)$|融资平台|平台公司|信息平台|招商平台|前期工作|主体工程|路基工程/u;

/** Verbs that build an item counted in pieces (设立宣传牌2-3个). */
export const BUILD_VERBS = /设立|新建|建成|修建|建设/u;

/** Category of an investment row, first match wins. */
export const CATEGORY_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/搬迁|拆迁|征拆|安置/u, 'relocation'],
  [/供热|供汽|热力|蒸汽/u, 'heat'],
  [/光伏/u, 'solar'],
  [/变电站|电力|供电|千伏|万伏|专线/u, 'power'],
  [/污水|雨水|给排水|供水|水泵|水库|引水/u, 'water'],
  [/绿化|亮化|美化/u, 'greening'],
  [/智慧|信息化|智能/u, 'smart'],
  [/厂房/u, 'factory'],
  [/垃圾|公厕|学校|医院|公租房|邻里中心|服务中心/u, 'public_service'],
  [/道路|大道|路网|[^网线]路|桥/u, 'road'],
];

/** Report-section words for an investment that is still being built. */
export const IN_PROGRESS_WORDS = /加快建设|正在|在建|推进|加快推进|开工建设/u;
/** Report-section words for an investment that is done. */
export const COMPLETED_WORDS = /完成|建成|实施了|已|投产|投用/u;

/** The word lists one run reads with; `vocabularyWithout(doc)` leaves out the entries tagged with doc. */
export interface Vocabulary {
  /** Item words for routing (ITEM_ENTRIES). */
  itemWords: RegExp;
  /** Item words a name ends in (ITEM_HEAD_ENTRIES), anchored nowhere. */
  itemHead: RegExp;
  itemHeadGlobal: RegExp;
  notItem: RegExp;
}

const escaped = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function vocabularyWithout(doc?: string): Vocabulary {
  const keep = (e: Entry): boolean => doc === undefined || e.from !== doc;
  // Longer words first (lookarounds not counted), so that 厂房 is read before 厂 and 路网 before 路.
  const letters = (source: string): number => source.replace(/\(\?<?[!=][^)]*\)/gu, '').length;
  const heads = ITEM_HEAD_ENTRIES.filter(keep).map((e) => e.word).sort((a, b) => letters(b) - letters(a)).join('|');
  return {
    itemWords: new RegExp(ITEM_ENTRIES.filter(keep).map((e) => escaped(e.word)).join('|'), 'u'),
    itemHead: new RegExp(heads, 'u'),
    itemHeadGlobal: new RegExp(heads, 'gu'),
    notItem: NOT_ITEM,
  };
}

/** Every entry, for a run on a report none of them was held out for. */
export const VOCABULARY: Vocabulary = vocabularyWithout();
