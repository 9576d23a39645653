// bench/: the benchmarks' internals.
/**
 * A synthetic national dataset for the build benchmark: N parks over real county adcodes, one
 * report per park and year whose text is generated from sentence templates, and the CSV rows that
 * quote it. Deterministic (seeded), pure (returns strings; the CLI writes them), and held to the
 * same contract as data/: every quote stands verbatim in its source, every value is readable in
 * its quote, every id and reference resolves.
 *
 * Shapes follow the embedded reports: per document a report section (actuals, some of them for
 * part of the year such as 1-9月) and a plan section (next year's targets), infrastructure money
 * in 万元/亿元 and land or floor space in 亩/平方米 in rows of their own, zones with schematic
 * positions, enterprise projects at their stage, and a few flagged rows (suspect, garbled).
 */
import { DOCUMENT_COLUMNS } from '../data/schema/documents.ts';
import { INDICATOR_COLUMNS } from '../data/schema/indicators.ts';
import { INVESTMENT_COLUMNS } from '../data/schema/investments.ts';
import { PARK_COLUMNS } from '../data/schema/parks.ts';
import { PROJECT_COLUMNS } from '../data/schema/projects.ts';
import { ZONE_COLUMNS } from '../data/schema/zones.ts';
import Papa from 'papaparse';
import { createRng, type Rng } from './prng.ts';

/** A row of data/geo/county-seats.csv, kept as text so coordinates are copied exactly. */
export interface County {
  adcode: string;
  name: string;
  lat: string;
  lon: string;
}

export interface NationalOptions {
  parks: number;
  years: number;
  seed: number;
  /** The last year documents speak of (default 2024, so the output never depends on today). */
  lastYear?: number;
}

export interface NationalData {
  /** File name → CSV text (header + rows, LF line ends, UTF-8 without BOM). */
  csv: Record<'parks.csv' | 'documents.csv' | 'indicators.csv' | 'investments.csv' | 'zones.csv' | 'projects.csv', string>;
  /** Source file name (in sources/) → report text. */
  sources: Map<string, string>;
  counts: { parks: number; documents: number; indicators: number; investments: number; zones: number; projects: number; flagged: number };
}

/** Two-digit province codes (GB/T 2260). */
export const PROVINCES: Record<string, string> = {
  11: '北京市', 12: '天津市', 13: '河北省', 14: '山西省', 15: '内蒙古自治区', 21: '辽宁省', 22: '吉林省', 23: '黑龙江省',
  31: '上海市', 32: '江苏省', 33: '浙江省', 34: '安徽省', 35: '福建省', 36: '江西省', 37: '山东省', 41: '河南省', 42: '湖北省',
  43: '湖南省', 44: '广东省', 45: '广西壮族自治区', 46: '海南省', 50: '重庆市', 51: '四川省', 52: '贵州省', 53: '云南省',
  54: '西藏自治区', 61: '陕西省', 62: '甘肃省', 63: '青海省', 64: '宁夏回族自治区', 65: '新疆维吾尔自治区',
};

/** Four-digit prefecture codes of Hunan, the province data/geo covers today. */
export const PREFECTURES: Record<string, string> = {
  4301: '长沙市', 4302: '株洲市', 4303: '湘潭市', 4304: '衡阳市', 4305: '邵阳市', 4306: '岳阳市', 4307: '常德市',
  4308: '张家界市', 4309: '益阳市', 4310: '郴州市', 4311: '永州市', 4312: '怀化市', 4313: '娄底市', 4331: '湘西土家族苗族自治州',
};

/** Parses data/geo/county-seats.csv (adcode,name,lat,lon; no quoted cells). */
export function parseCountySeats(text: string): County[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`county-seats.csv has no column ${name}`);
    return i;
  };
  const [a, n, la, lo] = [col('adcode'), col('name'), col('lat'), col('lon')];
  return lines.slice(1).map((l) => {
    const c = l.split(',').map((x) => x.trim());
    return { adcode: c[a] ?? '', name: c[n] ?? '', lat: c[la] ?? '', lon: c[lo] ?? '' };
  }).filter((c) => /^\d{6}$/.test(c.adcode) && c.lat !== '' && c.lon !== '');
}

