/**
 * Investment breakdown: money per category (or zone, or park), one stacked segment per item so
 * every segment opens its own sentence; coloured by planned / in progress / completed.
 */
import * as Plot from '@observablehq/plot';
import type { Investment } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import { t } from '../i18n/index.ts';
import { formatCompact, formatMoney, type Locale } from '../lib/format.ts';
import { investmentFigure } from '../derived/value-text.ts';
import { isMoney, toBase } from '../lib/units.ts';
import { COLORS } from '../lib/palette.ts';
import { svgId, type ChartFigure } from './figure.ts';
import { CHART_WIDTH, fit, marginFor, tipText } from '../lib/label-text.ts';
import { renderPlot } from './render.ts';

export interface InvestmentSegment {
  id: string;
  group: string;
  /** 万元 */
  amount: number;
  basis: Investment['basis'];
  tip: string;
  href: string;
}

export interface InvestmentContext {
  locale: Locale;
  groupLabel: (r: Investment) => string;
  /** At most this many groups are drawn; the rest become one "other" group per status. */
  groupLimit?: number;
  otherLabel?: (n: number) => string;
  quoteHref: (docId: string, rowId: string) => string;
}

/** Money rows only (万元/亿元 → 万元), garbled values left out; ranges use their lower bound. */
export function investmentSegments(rows: readonly Investment[], ctx: InvestmentContext): InvestmentSegment[] {
  return rows
    .filter((r) => isMoney(r.unitDef) && isPlottable(r))
    .map((r) => ({
      id: r.id,
      group: ctx.groupLabel(r),
      amount: toBase(r.amount, r.unitDef).value,
      basis: r.basis,
      tip: tipText(r.project, investmentFigure(r, ctx.locale), `${r.year} · ${t(ctx.locale, `basis.${r.basis}`)}`, r.quote),
      href: ctx.quoteHref(r.doc_id, r.id),
    }));
}

const BASIS_COLOR: Record<Investment['basis'], string> = { planned: COLORS.planned, in_progress: COLORS.in_progress, completed: COLORS.completed };

/** Groups ordered by total, largest first. */
export function groupOrder(segments: readonly InvestmentSegment[]): string[] {
  const totals = new Map<string, number>();
  for (const s of segments) totals.set(s.group, (totals.get(s.group) ?? 0) + s.amount);
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([g]) => g);
}

export function investmentPlot(segments: readonly InvestmentSegment[], width: number, locale: Locale): Plot.PlotOptions {
  const order = groupOrder(segments);
  const marginLeft = marginFor(order, width);
  const narrow = width < 500;
  return {
    width,
    height: 50 + order.length * (narrow ? 34 : 30),
    marginLeft,
    marginRight: 16,
    style: { fontSize: '12px' },
    x: { label: null, grid: true, ticks: narrow ? 3 : 6, tickFormat: (v: number) => (v === 0 ? '0' : `${formatCompact(v * 10_000, locale)}${locale === 'zh-CN' ? '元' : ''}`) },
    y: { domain: order, label: null, tickFormat: (s: string) => fit(s, marginLeft - 10) },
    marks: [
      Plot.barX(segments, {
        x: 'amount', y: 'group', fill: (s: InvestmentSegment) => BASIS_COLOR[s.basis], stroke: 'white', strokeWidth: 1,
        title: 'tip', href: 'href', ariaLabel: 'tip', order: 'amount', reverse: true, insetTop: 3, insetBottom: 3,
      }),
      Plot.ruleX([0]),
    ],
  };
}

/** Keeps the largest `limit` groups; the others are merged into one segment per status. */
export function limitGroups(segments: readonly InvestmentSegment[], limit: number, otherLabel: (n: number) => string): InvestmentSegment[] {
  const order = groupOrder(segments);
  if (order.length <= limit) return [...segments];
  const keep = new Set(order.slice(0, limit));
  const label = otherLabel(order.length - limit);
  const other = new Map<InvestmentSegment['basis'], number>();
  for (const s of segments) if (!keep.has(s.group)) other.set(s.basis, (other.get(s.basis) ?? 0) + s.amount);
  return [
    ...segments.filter((s) => keep.has(s.group)),
    ...[...other.entries()].map(([basis, amount]) => ({ id: `other-${basis}`, group: label, amount, basis, tip: label, href: '' })),
  ];
}

export function investmentChart(id: string, title: string, rows: readonly Investment[], ctx: InvestmentContext, source: string): ChartFigure | null {
  const all = investmentSegments(rows, ctx);
  const segments = ctx.groupLimit !== undefined && ctx.otherLabel ? limitGroups(all, ctx.groupLimit, ctx.otherLabel) : all;
  if (segments.length === 0) return null;
  const total = segments.reduce((s, x) => s + x.amount, 0);
  const order = groupOrder(segments);
  const top = order[0] ?? '';
  const topTotal = segments.filter((s) => s.group === top).reduce((s, x) => s + x.amount, 0);
  const fmt = (v: number) => formatMoney(v, ctx.locale);
  const takeaway = ctx.locale === 'zh-CN'
    ? `${segments.length} 个有金额的项目合计 ${fmt(total)}，其中“${top}”最多，${fmt(topTotal)}（${Math.round((topTotal / total) * 100)}%）。`
    : `${segments.length} items with amounts total ${fmt(total)}; the largest group is “${top}” with ${fmt(topTotal)} (${Math.round((topTotal / total) * 100)}%).`;
  const desc = `${takeaway} ${order.map((g) => `${g}：${fmt(segments.filter((s) => s.group === g).reduce((a, x) => a + x.amount, 0))}`).join('；')}`;
  const used = new Set(segments.map((s) => s.basis));
  // The table lists every money item (the chart may merge small groups).
  const drawnIds = new Set(all.map((s) => s.id));
  return {
    id, title, takeaway, desc, source,
    svg: renderPlot(investmentPlot(segments, CHART_WIDTH, ctx.locale), { id: svgId(id), title, desc }),
    legend: (['completed', 'in_progress', 'planned'] as const).filter((b) => used.has(b)).map((b) => ({ label: t(ctx.locale, `basis.${b}`), color: BASIS_COLOR[b] })),
    note: ctx.locale === 'zh-CN' ? '只计入写明金额的项目；土地（亩）与建筑面积（平方米）见下表。原文数字损坏的项目不计入。' : 'Only items with an amount of money; land and floor space are listed in the table.',
    table: {
      caption: title,
      columns: [t(ctx.locale, 'table.category'), t(ctx.locale, 'table.project'), t(ctx.locale, 'table.amount'), t(ctx.locale, 'table.basis')],
      rows: rows.filter((r) => drawnIds.has(r.id)).map((r) => [ctx.groupLabel(r), r.project, investmentFigure(r, ctx.locale), t(ctx.locale, `basis.${r.basis}`)]),
      numeric: [false, false, true, false],
      hrefs: rows.filter((r) => drawnIds.has(r.id)).map((r) => ctx.quoteHref(r.doc_id, r.id)),
    },
  };
}
