/**
 * Word lists the extractor reads figures with, in simplified characters (rules run on the
 * simplified `match` text, so traditional reports need no second list). General vocabulary of
 * park reports, not phrases of any one document: an indicator missing here is still found
 * through the names and descriptions in indicator_defs.csv (classify.ts, bigram overlap).
 */

/**
 * Words that name an indicator, most specific first. A word may name several ids; the one whose
 * unit fits the figure wins (扩产 + 亿元 → expansion_investment, 扩产 + 家 → expansion_enterprises).
 */
export const INDICATOR_WORDS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['规模以上工业总产值', ['industrial_output']], ['规模工业总产值', ['industrial_output']], ['规上工业总产值', ['industrial_output']],
  ['规模工业产值', ['industrial_output']], ['新增工业总产值', ['industrial_output_added']], ['工业总产值', ['total_output']], ['总产值', ['total_output']],
  ['规模以上工业增加值', ['industrial_value_added']], ['规模工业增加值', ['industrial_value_added']], ['规上工业增加值', ['industrial_value_added']],
  ['工业增加值', ['industrial_value_added']], ['高新技术产业增加值', ['hightech_value_added']],
  ['高新技术产业营业收入', ['hightech_revenue']], ['高新技术产业收入', ['hightech_revenue']],
  ['技工贸总收入', ['tech_industry_trade_revenue']], ['技工贸收入', ['tech_industry_trade_revenue']],
  ['主导产业营业收入', ['leading_industry_revenue']], ['主导产业收入', ['leading_industry_revenue']],
  ['主导产业占比', ['leading_industry_share']], ['主导产业比重', ['leading_industry_share']], ['工业集中度', ['industrial_concentration']],
  ['固定资产投资', ['fixed_asset_investment']], ['固定资产投入', ['fixed_asset_investment']],
  ['工业投资', ['industrial_investment']], ['技改投资', ['tech_upgrade_investment']], ['技术改造投资', ['tech_upgrade_investment']],
  ['基础设施投入', ['infrastructure_investment']], ['基础设施投资', ['infrastructure_investment']], ['基础设施建设投入', ['infrastructure_investment']],
  ['财政总收入', ['fiscal_revenue']], ['财政收入', ['fiscal_revenue']],
  ['税收', ['tax_revenue']], ['两税', ['tax_revenue']], ['税金', ['tax_revenue']], ['纳税', ['tax_revenue']],
  ['合同引资', ['contract_investment']], ['招商到位资金', ['paid_in_investment']], ['到位资金', ['paid_in_investment']],
  ['融资到位资金', ['financing']], ['融资', ['financing']], ['招商引资', ['investment_attracted']],
  ['专项债', ['government_funding']], ['上级资金', ['government_funding']], ['上级财政', ['government_funding']], ['财政性资金', ['government_funding']],
  ['产业发展基金', ['industry_fund']], ['专项资金', ['industry_fund']], ['扶持资金', ['enterprise_support_funds']],
  ['商业开发收入', ['commercial_development_revenue']],
  ['申报入统', ['scale_enterprises_pending']], ['申报规上', ['scale_enterprise_applicants']], ['申报规模', ['scale_enterprise_applicants']],
  ['入规', ['new_scale_enterprises']], ['入统', ['new_scale_enterprises']], ['规模工业企业', ['new_scale_enterprises', 'scale_enterprises']],
  ['规模企业', ['new_scale_enterprises']], ['规上企业', ['new_scale_enterprises']],
  ['高新技术企业', ['hightech_enterprise_applicants']], ['专精特新', ['srdi_enterprise_applicants']],
  ['扩产', ['expansion_investment', 'expansion_enterprises', 'expansion_projects_started']],
  ['签约', ['projects_signed']], ['新开工', ['projects_started']], ['开工', ['projects_started']], ['启动', ['projects_started']], ['竣工', ['projects_completed']],
  ['投产', ['projects_completed']], ['引进', ['projects_introduced']], ['入园', ['projects_introduced']],
  ['招商项目', ['promotion_projects']], ['在谈', ['projects_negotiating']], ['意向项目', ['projects_negotiating']],
  ['投资意愿', ['projects_intent']], ['投资意向', ['projects_intent']], ['考察', ['projects_inspected', 'investment_trips']],
  ['来访', ['investor_visits_received']], ['走访', ['enterprises_visited']], ['恳谈会', ['enterprise_forums']], ['座谈会', ['enterprise_forums']],
  ['存量土地', ['land_stock']], ['征收', ['land_acquisition']], ['征地', ['land_acquisition']], ['土地储备', ['land_acquisition']],
  ['收储', ['land_acquisition']], ['征拆', ['land_acquisition']], ['处置', ['land_disposal']], ['盘活', ['land_disposal']],
  ['闲置', ['land_disposal']], ['低效', ['land_disposal']], ['扩区', ['land_expansion']], ['可扩', ['land_expansion']],
  ['调区', ['land_expansion']], ['开发边界', ['land_expansion']], ['可供报批', ['land_expansion']], ['获批', ['land_approved']],
  ['规划面积', ['planned_area']], ['规划', ['planned_area']],
  ['腾出', ['factory_space_vacated']], ['腾笼换鸟', ['factory_space_vacated']], ['清退', ['factory_space_vacated']],
  ['能耗', ['energy_intensity_reduction']], ['增长基数', ['growth_base']], ['供汽', ['steam_supply_capacity']], ['供热能力', ['steam_supply_capacity']],
];

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
export const ITEM_WORDS = /道路|大道|[路桥]建设|工程项目|建设工程|厂房|变电站|污水|管网|水泵站|收集池|给排水|供水|供电|供热站|供气|绿化|亮化|智慧园区|搬迁|拆迁|安置区|房屋|公租房|垃圾|公厕|宣传牌|标识牌|商业用地|光伏|专线/u;
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
