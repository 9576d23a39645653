/**
 * Trend across documents: the same park's figures over the years it reported them
 * (临湘 2017 → 2022: 规模工业总产值 274.14 → 390 亿元). One line per indicator; filled dots are
 * actuals, hollow ones targets.
 */
import * as Plot from '@observablehq/plot';
import { ticks as linearTicks } from 'd3';
import type { Indicator, IndicatorDef } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { figureText } from '../derived/value-text.ts';
import { isMoney, toBase } from '../lib/units.ts';
import { SERIES } from '../lib/palette.ts';
import { svgId, type ChartFigure } from './figure.ts';
import { CHART_WIDTH, tipText } from '../lib/label-text.ts';
import { renderPlot } from './render.ts';

export interface TrendPoint {
  id: string;
  series: string;
  year: number;
  /** 亿元 */
  value: number;
  kind: 'target' | 'actual';
  label: string;
  color: string;
  tip: string;
  href: string;
}

export interface TrendContext {
  locale: Locale;
  def: (id: string) => IndicatorDef;
  quoteHref: (docId: string, rowId: string) => string;
}

/** The axis is in 亿元; money's base unit (units.csv) is 万元. */
const WAN_PER_YI = 10_000;

/** Money indicators (full-year figures) that the park reported in two or more years. */
export function trendPoints(rows: readonly Indicator[], ctx: TrendContext): TrendPoint[] {
  const usable = rows.filter((r) => isPlottable(r) && isMoney(r.unitDef) && !/月/.test(r.period) && r.period !== '十三五末');
  const years = new Map<string, Set<number>>();
  for (const r of usable) years.set(r.indicator, (years.get(r.indicator) ?? new Set()).add(r.year));
  const series = [...years.entries()].filter(([, ys]) => ys.size >= 2).map(([id]) => id);
  return usable
    .filter((r) => series.includes(r.indicator))
    .map((r) => {
      const def = ctx.def(r.indicator);
      const name = ctx.locale === 'zh-CN' ? def.name : def.name_en;
      return {
        id: r.id,
        series: name,
        year: r.year,
        value: Math.round((toBase(r.value, r.unitDef).value / WAN_PER_YI) * 1e6) / 1e6,
        kind: r.kind,
        label: figureText(r, ctx.locale),
        color: SERIES[series.indexOf(r.indicator) % SERIES.length] as string,
        tip: tipText(name, figureText(r, ctx.locale), `${r.year} ${t(ctx.locale, r.kind === 'target' ? 'table.target' : 'table.actual')}`, r.quote),
        href: ctx.quoteHref(r.doc_id, r.id),
      };
    })
    .sort((a, b) => a.series.localeCompare(b.series) || a.year - b.year);
}

/** Pixels between a y tick and a value label (12 px text with its halo) below which the two would overlap. */
const TICK_CLEARANCE = 13;

/**
 * The y ticks to label: those not beside a value label at the left edge. The first year's values
 * are written left of their dots, across the axis's tick labels; a tick that would sit under one
 * keeps its gridline and loses its number (the value beside it is written out anyway).
 */
export function labelledTicks(ticks: readonly number[], tickY: (v: number) => number, leftLabelYs: readonly number[]): number[] {
  return ticks.filter((t) => leftLabelYs.every((y) => Math.abs(tickY(t) - y) >= TICK_CLEARANCE));
}

const PX_PER_Y_TICK = 35; // Plot's own default spacing of y ticks

export function trendPlot(points: readonly TrendPoint[], width: number, locale: Locale): Plot.PlotOptions {
  const years = [...new Set(points.map((p) => p.year))].sort((a, b) => a - b);
  const narrow = width < 500;
  const first = years[0];
  const last = years[years.length - 1];
  const height = narrow ? 300 : 340;
  const marginTop = 24;
  const marginBottom = 30;
  const values = points.map((p) => p.value);
  const y = Plot.scale({ y: { domain: [Math.min(0, ...values), Math.max(0, ...values)], nice: true, range: [height - marginBottom, marginTop] } });
  const [d0 = 0, d1 = 0] = (y.domain ?? []) as number[];
  const grid = linearTicks(d0, d1, (height - marginTop - marginBottom) / PX_PER_Y_TICK);
  const tickY = (v: number) => Number(y.apply(v));
  return {
    width,
    height,
    marginLeft: narrow ? 84 : 96,
    marginRight: narrow ? 76 : 190,
    marginTop,
    marginBottom,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { domain: [Math.min(...years) - 0.5, Math.max(...years) + 0.5], ticks: years, tickFormat: (y: number) => String(y), label: null },
    y: { domain: [d0, d1], label: locale === 'zh-CN' ? '↑ 亿元' : '↑ 100m yuan', ticks: labelledTicks(grid, tickY, points.filter((p) => p.year === first).map((p) => tickY(p.value))) },
    marks: [
      Plot.gridY(grid),
      Plot.line(points, { x: 'year', y: 'value', z: 'series', stroke: 'color', strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'year', y: 'value', r: 6, stroke: 'color', strokeWidth: 2,
        fill: (p: TrendPoint) => (p.kind === 'actual' ? p.color : 'white'), title: 'tip', href: 'href', ariaLabel: 'tip',
      }),
      // Values beside their dots: left of the first year, right of the later ones (with the series name on wide screens).
      Plot.text(points.filter((p) => p.year === first), {
        x: 'year', y: 'value', text: 'label', fill: 'color', fontWeight: 'bold', textAnchor: 'end', dx: -10,
        stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
      }),
      Plot.text(points.filter((p) => p.year !== first), {
        x: 'year', y: 'value', fill: 'color', fontWeight: 'bold', textAnchor: 'start', dx: 10,
        text: (p: TrendPoint) => (p.year === last && !narrow ? `${p.label} ${p.series}` : p.label),
        stroke: 'white', strokeWidth: 3, paintOrder: 'stroke',
      }),
    ],
    color: { type: 'identity' },
  };
}

export function trendChart(id: string, title: string, rows: readonly Indicator[], ctx: TrendContext, source: string): ChartFigure | null {
  const points = trendPoints(rows, ctx);
  if (points.length === 0) return null;
  const bySeries = [...new Set(points.map((p) => p.series))];
  const sentences = bySeries.map((s) => {
    const ps = points.filter((p) => p.series === s);
    const first = ps[0];
    const last = ps[ps.length - 1];
    return first && last ? `${s} ${first.year} ${first.label} → ${last.year} ${last.label}` : s;
  });
  const takeaway = ctx.locale === 'zh-CN' ? `${sentences.join('；')}。` : `${sentences.join('; ')}.`;
  return {
    id, title, takeaway, desc: takeaway, source,
    svg: renderPlot(trendPlot(points, CHART_WIDTH, ctx.locale), { id: svgId(id), title, desc: takeaway }),
    legend: bySeries.map((s) => ({ label: s, color: points.find((p) => p.series === s)?.color ?? SERIES[0] })),
    note: ctx.locale === 'zh-CN' ? '实心点为实绩，空心点为目标。' : 'Filled dots are actuals, hollow dots targets.',
    table: {
      caption: title,
      columns: [t(ctx.locale, 'table.indicator'), t(ctx.locale, 'table.year'), t(ctx.locale, 'table.kind'), t(ctx.locale, 'table.amount')],
      rows: points.map((p) => [p.series, String(p.year), t(ctx.locale, p.kind === 'target' ? 'table.target' : 'table.actual'), p.label]),
      numeric: [false, true, false, true],
      hrefs: points.map((p) => p.href),
    },
  };
}
