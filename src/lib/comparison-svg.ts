/**
 * Cross-park comparison for one indicator, drawn with d3-scale into an SVG string. No Plot and
 * no DOM: the same function renders at build time and in the browser when a reader picks other
 * parks or another indicator, so both views are identical.
 */
import { scaleLinear } from 'd3';
import { fit } from './label-text.ts';
import { COLORS } from './palette.ts';
import { escapeXml as esc } from './xml.ts';

export interface ComparisonDatum {
  id: string;
  docId: string;
  indicator: string;
  park: string;
  parkName: string;
  year: number;
  /** '' for a full year; otherwise the period as the edition writes it (1-9月 / Jan–Sep). */
  period: string;
  kind: 'target' | 'actual';
  /** In the indicator's display unit. */
  value: number;
  unit: string;
  /** The figure as the source writes it. */
  text: string;
  tip: string;
  href: string;
  partial: boolean;
}

export interface ComparisonOptions {
  id: string;
  title: string;
  desc: string;
  width: number;
  locale: 'zh-CN' | 'en';
  targetLabel: string;
}

export function comparisonLabel(d: ComparisonDatum, targetLabel: string): string {
  return `${d.parkName} ${d.year}${d.kind === 'target' ? ` ${targetLabel}` : ''}${d.period ? ` ${d.period}` : ''}`;
}

/** The data in the order drawn: largest first. */
export function comparisonOrder(data: readonly ComparisonDatum[]): ComparisonDatum[] {
  return [...data].sort((a, b) => b.value - a.value || a.parkName.localeCompare(b.parkName) || a.year - b.year);
}

/**
 * What a comparison draws: everything when it fits; otherwise each park's latest figure
 * (an actual before a target of the same year), the largest `limit` of them.
 */
export function comparisonSelection(data: readonly ComparisonDatum[], limit: number): { rows: ComparisonDatum[]; reduced: boolean } {
  if (data.length <= limit) return { rows: [...data], reduced: false };
  const latest = new Map<string, ComparisonDatum>();
  for (const d of data) {
    const cur = latest.get(d.park);
    if (!cur || d.year > cur.year || (d.year === cur.year && d.kind === 'actual' && cur.kind === 'target')) latest.set(d.park, d);
  }
  return { rows: comparisonOrder([...latest.values()]).slice(0, limit), reduced: true };
}

/** Periods differ (1-9月 next to 全年): the comparison needs a caveat. */
export function periodsDiffer(data: readonly ComparisonDatum[]): boolean {
  return new Set(data.map((d) => d.period)).size > 1;
}

/**
 * Each bar has its label on a line of its own above it, so the bars take the whole width and a
 * long label ("健康食品产业园（文中未具名） 2014 目标") is never cut, at 352 units as at any width.
 */
export function comparisonSvg(data: readonly ComparisonDatum[], o: ComparisonOptions): string {
  const rows = comparisonOrder(data);
  const row = 38;
  const top = 40;
  const left = 1;
  const labels = rows.map((d) => fit(comparisonLabel(d, o.targetLabel), o.width - 8));
  const right = 76;
  const height = top + rows.length * row + 4;
  const max = Math.max(0, ...rows.map((d) => d.value));
  const x = scaleLinear().domain([0, max || 1]).nice(4).range([left, o.width - right]);
  const ticks = x.ticks(o.width < 500 ? 3 : 5);
  const fmt = new Intl.NumberFormat(o.locale === 'zh-CN' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 2 });
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chart-plot" id="${esc(o.id)}" role="img" aria-labelledby="${esc(o.id)}-title ${esc(o.id)}-desc" viewBox="0 0 ${o.width} ${height}" width="${o.width}" height="${height}" font-size="12" fill="currentColor">`);
  parts.push(`<title id="${esc(o.id)}-title">${esc(o.title)}</title><desc id="${esc(o.id)}-desc">${esc(o.desc)}</desc>`);
  parts.push(`<g stroke="${COLORS.grid}">`);
  for (const t of ticks) parts.push(`<line x1="${x(t).toFixed(1)}" x2="${x(t).toFixed(1)}" y1="${top - 6}" y2="${height - 4}"/>`);
  // font-variant-numeric is a CSS property, not an SVG attribute: as an attribute browsers ignore it.
  parts.push('</g><g text-anchor="middle" fill="currentColor" style="font-variant-numeric:tabular-nums">');
  // The first tick label starts at the axis rather than centring on it (it would be cut).
  ticks.forEach((t, i) => parts.push(`<text x="${x(t).toFixed(1)}" y="${top - 12}"${i === 0 ? ' text-anchor="start"' : ''}>${esc(fmt.format(t))}</text>`));
  parts.push(`</g><text x="0" y="12" fill-opacity="0.75">${esc(o.locale === 'zh-CN' ? `单位：${rows[0]?.unit ?? ''}` : rows[0]?.unit ?? '')}</text>`);
  rows.forEach((d, i) => {
    const y = top + i * row;
    const w = Math.max(1, x(d.value) - left);
    const fill = d.kind === 'actual' ? COLORS.actual : COLORS.target;
    parts.push(`<text x="${left + 4}" y="${y + 13}">${esc(labels[i] ?? '')}</text>`);
    parts.push(`<g class="mark" tabindex="0" data-href="${esc(d.href)}"><rect x="${left}" y="${y + 18}" width="${w.toFixed(1)}" height="16" fill="${fill}"${d.kind === 'target' ? ' fill-opacity="0.55"' : ''}><title>${esc(d.tip)}</title></rect></g>`);
    parts.push(`<text x="${(left + w + 6).toFixed(1)}" y="${y + 30}" font-weight="bold">${esc(d.text)}</text>`);
  });
  parts.push(`<line x1="${left}" x2="${left}" y1="${top - 6}" y2="${height - 4}" stroke="currentColor"/>`);
  parts.push('</svg>');
  return parts.join('');
}
