/**
 * Land: 亩 acquired, disposed, available or added, per park — from park-level land indicators
 * and from items measured in 亩. Garbled values are left out.
 */
import * as Plot from '@observablehq/plot';
import type { Indicator, IndicatorDef, Investment } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import { t } from '../i18n/index.ts';
import type { Locale } from '../lib/format.ts';
import { figureText, investmentFigure } from '../derived/value-text.ts';
import { toBase } from '../lib/units.ts';
import { COLORS } from '../lib/palette.ts';
import { svgId, type ChartFigure } from './figure.ts';
import { CHART_WIDTH, fit, marginFor, tipText } from '../lib/label-text.ts';
import { renderPlot } from './render.ts';

export interface LandBar {
  id: string;
  label: string;
  park: string;
  mu: number;
  kind: 'target' | 'actual';
  text: string;
  tip: string;
  href: string;
}

export interface LandContext {
  locale: Locale;
  def: (id: string) => IndicatorDef;
  parkName: (id: string) => string;
  quoteHref: (docId: string, rowId: string) => string;
}

export function landBars(indicators: readonly Indicator[], investments: readonly Investment[], ctx: LandContext): LandBar[] {
  const fromIndicators = indicators
    .filter((r) => isPlottable(r) && r.unit === '亩')
    .map((r): LandBar => {
      const def = ctx.def(r.indicator);
      const name = `${ctx.locale === 'zh-CN' ? def.name : def.name_en} ${r.year}`;
      return {
        id: r.id, label: name, park: ctx.parkName(r.park_id), mu: toBase(r.value, r.unitDef).value, kind: r.kind, text: figureText(r, ctx.locale),
        tip: tipText(name, figureText(r, ctx.locale), t(ctx.locale, r.kind === 'target' ? 'table.target' : 'table.actual'), r.quote),
        href: ctx.quoteHref(r.doc_id, r.id),
      };
    });
  const fromItems = investments
    .filter((r) => isPlottable(r) && r.unit === '亩')
    .map((r): LandBar => ({
      id: r.id, label: `${r.project} ${r.year}`, park: ctx.parkName(r.park_id), mu: r.amount, kind: r.basis === 'completed' ? 'actual' : 'target', text: investmentFigure(r, ctx.locale),
      tip: tipText(r.project, investmentFigure(r, ctx.locale), t(ctx.locale, `basis.${r.basis}`), r.quote),
      href: ctx.quoteHref(r.doc_id, r.id),
    }));
  return [...fromIndicators, ...fromItems].sort((a, b) => a.park.localeCompare(b.park) || b.mu - a.mu);
}

export function landPlot(bars: readonly LandBar[], width: number, locale: Locale): Plot.PlotOptions {
  const parks = [...new Set(bars.map((b) => b.park))];
  // Grouped rows: a header row per park (its name in bold across the plot), then its figures.
  const grouped = parks.length > 1;
  const domain = parks.flatMap((p) => [...(grouped ? [`#${p}`] : []), ...bars.filter((b) => b.park === p).map((b) => b.id)]);
  const labels = new Map(bars.map((b) => [b.id, b.label]));
  const narrow = width < 500;
  const marginLeft = marginFor([...labels.values()], width);
  return {
    width,
    height: 40 + domain.length * (narrow ? 28 : 26),
    marginLeft,
    marginRight: narrow ? 64 : 90,
    marginTop: 10,
    style: { fontSize: '12px', overflow: 'visible' },
    x: { label: locale === 'zh-CN' ? '亩 →' : 'mu →', grid: true, ticks: narrow ? 3 : 6 },
    y: { label: null, domain, tickSize: 0, tickFormat: (id: string) => (id.startsWith('#') ? '' : fit(labels.get(id) ?? id, marginLeft - 10)) },
    marks: [
      Plot.barX(bars, { x: 'mu', y: 'id', fill: (b: LandBar) => (b.kind === 'actual' ? COLORS.actual : COLORS.target), title: 'tip', href: 'href', ariaLabel: 'tip', insetTop: 4, insetBottom: 4 }),
      Plot.text(bars, { x: 'mu', y: 'id', text: 'text', dx: 6, textAnchor: 'start' }),
      ...(grouped ? [Plot.text(parks, { y: (p: string) => `#${p}`, text: (p: string) => p, frameAnchor: 'left', dx: -marginLeft, textAnchor: 'start', fontWeight: 'bold', fontSize: 13 })] : []),
      Plot.ruleX([0]),
    ],
    color: { type: 'identity' },
  };
}

export function landChart(id: string, title: string, indicators: readonly Indicator[], investments: readonly Investment[], ctx: LandContext, source: string, barLimit = Infinity): ChartFigure | null {
  const all = landBars(indicators, investments, ctx);
  const bars = all.length > barLimit ? [...all].sort((a, b) => b.mu - a.mu).slice(0, barLimit).sort((a, b) => a.park.localeCompare(b.park) || b.mu - a.mu) : all;
  if (bars.length === 0) return null;
  const actual = all.filter((b) => b.kind === 'actual').reduce((s, b) => s + b.mu, 0);
  const planned = all.filter((b) => b.kind === 'target').reduce((s, b) => s + b.mu, 0);
  const fmt = (n: number) => new Intl.NumberFormat(ctx.locale === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 }).format(n);
  const takeaway = ctx.locale === 'zh-CN'
    ? `原文提到的土地数字共 ${all.length} 项：已发生的 ${fmt(actual)} 亩，计划中的 ${fmt(planned)} 亩（各项口径不同，不宜相加比较）。`
    : `${all.length} land figures: ${fmt(actual)} mu reported, ${fmt(planned)} mu planned (different measures; do not add them up).`;
  return {
    id, title, takeaway, desc: `${takeaway} ${bars.map((b) => `${b.park} ${b.label} ${b.text}`).join('；')}`, source,
    svg: renderPlot(landPlot(bars, CHART_WIDTH, ctx.locale), { id: svgId(id), title, desc: takeaway }),
    note: bars.length < all.length ? t(ctx.locale, 'chart.topN', { n: bars.length }) : undefined,
    legend: [
      { label: t(ctx.locale, 'table.actual'), color: COLORS.actual },
      { label: `${t(ctx.locale, 'table.target')} / ${t(ctx.locale, 'basis.planned')}`, color: COLORS.target },
    ],
    table: {
      caption: title,
      columns: [t(ctx.locale, 'nav.parks'), t(ctx.locale, 'table.indicator'), t(ctx.locale, 'table.amount')],
      rows: all.map((b) => [b.park, b.label, b.text]),
      numeric: [false, false, true],
      hrefs: all.map((b) => b.href),
    },
  };
}