/** A data file as data/ keeps it (LF rows, RFC 4180 quoting), written by PapaParse. */
export function dataCsv(columns: readonly string[], rows: readonly Record<string, string | number | undefined>[]): string {
  return `${Papa.unparse([...rows], { columns: [...columns], newline: '\n' })}\n`;
}

/** A number as the text writes it and the CSV stores it: at most `digits` decimals, no trailing zeros. */
export function num(v: number, digits: number): string {
  const s = String(Number(v.toFixed(digits)));
  return s === '-0' ? '0' : s;
}

const ETHNIC_AUTONOMOUS = /^(.{2,}?)(?:苗族|土家族|侗族|瑶族|白族|回族|壮族|彝族|满族|畲族|黎族|傣族|哈尼族|布依族|蒙古族|藏族)+自治县$/;

/** "临湘市" → "临湘", "岳麓区" → "岳麓", "城步苗族自治县" → "城步"; two-character names stay whole. */
export function shortCountyName(name: string): string {
  const m = ETHNIC_AUTONOMOUS.exec(name) ?? /^(.{2,}?)(?:自治县|县|市|区|旗)$/.exec(name);
  return m?.[1] ?? name;
}

type Series = 'flow' | 'stock' | 'rate';

interface IndicatorSpec {
  id: string;
  unit: '亿元' | '万元' | '%' | '个' | '家' | '亩';
  series: Series;
  /** Range of the first year's value. */
  base: [number, number];
  digits: number;
  actual: (v: string) => string;
  target: (v: string) => string;
  /** Targets say "以上" (>=). */
  atLeast?: boolean;
}

/** The indicators a synthetic report speaks of, with the sentences it says them in. */
export const INDICATORS: readonly IndicatorSpec[] = [
  { id: 'industrial_output', unit: '亿元', series: 'flow', base: [20, 400], digits: 2, actual: (v) => `完成规模工业总产值${v}亿元`, target: (v) => `力争完成规模工业总产值${v}亿元` },
  { id: 'industrial_output_growth', unit: '%', series: 'rate', base: [3, 18], digits: 1, actual: (v) => `规模工业总产值同比增长${v}%`, target: (v) => `规模工业总产值增长${v}%以上`, atLeast: true },
  { id: 'industrial_value_added', unit: '亿元', series: 'flow', base: [5, 100], digits: 2, actual: (v) => `实现规模工业增加值${v}亿元`, target: (v) => `规模工业增加值达到${v}亿元` },
  { id: 'hightech_value_added', unit: '亿元', series: 'flow', base: [1, 60], digits: 2, actual: (v) => `实现高新技术产业增加值${v}亿元`, target: (v) => `高新技术产业增加值力争达到${v}亿元` },
  { id: 'tech_industry_trade_revenue', unit: '亿元', series: 'flow', base: [10, 600], digits: 2, actual: (v) => `完成技工贸总收入${v}亿元`, target: (v) => `技工贸总收入力争达到${v}亿元` },
  { id: 'tax_revenue', unit: '亿元', series: 'flow', base: [0.3, 20], digits: 2, actual: (v) => `完成税收${v}亿元`, target: (v) => `全年税收突破${v}亿元`, atLeast: true },
  { id: 'fixed_asset_investment', unit: '亿元', series: 'flow', base: [5, 150], digits: 1, actual: (v) => `完成固定资产投资${v}亿元`, target: (v) => `计划完成固定资产投资${v}亿元` },
  { id: 'investment_attracted', unit: '亿元', series: 'flow', base: [3, 120], digits: 1, actual: (v) => `实现招商引资${v}亿元`, target: (v) => `招商引资目标${v}亿元` },
  { id: 'paid_in_investment', unit: '亿元', series: 'flow', base: [2, 80], digits: 1, actual: (v) => `招商到位资金${v}亿元`, target: (v) => `力争招商到位资金${v}亿元` },
  { id: 'projects_introduced', unit: '个', series: 'stock', base: [3, 40], digits: 0, actual: (v) => `新引进项目${v}个`, target: (v) => `全年引进项目${v}个以上`, atLeast: true },
  { id: 'projects_started', unit: '个', series: 'stock', base: [2, 30], digits: 0, actual: (v) => `新开工项目${v}个`, target: (v) => `计划新开工项目${v}个` },
  { id: 'new_scale_enterprises', unit: '家', series: 'stock', base: [1, 15], digits: 0, actual: (v) => `新增规模工业企业${v}家`, target: (v) => `力争新增规模工业企业${v}家` },
  { id: 'land_acquisition', unit: '亩', series: 'stock', base: [100, 3000], digits: 0, actual: (v) => `完成征收储备土地${v}亩`, target: (v) => `计划征收储备土地${v}亩` },
  { id: 'government_funding', unit: '万元', series: 'stock', base: [500, 30000], digits: 0, actual: (v) => `争取上级资金${v}万元`, target: (v) => `全年争取上级资金${v}万元以上`, atLeast: true },
];

