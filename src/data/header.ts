/**
 * The header row: column names are the contract, so they are never guessed — but when a name
 * is missing, the message says which column was probably meant (a typo, a different case, a
 * Chinese name such as 园区 for park_id, a column simply in the wrong file).
 */
import type { DataIssue } from './issues.ts';
import { toHalfWidth } from './schema/fields.ts';

/** Chinese (and a few English) names editors give columns, by the column they mean. */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  id: ['编号', '序号', 'id号', '标识', 'no', 'code'],
  park_id: ['园区', '园区id', '园区编号', '园区代码', 'park'],
  doc_id: ['文档', '文档id', '文档编号', '文件', '文件id', '来源文档', '来源', 'doc', 'document', 'document_id'],
  name: ['名称', '名字', '园区名称', '企业名称', '项目名称', '片区名称', '指标名称'],
  name_en: ['英文名', '英文名称', '英文', 'english', 'english_name'],
  title: ['标题', '文件标题', '文档标题', '题目'],
  kind: ['类型', '种类', '文档类型', '指标类型'],
  year: ['年份', '年度', '年'],
  year_basis: ['年份依据'],
  published: ['发布日期', '发文日期', '日期', '发布时间', 'date'],
  source_file: ['源文件', '原文文件', '文件名', 'file', 'source'],
  quality_note: ['质量说明', '质量备注'],
  province: ['省', '省份'],
  prefecture: ['市', '地级市', '市州', 'city'],
  county: ['县', '区县', '县市区', '县区'],
  adcode: ['行政区划代码', '区划代码', '行政代码', '代码'],
  level: ['级别', '层级', '园区级别'],
  lat: ['纬度', 'latitude'],
  lon: ['经度', 'longitude', 'lng'],
  location_basis: ['位置依据', '坐标依据', '定位依据'],
  identity_basis: ['身份依据', '名称依据'],
  identity_note: ['身份说明', '依据说明'],
  industries: ['产业', '主导产业', '行业'],
  industry: ['行业', '产业', '所属行业'],
  period: ['期间', '时段', '统计期', '时期'],
  indicator: ['指标', '指标id', '指标名'],
  value: ['数值', '值', '数据', '目标值', '完成值'],
  value_high: ['上限', '最高值', '数值上限'],
  comparator: ['比较', '比较符', '关系'],
  unit: ['单位', '计量单位'],
  aliases: ['别名', '别称', '同义词', '其他名称'],
  dimension: ['量纲', '维度'],
  base: ['基准单位', '基本单位'],
  factor: ['换算系数', '系数', '倍数'],
  quote: ['引文', '原文', '引句', '引用', '原句', '摘录'],
  flag: ['标记', '标志'],
  note: ['备注', '说明', '注释', 'notes', 'remark'],
  project: ['项目', '工程', '项目名称'],
  category: ['类别', '分类'],
  zone_id: ['片区', '板块', '园区板块', '片区id', 'zone'],
  amount: ['金额', '投资额', '数额', '投资'],
  amount_high: ['金额上限'],
  basis: ['依据', '性质'],
  stage: ['阶段', '进度', '进展'],
  group: ['分组', '组'],
  higher_is_better: ['越高越好', '方向'],
  description: ['描述', '定义'],
  schematic_x: ['示意x', 'x'],
  schematic_y: ['示意y', 'y'],
};

/** "Park ID", "ｐａｒｋ＿ｉｄ", " park-id " → "park_id". */
function normalise(h: string): string {
  return toHalfWidth(h).trim().toLowerCase().replace(/[\s-]+/g, '_');
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] ?? 0;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = d[j] ?? 0;
      d[j] = Math.min(cur + 1, (d[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return d[b.length] ?? 0;
}

/** The column a header name probably means, among `candidates`. */
function meant(h: string, candidates: readonly string[]): string | undefined {
  const n = normalise(h);
  return (
    candidates.find((c) => c === n) ??
    candidates.find((c) => (ALIASES[c] ?? []).includes(n)) ??
    candidates.find((c) => c.length >= 4 && editDistance(n, c) <= 2)
  );
}

/** Header problems: missing, extra, duplicated, renamed or nameless columns; a header that is data. */
export function checkHeader(header: string[], columns: readonly string[], file: string, line = 1): DataIssue[] {
  const expected = `columns ${columns.join(',')}`;
  const at = (column: number) => ({ severity: 'error' as const, file, line, column });
  if (header.length === 1 && /[\t;]/.test(header[0] ?? '')) {
    const sep = (header[0] ?? '').includes('\t') ? 'tabs' : 'semicolons';
    return [{ ...at(1), message: `has its cells separated by ${sep}, not commas`, hint: 'in Excel/WPS use 另存为 → CSV UTF-8 (逗号分隔)', expected }];
  }
  const issues: DataIssue[] = [];
  const known = header.filter((h) => columns.includes(h));
  if (known.length === 0 && header.length >= columns.length - 1 && header.every((h) => meant(h, columns) === undefined)) {
    return [{ ...at(0), message: `line ${line} is not the header row`, hint: `insert the header row ${columns.join(',')} above it`, expected }];
  }
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    if (h === '') {
      issues.push({ ...at(i + 1), message: `column ${i + 1} has no name`, hint: 'delete the empty column (Excel keeps a column once a cell in it was used)', expected });
      return;
    }
    const first = seen.get(h);
    if (first !== undefined) issues.push({ ...at(i + 1), field: h, value: h, message: `is a duplicated column (also column ${first})`, hint: 'delete one of the two columns' });
    else seen.set(h, i + 1);
  });
  const missing = columns.filter((c) => !header.includes(c));
  const extra = header.map((h, i) => ({ h, i })).filter(({ h }) => h !== '' && !columns.includes(h));
  const renamed = new Map<string, { h: string; i: number }>();
  for (const e of extra) {
    const c = meant(e.h, missing.filter((m) => !renamed.has(m)));
    if (c) renamed.set(c, e);
  }
  // One column left on each side: the same position in the file, renamed beyond recognition.
  const leftMissing = missing.filter((c) => !renamed.has(c));
  const leftExtra = extra.filter((e) => ![...renamed.values()].includes(e));
  if (leftMissing.length === leftExtra.length) leftMissing.forEach((c, k) => { const e = leftExtra[k]; if (e) renamed.set(c, e); });
  for (const c of missing) {
    const r = renamed.get(c);
    issues.push({
      ...at(r ? r.i + 1 : 0),
      message: `is missing column ${c}`,
      hint: r ? `was column "${r.h}" renamed? call it ${c}` : `add a column named ${c}`,
      expected,
    });
  }
  const used = [...renamed.values()];
  for (const e of extra) {
    if (used.includes(e)) continue;
    issues.push({ ...at(e.i + 1), field: '(header)', value: e.h, message: 'is not a known column', hint: 'remove it or check its spelling', expected });
  }
  return issues;
}
