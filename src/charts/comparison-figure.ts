/** The cross-park comparison as a ChartFigure, so it gets the same title, table, downloads and embed as every chart. */
import { t } from '../i18n/index.ts';
import { comparisonOrder, comparisonSelection, comparisonSvg, periodsDiffer, type ComparisonDatum } from '../lib/comparison-svg.ts';
import { LIMITS } from '../lib/limits.ts';
import { COLORS } from '../lib/palette.ts';
import { CHART_WIDTH } from '../lib/label-text.ts';
import { svgId, type ChartFigure } from './figure.ts';

export function comparisonFigure(id: string, title: string, rows: readonly ComparisonDatum[], locale: 'zh-CN' | 'en', source: string): ChartFigure {
  const parks = new Set(rows.map((r) => r.park)).size;
  const ordered = comparisonOrder(rows);
  const drawn = comparisonSelection(rows, LIMITS.chartBars);
  const desc = `${title}：${ordered.map((r) => `${r.parkName} ${r.year} ${r.text}`).join('；')}`;
  return {
    id,
    title,
    takeaway: locale === 'zh-CN' ? `${parks} 个园区、${rows.length} 个数字，按大小排列。` : `${rows.length} figures from ${parks} parks, largest first.`,
    desc,
    source,
    svg: comparisonSvg(drawn.rows, { id: svgId(id), title, desc, width: CHART_WIDTH, locale, targetLabel: t(locale, 'table.target') }),
    note: [
      drawn.reduced ? `${t(locale, 'chart.latestPerPark')} ${t(locale, 'chart.topN', { n: LIMITS.chartBars })}` : '',
      periodsDiffer(drawn.rows) ? (locale === 'zh-CN' ? '注意：这些数字的时期不同（全年目标与1-9月、1-11月实绩），不能直接比较高低；目标与实绩也不是一回事。' : 'Careful: periods differ (full-year targets vs part-year actuals).') : '',
    ].filter(Boolean).join(' ') || undefined,
    legend: [
      { label: t(locale, 'table.actual'), color: COLORS.actual },
      { label: t(locale, 'table.target'), color: COLORS.target },
    ],
    table: {
      caption: title,
      columns: [t(locale, 'nav.parks'), t(locale, 'table.year'), t(locale, 'table.kind'), t(locale, 'table.period'), t(locale, 'table.amount')],
      rows: ordered.map((d) => [d.parkName, String(d.year), t(locale, d.kind === 'target' ? 'table.target' : 'table.actual'), d.period, d.text]),
      numeric: [false, true, false, false, true],
      hrefs: ordered.map((d) => d.href),
    },
  };
}
