/**
 * Word lists the extractor reads figures with, in simplified characters (rules run on the
 * simplified `match` text, so traditional reports need no second list). An indicator missing
 * here is still found through the names and descriptions in indicator_defs.csv (classify.ts,
 * bigram overlap).
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
  /** Indicator ids, most likely first; the first whose unit fits the figure wins. */
  ids: readonly string[];
  from?: SeedDoc;
}

const entry = (word: string, ids: string | readonly string[], from?: SeedDoc): Entry => ({ word, ids: typeof ids === 'string' ? [ids] : ids, from });

/**
 * Words that name an indicator. A word may name several ids; the one whose unit fits the figure
 * wins (扩产 + 亿元 → expansion_investment, 扩产 + 家 → expansion_enterprises).
 */
export const INDICATOR_ENTRIES: readonly Entry[] = [
  entry('规模以上工业总产值', 'industrial_output'), entry('规模工业总产值', 'industrial_output'), entry('规上工业总产值', 'industrial_output'),
  entry('规模工业产值', 'industrial_output', 'xx-health-food'), entry('新增工业总产值', 'industrial_output_added', 'linxiang-2017'), entry('工业总产值', 'total_output'), entry('总产值', 'total_output'),
  entry('规模以上工业增加值', 'industrial_value_added'), entry('规模工业增加值', 'industrial_value_added'), entry('规上工业增加值', 'industrial_value_added'),
  entry('工业增加值', 'industrial_value_added'), entry('高新技术产业增加值', 'hightech_value_added', 'linxiang-2017'),
  entry('高新技术产业营业收入', 'hightech_revenue', 'junshan-2024'), entry('高新技术产业收入', 'hightech_revenue'),
  entry('高新技术产业总产值', 'hightech_output'), entry('高新技术产业产值', 'hightech_output'), entry('高新技术产值', 'hightech_output'), entry('高新产业产值', 'hightech_output'),
  entry('高新技术产业', ['hightech_output', 'hightech_share']), entry('高新产业', ['hightech_output', 'hightech_share']),
  entry('技工贸总收入', 'tech_industry_trade_revenue'), entry('技工贸收入', 'tech_industry_trade_revenue', 'linxiang-2017'),
  entry('主营业务收入', 'main_business_revenue'), entry('利润总额', 'profit'), entry('实现利润', 'profit'),
  entry('主导产业营业收入', 'leading_industry_revenue', 'junshan-2024'), entry('主导产业收入', 'leading_industry_revenue'),
  entry('主导产业占比', 'leading_industry_share', 'shuangpai-2017'), entry('主导产业比重', 'leading_industry_share'), entry('工业集中度', 'industrial_concentration', 'shuangpai-2017'),
  entry('固定资产投资', 'fixed_asset_investment'), entry('固定资产投入', 'fixed_asset_investment', 'xx-health-food'),
  entry('工业投资', 'industrial_investment', 'xx-health-food'), entry('技改投资', 'tech_upgrade_investment', 'xx-health-food'), entry('技术改造投资', 'tech_upgrade_investment'),
  entry('基础设施投入', 'infrastructure_investment', 'shuangpai-2017'), entry('基础设施投资', 'infrastructure_investment'), entry('基础设施建设投入', 'infrastructure_investment'),
  entry('基础设施项目', ['infrastructure_projects', 'infrastructure_investment'], 'shuangpai-2017'),
  entry('项目完成投资', 'project_investment'), entry('项目投资', 'project_investment'), entry('完成投资', 'project_investment'),
  entry('重点项目', ['key_projects', 'project_investment']), entry('产业项目', ['key_projects', 'project_investment'], 'linxiang-2022'), entry('重点建设项目', ['key_projects', 'project_investment']),
  entry('财政总收入', 'fiscal_revenue', 'xx-health-food'), entry('财政收入', 'fiscal_revenue', 'xx-health-food'),
  entry('亩均税收', 'tax_per_mu'), entry('亩均产值', 'output_per_mu'),
  entry('税收', 'tax_revenue'), entry('两税', 'tax_revenue', 'linxiang-2017'), entry('税金', 'tax_revenue', 'shuangpai-2017'), entry('纳税', 'tax_revenue', 'xx-health-food'),
  entry('合同引资', 'contract_investment', 'junshan-2024'), entry('签约资金', 'contract_investment'), entry('签约金额', 'contract_investment'),
  entry('招商到位资金', 'paid_in_investment', 'xx-health-food'), entry('到位资金', 'paid_in_investment', 'xx-health-food'),
  entry('融资到位资金', 'financing', 'xx-health-food'), entry('融资', 'financing'), entry('招商引资', 'investment_attracted'),
  entry('专项债', 'government_funding', 'linxiang-2022'), entry('上级资金', 'government_funding'), entry('上级财政', 'government_funding', 'xx-health-food'), entry('财政性资金', 'government_funding', 'xx-health-food'),
  entry('产业发展基金', 'industry_fund', 'shuangpai-2017'), entry('专项资金', 'industry_fund'), entry('扶持资金', 'enterprise_support_funds', 'shuangpai-2017'),
  entry('商业开发收入', 'commercial_development_revenue', 'xx-health-food'),
  entry('申报入统', 'scale_enterprises_pending', 'shuangpai-2017'), entry('申报规上', 'scale_enterprise_applicants', 'junshan-2024'), entry('申报规模', 'scale_enterprise_applicants'),
  entry('入规', 'new_scale_enterprises', 'linxiang-2022'), entry('入统', 'new_scale_enterprises', 'shuangpai-2017'),
  entry('规模以上工业企业', ['new_scale_enterprises', 'scale_enterprises']), entry('规模工业企业', ['new_scale_enterprises', 'scale_enterprises']),
  entry('规模企业', ['new_scale_enterprises', 'scale_enterprises'], 'xx-health-food'), entry('规上企业', ['new_scale_enterprises', 'scale_enterprises'], 'junshan-2024'), entry('规上工业企业', ['new_scale_enterprises', 'scale_enterprises']),
  entry('认定高新技术企业', 'hightech_enterprises_certified'), entry('高新技术企业', 'hightech_enterprise_applicants', 'junshan-2024'), entry('专精特新', 'srdi_enterprise_applicants', 'junshan-2024'),
  entry('入园企业总数', 'enterprises_total'), entry('入驻企业总数', 'enterprises_total'), entry('企业总数', 'enterprises_total'),
  entry('新增就业', 'jobs_created'), entry('吸纳就业', 'jobs_created'), entry('就业', 'jobs_created'),
  entry('扩产', ['expansion_investment', 'expansion_enterprises', 'expansion_projects_started']),
  entry('签约', 'projects_signed'), entry('新开工', 'projects_started', 'xx-health-food'), entry('新建项目', 'projects_started'), entry('开工', 'projects_started'), entry('启动', 'projects_started'),
  entry('在建', 'projects_under_construction'), entry('续建', 'projects_under_construction'),
  entry('竣工', 'projects_completed'), entry('投产', 'projects_completed'),
  entry('30亿元以上项目', 'projects_introduced_3b', 'linxiang-2022'), entry('10亿元以上项目', 'projects_introduced_1b'), entry('5亿元以上项目', 'projects_introduced_500m'),
  entry('亿元以上项目', 'projects_introduced_100m', 'linxiang-2022'), entry('30亿元项目', 'projects_introduced_3b'), entry('10亿元项目', 'projects_introduced_1b', 'linxiang-2022'),
  entry('5亿元项目', 'projects_introduced_500m', 'linxiang-2022'), entry('亿元项目', 'projects_introduced_100m', 'linxiang-2022'),
  entry('引进', 'projects_introduced'), entry('入园', 'projects_introduced'), entry('入驻', 'projects_introduced'),
  entry('招商项目', 'promotion_projects', 'shuangpai-2017'), entry('在谈', 'projects_negotiating', 'shuangpai-2017'), entry('意向项目', 'projects_negotiating', 'shuangpai-2017'),
  entry('投资意愿', 'projects_intent', 'junshan-2024'), entry('投资意向', 'projects_intent'), entry('考察', ['projects_inspected', 'investment_trips'], 'junshan-2024'),
  entry('来访', 'investor_visits_received', 'junshan-2024'), entry('走访', 'enterprises_visited'), entry('恳谈会', 'enterprise_forums', 'junshan-2024'), entry('座谈会', 'enterprise_forums'),
  entry('主体工程', 'works_progress', 'shuangpai-2017'), entry('形象进度', 'works_progress'), entry('工程进度', 'works_progress'), entry('路基工程', 'works_progress'),
  entry('存量土地', 'land_stock', 'linxiang-2017'), entry('征收', 'land_acquisition'), entry('征地', 'land_acquisition'), entry('土地储备', 'land_acquisition', 'shuangpai-2017'),
  entry('收储', 'land_acquisition', 'linxiang-2017'), entry('征拆', 'land_acquisition'), entry('处置', 'land_disposal'), entry('盘活', 'land_disposal'),
  entry('闲置', 'land_disposal'), entry('低效', 'land_disposal', 'junshan-2024'), entry('扩区', 'land_expansion'), entry('可扩', 'land_expansion', 'junshan-2024'),
  entry('调区', 'land_expansion'), entry('开发边界', 'land_expansion', 'junshan-2024'), entry('可供报批', 'land_expansion', 'junshan-2024'), entry('获批', 'land_approved', 'xx-health-food'),
  entry('规划面积', 'planned_area'), entry('规划', 'planned_area'),
  entry('腾出', 'factory_space_vacated', 'junshan-2024'), entry('腾笼换鸟', 'factory_space_vacated'), entry('清退', 'factory_space_vacated', 'junshan-2024'),
  entry('能耗', 'energy_intensity_reduction'), entry('增长基数', 'growth_base', 'linxiang-2017'), entry('供汽', 'steam_supply_capacity', 'junshan-2024'), entry('供热能力', 'steam_supply_capacity'),
];

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
  indicatorWords: readonly Entry[];
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
    indicatorWords: INDICATOR_ENTRIES.filter(keep),
    itemWords: new RegExp(ITEM_ENTRIES.filter(keep).map((e) => escaped(e.word)).join('|'), 'u'),
    itemHead: new RegExp(heads, 'u'),
    itemHeadGlobal: new RegExp(heads, 'gu'),
    notItem: NOT_ITEM,
  };
}

/** Every entry, for a run on a report none of them was held out for. */
export const VOCABULARY: Vocabulary = vocabularyWithout();