const LEVELS = ['高新技术产业开发区', '经济开发区', '工业集中区', '产业开发区', '工业园'] as const;
const THEMES = ['食品', '新材料', '电子信息', '装备制造', '生物医药', '现代物流', '新型建材', '纺织服装', '精细化工', '竹木加工', '电子商务', '汽车零部件', '有色金属', '绿色能源'] as const;
const INDUSTRIES = ['食品加工', '新材料', '电子信息', '装备制造', '生物医药', '现代物流', '新型建材', '纺织服装', '精细化工', '竹木加工', '电子商务', '汽车零部件', '有色金属精深加工', '包装材料', '农产品加工', '智能终端', '光伏新能源', '机械制造'] as const;
const ZONE_NAMES = ['东区', '西区', '南区', '北区', '滨江片区', '高铁片区', '科技园', '物流园', '食品园', '新材料园', '创业园', '综合保税片区'] as const;
const CO_A = ['湘', '华', '中', '楚', '潇', '沅', '资', '衡', '南', '金', '盛', '宏', '天', '恒', '新', '瑞', '鑫', '隆', '康', '远'] as const;
const CO_B = ['达', '通', '源', '丰', '信', '兴', '泰', '安', '和', '发', '创', '联', '鼎', '正', '润', '辉'] as const;
const PRODUCTS = ['新材料', '电子元器件', '食品', '智能装备', '医药', '包装', '环保科技', '纸业', '竹业', '服饰', '精密铸造', '光电', '锂电池材料', '农产品深加工'] as const;
const ROADS = ['纬一路', '纬二路', '纬三路', '纬四路', '经一路', '经二路', '经三路', '园区大道', '滨江路', '创业大道', '科技路', '工业大道'] as const;

const STAGE_SENTENCES: Record<string, (name: string) => string> = {
  negotiating: (n) => `正在洽谈${n}`,
  signed: (n) => `签约引进${n}`,
  site_prep: (n) => `${n}完成场平`,
  under_construction: (n) => `${n}主体工程已开工建设`,
  equipment: (n) => `${n}进入设备安装阶段`,
  in_production: (n) => `${n}建成投产`,
  expanding: (n) => `${n}启动二期扩产`,
};
const STAGES = Object.keys(STAGE_SENTENCES);

const FILLER = [
  '坚持项目为王，狠抓招商引资和项目建设',
  '深化“放管服”改革，持续优化营商环境',
  '强化要素保障，推动园区高质量发展',
  '严格落实安全生产责任制，全年未发生较大以上安全事故',
  '加强干部队伍建设，营造干事创业的良好氛围',
  '完善园区配套功能，提升产业承载能力',
  '推进“亩均论英雄”改革，盘活闲置低效用地',
  '抓好企业帮扶，落实惠企政策',
] as const;

const PARTIAL_PERIODS = [['1-9月', 9], ['1-11月', 11], ['1-6月', 6]] as const;

