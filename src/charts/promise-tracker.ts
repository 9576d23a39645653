/**
 * Promise tracker: each target next to what was reported for it, as % of the target, coloured
 * met / behind. A part-year actual (1-11月) against a full-year target says so on the mark.
 */
import * as Plot from '@observablehq/plot';
import type { IndicatorDef } from '../data/model.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { figureText, periodText } from '../derived/value-text.ts';
import type { PromiseRow } from '../derived/promises.ts';
import { COLORS } from '../lib/palette.ts';
import { svgId, type ChartFigure } from './figure.ts';
import { CHART_WIDTH, fit, marginFor, tipText } from '../lib/label-text.ts';
import { renderPlot } from './render.ts';

export interface PromisePoint {
  key: string;
  label: string;
  status: 'met' | 'behind';
  /** Actual as % of target. */
  pct: number;
  text: string;
  partial: boolean;
  tip: string;
  href: string;
}

export interface PromiseContext {
  locale: Locale;
  def: (id: string) => IndicatorDef;
  /** Link to the actual's sentence. */
  quoteHref: (docId: string, rowId: string) => string;
}

export function promisePoints(rows: readonly PromiseRow[], ctx: PromiseContext): PromisePoint[] {
  const out: PromisePoint[] = [];
  for (const r of rows) {
    if ((r.status !== 'met' && r.status !== 'behind') || !r.target || !r.actual || r.progress === undefined) continue;
    const def = ctx.def(r.indicator);
    const name = ctx.locale === 'zh-CN' ? def.name : def.name_en;
    const period = r.actual.period !== '全年' ? ` ${periodText(r.actual.period, ctx.locale)}` : '';
    const text = `${figureText(r.actual, ctx.locale)} / ${figureText(r.target, ctx.locale)}${r.partial ? ` (${periodText(r.actual.period, ctx.locale)})` : ''}`;
    out.push({
      key: r.key,
      label: `${name} ${r.year}`,
      status: r.status,
      pct: Math.round(r.progress * 1000) / 10,
      text,
      partial: r.partial,
      tip: tipText(`${name} · ${r.year}${period}`, text, t(ctx.locale, `status.${r.status}`), r.actual.quote),
      href: ctx.quoteHref(r.actual.doc_id, r.actual.id),
    });
  }
  return out;
}

export function promiseTrackerPlot(points: readonly PromisePoint[], width: number, locale: Locale = 'zh-CN'): Plot.PlotOptions {
  const narrow = width < 500;
  const labels = new Map(points.map((p) => [p.key, p.label]));
  const marginLeft = marginFor([...labels.values()], width);
  const max = Math.max(150, ...points.map((p) => p.pct)) * 1.08;
  return {
    width,
    height: 44 + points.length * (narrow ? 46 : 38),
    marginLeft,
    marginRight: narrow ? 12 : 150,
    marginTop: 28,
    marginBottom: 44,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { domain: [0, max], label: locale === 'en' ? '% of target →' : '占目标的 % →', labelAnchor: 'center', ticks: narrow ? 3 : 6, tickFormat: (d: number) => `${d}%`, grid: true },
    y: { domain: points.map((p) => p.key), label: null, tickFormat: (k: string) => fit(labels.get(k) ?? k, marginLeft - 10) },
    marks: [
      Plot.ruleX([100], { stroke: COLORS.target, strokeDasharray: '4 3' }),
      Plot.text([100], { x: (d: number) => d, frameAnchor: 'top', dy: -22, text: () => t(locale, 'table.target'), fill: COLORS.target }),
      Plot.ruleY(points, { y: 'key', x1: 0, x2: 'pct', stroke: COLORS.grid, strokeWidth: 2 }),
      Plot.dot(points, {
        x: 'pct', y: 'key', r: 7, fill: (p: PromisePoint) => (p.status === 'met' ? COLORS.met : COLORS.behind),
        stroke: 'white', strokeWidth: 1.5, title: 'tip', href: 'href', ariaLabel: 'tip',
      }),
      Plot.text(points, {
        x: 'pct', y: 'key', text: 'text', textAnchor: narrow ? 'end' : 'start', dx: narrow ? 0 : 12, dy: narrow ? 15 : 0,
        frameAnchor: narrow ? 'right' : undefined,
      }),
    ],
  };
}

export function promiseChart(id: string, title: string, rows: readonly PromiseRow[], ctx: PromiseContext, source: string): ChartFigure | null {
  const points = promisePoints(rows, ctx);
  if (points.length === 0) return null;
  const met = points.filter((p) => p.status === 'met').length;
  const partial = points.some((p) => p.partial);
  const takeaway = ctx.locale === 'zh-CN'
    ? `${points.length} 项可核对的目标中，${met} 项已达成，${points.length - met} 项未达成。`
    : `Of ${points.length} checkable targets, ${met} were met and ${points.length - met} were not.`;
  const desc = `${takeaway} ${points.map((p) => `${p.label}: ${p.text}, ${t(ctx.locale, `status.${p.status}`)}`).join('; ')}`;
  return {
    id,
    title,
    takeaway,
    desc,
    source,
    svg: renderPlot(promiseTrackerPlot(points, CHART_WIDTH, ctx.locale), { id: svgId(id), title, desc }),
    note: partial ? (ctx.locale === 'zh-CN' ? '注意：部分实绩只覆盖1-11月等非全年时期，而目标是全年的；未达成不等于全年落空。' : 'Some actuals cover part of the year only, while targets are for the full year.') : undefined,
    legend: [
      { label: t(ctx.locale, 'status.met'), color: COLORS.met },
      { label: t(ctx.locale, 'status.behind'), color: COLORS.behind },
    ],
    table: {
      caption: title,
      columns: [t(ctx.locale, 'table.indicator'), t(ctx.locale, 'table.actual') + ' / ' + t(ctx.locale, 'table.target'), '%', t(ctx.locale, 'table.status')],
      rows: points.map((p) => [p.label, p.text, `${p.pct}%`, t(ctx.locale, `status.${p.status}`)]),
      numeric: [false, true, true, false],
      hrefs: points.map((p) => p.href),
    },
  };
}
