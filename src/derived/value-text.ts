/**
 * How a figure reads on the page. In Chinese a figure is shown as the source wrote it
 * (0.3亿元 stays 0.3亿元) so a reader finds it in the sentence; in English it is re-expressed.
 */
import type { Indicator, Investment } from '../data/model.ts';
import type { Comparator } from '../data/schema/indicators.ts';
import { formatValue, type Locale } from '../lib/format.ts';
import type { Unit, UnitDef } from '../lib/units.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PERIODS_EN: Record<string, string> = {
  全年: 'full year', 年度: 'full year', 十三五末: 'end of the 13th Five-Year Plan', 截至报告时: 'as of the report',
  目前: 'at the time', 调整前: 'before the change', 调整后: 'after the change',
};

/** A period as the edition says it: 1-11月 stays in Chinese, becomes "Jan–Nov" in English. */
export function periodText(period: string, locale: Locale): string {
  if (locale === 'zh-CN') return period;
  const range = /^(\d{1,2})-(\d{1,2})月$/.exec(period);
  if (range) return `${MONTHS[Number(range[1]) - 1] ?? range[1]}–${MONTHS[Number(range[2]) - 1] ?? range[2]}`;
  const upTo = /^截至(\d{1,2})月底$/.exec(period);
  if (upTo) return `to end-${MONTHS[Number(upTo[1]) - 1] ?? upTo[1]}`;
  return PERIODS_EN[period] ?? period;
}

const COMPARATOR_PREFIX: Record<Comparator, { zh: string; en: string }> = {
  '=': { zh: '', en: '' },
  '>=': { zh: '≥', en: '≥ ' },
  '>': { zh: '>', en: '> ' },
  '<=': { zh: '≤', en: '≤ ' },
  about: { zh: '约', en: 'about ' },
};

interface FigureLike {
  value: number;
  valueText?: string;
  value_high?: number;
  comparator?: Comparator;
  unit: Unit;
  unitDef: UnitDef;
}

export function figureText(f: FigureLike, locale: Locale = 'zh-CN'): string {
  const prefix = COMPARATOR_PREFIX[f.comparator ?? '='][locale === 'zh-CN' ? 'zh' : 'en'];
  if (locale === 'zh-CN') {
    const v = f.valueText ?? String(f.value);
    const range = f.value_high !== undefined ? `${v}–${f.value_high}` : v;
    return `${prefix}${range}${f.unit}`;
  }
  const low = formatValue(f.value, f.unitDef, 'en');
  if (f.value_high !== undefined) return `${prefix}${low} – ${formatValue(f.value_high, f.unitDef, 'en')}`;
  return `${prefix}${low}`;
}

export function investmentFigure(r: Investment, locale: Locale = 'zh-CN'): string {
  return figureText({ value: r.amount, valueText: r.amountText, value_high: r.amount_high, unit: r.unit, unitDef: r.unitDef }, locale);
}

/** Indicators worth a headline, most telling first. */
export const HEADLINE_INDICATORS = [
  'industrial_output',
  'tech_industry_trade_revenue',
  'total_output',
  'fixed_asset_investment',
  'tax_revenue',
  'contract_investment',
  'investment_attracted',
  'infrastructure_investment',
] as const;

/** Up to `n` headline figures for a park: the latest year first, one per indicator, no garbled values. */
export function headlineFigures(rows: readonly Indicator[], n = 3): Indicator[] {
  const usable = rows.filter((r) => r.flag !== 'garbled');
  const out: Indicator[] = [];
  for (const id of HEADLINE_INDICATORS) {
    const candidates = usable
      .filter((r) => r.indicator === id && r.period !== '十三五末')
      .sort((a, b) => b.year - a.year || (a.kind === 'actual' ? -1 : 1) - (b.kind === 'actual' ? -1 : 1));
    if (candidates[0]) out.push(candidates[0]);
    if (out.length === n) break;
  }
  return out;
}