type Row = Record<string, string | number | undefined>;

interface ParkPlan {
  id: string;
  name: string;
  county: County;
  industries: string[];
  indicators: IndicatorSpec[];
  /** Year → true value of each indicator (what the reports say happened). */
  truth: Map<string, Map<number, number>>;
  zones: { id: string; name: string; industries: string[]; x: number; y: number; quote: string }[];
}

/** The true series of one indicator over the years, with growth and noise. */
function series(rng: Rng, spec: IndicatorSpec, years: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  let v = rng.float(spec.base[0], spec.base[1]);
  const trend = rng.float(-0.02, 0.15);
  for (const y of years) {
    if (spec.series === 'rate') out.set(y, rng.chance(0.08) ? -rng.float(0.5, 6) : rng.float(spec.base[0], spec.base[1]));
    else if (spec.series === 'stock') out.set(y, Math.max(1, v * rng.float(0.7, 1.3)));
    else out.set(y, v);
    v *= 1 + trend + rng.float(-0.06, 0.06);
  }
  return out;
}

/** Writes a value the way its indicator's sentences do (a fall in % is written 下降…, stored negative). */
function figure(spec: IndicatorSpec, v: number): { text: string; cell: string } {
  const cell = num(spec.digits === 0 ? Math.max(1, Math.round(v)) : v, spec.digits);
  return { text: cell.replace(/^-/, ''), cell };
}

function companyName(rng: Rng, used: Set<string>): string {
  for (;;) {
    const name = `${rng.pick(CO_A)}${rng.pick(CO_B)}${rng.pick(PRODUCTS)}项目`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export function generateNational(opts: NationalOptions, counties: readonly County[], indicatorIds: ReadonlySet<string>): NationalData {
  if (!Number.isInteger(opts.parks) || opts.parks < 1) throw new Error('parks must be a whole number ≥ 1');
  if (!Number.isInteger(opts.years) || opts.years < 1 || opts.years > 30) throw new Error('years must be a whole number from 1 to 30');
  if (counties.length === 0) throw new Error('no counties to place parks in');
  for (const s of INDICATORS) if (!indicatorIds.has(s.id)) throw new Error(`indicator ${s.id} is not in indicator_defs.csv`);
  const lastYear = opts.lastYear ?? 2024;
  const years = Array.from({ length: opts.years }, (_, i) => lastYear - opts.years + 1 + i);
  const root = createRng(opts.seed);
  const countyOrder = root.sample(counties, counties.length);

  const parks: Row[] = [];
  const documents: Row[] = [];
  const indicators: Row[] = [];
  const investments: Row[] = [];
  const zones: Row[] = [];
  const projects: Row[] = [];
  const sources = new Map<string, string>();
  let flagged = 0;

  for (let k = 0; k < opts.parks; k++) {
    const rng = root.fork(k + 1);
    const county = countyOrder[k % countyOrder.length] as County;
    const seq = Math.floor(k / countyOrder.length);
    const short = shortCountyName(county.name);
    const level = LEVELS[(seq + k) % LEVELS.length] as string;
    const theme = THEMES[seq % THEMES.length] as string;
    const round = Math.floor(seq / THEMES.length);
    const baseName = seq === 0 ? `${short}${level}` : `${short}${theme}${level.endsWith('区') ? '产业园' : level}${round > 0 ? `（${round + 1}）` : ''}`;
    const inferred = rng.chance(0.07);
    const name = inferred ? `${baseName}（推断）` : baseName;
    const id = `p${county.adcode}-${seq + 1}`;
    const industries = rng.sample(INDUSTRIES, rng.int(2, 4));
    const plan: ParkPlan = {
      id, name, county, industries,
      indicators: [INDICATORS[0] as IndicatorSpec, ...rng.sample(INDICATORS.slice(1), rng.int(5, 9))],
      truth: new Map(),
      zones: [],
    };
    const allYears = [...years, lastYear + 1];
    for (const spec of plan.indicators) plan.truth.set(spec.id, series(rng, spec, allYears));
    const zoneNames = rng.sample(ZONE_NAMES, rng.int(2, 4));
    plan.zones = zoneNames.map((zn, i) => {
      const ind = rng.sample(industries.length >= 2 ? industries : INDUSTRIES, 2);
      return { id: `${id}-z${i + 1}`, name: zn, industries: ind, x: Number(rng.float(0.1, 0.9).toFixed(2)), y: Number(rng.float(0.1, 0.9).toFixed(2)), quote: `${zn}重点发展${ind.join('和')}` };
    });
    const prefecture = PREFECTURES[county.adcode.slice(0, 4)] ?? '';
    parks.push({
      id, name, name_en: `Synthetic park ${county.adcode}-${seq + 1}`, province: PROVINCES[county.adcode.slice(0, 2)] ?? '未知省份',
      prefecture, county: county.name, adcode: county.adcode, level: level.replace('高新技术产业开发区', '高新区'),
      lat: county.lat, lon: county.lon, location_basis: 'county_seat',
      identity_basis: inferred ? 'inferred' : 'named',
      identity_note: inferred ? `合成数据：文件只称“园区”，按发文单位所在的${county.name}推断。` : '合成数据（基准测试用），不是真实园区。',
      industries: industries.join(';'),
    });

    const usedCompanies = new Set<string>();
    years.forEach((year, yi) => {
      const docId = `${id}-${year}`;
      const kind = yi === 0 ? 'plan' : rng.chance(0.82) ? 'report_and_plan' : rng.chance(0.5) ? 'report' : 'plan';
      const hasReport = kind !== 'plan';
      const hasPlan = kind !== 'report';
      const targetYear = kind === 'plan' ? year : year + 1;
      const partial = hasReport && rng.chance(0.15) ? rng.pick(PARTIAL_PERIODS) : null;
      const title = kind === 'plan' ? `${name}${year}年工作计划` : kind === 'report' ? `${name}${year}年工作总结` : `${name}${year}年工作总结及${year + 1}年工作计划`;
      const sourceFile = `${docId}.txt`;
      documents.push({
        id: docId, park_id: id, title, kind, year, year_basis: 'stated',
        published: rng.chance(0.6) ? `${hasReport ? year + 1 : year}-0${rng.int(1, 3)}-${String(rng.int(10, 28))}` : '',
        source_file: sourceFile,
        quality_note: partial ? `合成数据。经济数据为${partial[0]}累计，不是全年。` : '合成数据（基准测试用）。',
      });
      let i = 0;
      let v = 0;
      let p = 0;
      const indicatorRow = (r: Omit<Row, 'id' | 'park_id' | 'doc_id'>) => {
        i++;
        indicators.push({ id: `${docId}-i${String(i).padStart(2, '0')}`, park_id: id, doc_id: docId, value_high: '', comparator: '=', flag: 'ok', note: '', ...r });
      };
      const report: string[] = [];
      const planText: string[] = [];
      const works: string[] = [];
      const builds: string[] = [];
      const projectText: string[] = [];

      if (hasReport) {
        for (const spec of plan.indicators) {
          if (rng.chance(0.1)) continue;
          let value = plan.truth.get(spec.id)?.get(year) ?? 0;
          if (partial && spec.series !== 'rate') value = (value * partial[1]) / 12;
          const f = figure(spec, value);
          const sentence = value < 0 ? spec.actual(f.text).replace('增长', '下降') : spec.actual(f.text);
          report.push(sentence);
          const suspect = rng.chance(0.01);
          if (suspect) flagged++;
          indicatorRow({ year, period: partial ? partial[0] : '全年', indicator: spec.id, kind: 'actual', value: f.cell, unit: spec.unit, quote: sentence, flag: suspect ? 'suspect' : 'ok', note: suspect ? '合成数据：与上年相比跳变，口径存疑。' : '' });
        }
      }
      if (hasPlan) {
        for (const spec of plan.indicators) {
          if (rng.chance(0.25)) continue;
          const truth = plan.truth.get(spec.id)?.get(targetYear) ?? 0;
          const value = spec.series === 'rate' ? Math.abs(truth) + rng.float(-1, 3) : truth * rng.float(0.92, 1.12);
          const f = figure(spec, Math.max(spec.digits === 0 ? 1 : 0.1, value));
          const sentence = spec.target(f.text);
          planText.push(sentence);
          indicatorRow({ year: targetYear, period: '全年', indicator: spec.id, kind: 'target', value: f.cell, comparator: spec.atLeast ? '>=' : '=', unit: spec.unit, quote: sentence });
        }
        if (rng.chance(0.02)) {
          const low = rng.int(3, 9);
          const sentence = `招商引进${low}-2023个项目入园`;
          planText.push(sentence);
          flagged++;
          indicatorRow({ year: targetYear, period: '全年', indicator: 'projects_introduced', kind: 'target', value: String(low), value_high: '2023', unit: '个', quote: sentence, flag: 'garbled', note: '合成数据：模板把“10”替换成了“2023”，原值很可能是“10”。' });
        }
      }

      // Infrastructure: money, land and floor space, each figure a row of its own.
      const investmentRow = (r: Omit<Row, 'id' | 'park_id' | 'doc_id' | 'year' | 'quote'>, quote: string) => {
        v++;
        const flaggedRow = r.flag !== undefined && r.flag !== 'ok';
        investments.push({ id: `${docId}-v${String(v).padStart(2, '0')}`, park_id: id, doc_id: docId, year: r.basis === 'planned' ? targetYear : year, zone_id: '', amount_high: '', flag: 'ok', note: flaggedRow ? '合成数据：金额“2023”形似年份，疑为模板替换错误。' : '', ...r, quote });
      };
      const nInv = rng.int(2, 5);
      for (let j = 0; j < nInv; j++) {
        const planned = !hasReport || (hasPlan && rng.chance(0.4));
        const basis = planned ? 'planned' : rng.chance(0.75) ? 'completed' : 'in_progress';
        const zone = rng.chance(0.3) ? rng.pick(plan.zones) : undefined;
        const zoneId = zone?.id ?? '';
        const where = zone ? zone.name : '';
        const cores: string[] = [];
        const row = (r: Omit<Row, 'id' | 'park_id' | 'doc_id' | 'year' | 'quote' | 'basis' | 'zone_id'>, core: string) => {
          cores.push(core);
          investmentRow({ ...r, basis, zone_id: zoneId }, core);
        };
        const kindOf = rng.int(0, 6);
        if (kindOf === 0) {
          const road = `${where}${rng.pick(ROADS)}`;
          const a = num(rng.int(800, 20000) + (rng.chance(0.5) ? rng.int(0, 99) / 100 : 0), 2);
          row({ project: `${road}建设`, category: 'road', amount: a, unit: '万元' }, `投资${a}万元建设${road}`);
        } else if (kindOf === 1) {
          const a = num(rng.float(0.3, 6), 2);
          row({ project: `${where}污水处理厂提质改造项目`, category: 'water', amount: a, unit: '亿元' }, `${where}污水处理厂提质改造项目总投资${a}亿元`);
        } else if (kindOf === 2) {
          const a = String(rng.int(1500, 12000));
          row({ project: `${where}110千伏变电站`, category: 'power', amount: a, unit: '万元' }, `新建${where}110千伏变电站一座，投资${a}万元`);
        } else if (kindOf === 3) {
          // One item, two rows: its money and its floor space.
          const a = String(rng.int(2000, 30000));
          const m2 = String(rng.int(5000, 90000));
          const item = `${where}标准厂房${rng.int(1, 5)}期`;
          row({ project: item, category: 'factory', amount: a, unit: '万元' }, `投资${a}万元建设${item}`);
          row({ project: item, category: 'factory', amount: m2, unit: '平方米' }, `${item}建筑面积${m2}平方米`);
        } else if (kindOf === 4) {
          const mu = String(rng.int(50, 2500));
          row({ project: `${where}征地拆迁`, category: 'relocation', amount: mu, unit: '亩' }, `${where}征地拆迁${mu}亩`);
        } else if (kindOf === 5) {
          const a = num(rng.float(1, 8), 1);
          row({ project: `${where}标准化厂房`, category: 'factory', amount: a, unit: '万平方米' }, `新建${where}标准化厂房${a}万平方米`);
        } else {
          const garbled = rng.chance(0.01);
          if (garbled) flagged++;
          const amount = garbled ? '2023' : String(rng.int(200, 5000));
          row({ project: `${where}园区绿化亮化工程`, category: 'greening', amount, unit: '万元', flag: garbled ? 'suspect' : 'ok' }, `${where}园区绿化亮化工程投资${amount}万元`);
        }
        const status = basis === 'planned' ? '力争年内开工' : basis === 'in_progress' ? '目前正在建设' : '已完工';
        (planned ? works : builds).push(`${cores.join('，')}，${status}`);
      }

      // Enterprise projects and their stage.
      const nProj = rng.int(1, 4);
      for (let j = 0; j < nProj; j++) {
        p++;
        const projectName = companyName(rng, usedCompanies);
        const stage = hasReport ? rng.pick(STAGES) : rng.pick(['negotiating', 'signed']);
        const sentence = (STAGE_SENTENCES[stage] ?? ((n: string) => n))(projectName);
        projectText.push(sentence);
        projects.push({ id: `${docId}-p${String(p).padStart(2, '0')}`, park_id: id, doc_id: docId, name: projectName, industry: rng.pick(industries), stage, quote: sentence });
      }

      // Zones are named in the park's first document.
      if (yi === 0) {
        for (const z of plan.zones) zones.push({ id: z.id, park_id: id, name: z.name, industries: z.industries.join(';'), quote: z.quote, doc_id: docId, schematic_x: z.x, schematic_y: z.y });
      }

      const paragraphs: string[] = [title, ''];
      paragraphs.push(`${hasReport ? `${year}年，` : ''}${name}在县委、县政府的坚强领导下，${rng.pick(FILLER)}，各项工作取得新进展。`);
      if (yi === 0) paragraphs.push(`园区规划形成“一园${plan.zones.length}片”的空间格局：${plan.zones.map((z) => z.quote).join('；')}。`);
      if (hasReport) {
        paragraphs.push(`一、${year}年工作情况`);
        if (report.length > 0) paragraphs.push(`（一）主要经济指标。${partial ? `${partial[0]}，` : '全年'}${report.join('，')}。`);
        if (builds.length > 0) paragraphs.push(`（二）基础设施建设。${builds.join('；')}。`);
        paragraphs.push(`（三）项目建设。${projectText.join('；')}。${rng.pick(FILLER)}。`);
      }
      if (hasPlan) {
        paragraphs.push(`${hasReport ? '二' : '一'}、${targetYear}年工作计划`);
        if (planText.length > 0) paragraphs.push(`（一）主要目标。${planText.join('，')}。`);
        if (works.length > 0) paragraphs.push(`（二）重点工作。${works.join('；')}。`);
        if (!hasReport) paragraphs.push(`（三）招商引资。${projectText.join('；')}。`);
        paragraphs.push(`（四）保障措施。${rng.sample(FILLER, 2).join('；')}。`);
      }
      paragraphs.push('', `${name}管理委员会`);
      sources.set(sourceFile, `${paragraphs.join('\n')}\n`);
    });
  }

  return {
    csv: {
      'parks.csv': dataCsv(PARK_COLUMNS, parks),
      'documents.csv': dataCsv(DOCUMENT_COLUMNS, documents),
      'indicators.csv': dataCsv(INDICATOR_COLUMNS, indicators),
      'investments.csv': dataCsv(INVESTMENT_COLUMNS, investments),
      'zones.csv': dataCsv(ZONE_COLUMNS, zones),
      'projects.csv': dataCsv(PROJECT_COLUMNS, projects),
    },
    sources,
    counts: { parks: parks.length, documents: documents.length, indicators: indicators.length, investments: investments.length, zones: zones.length, projects: projects.length, flagged },
  };
}
