/** A chart's downloadable files: its data as CSV, its SVG as a standalone file. */
import type { ChartFigure } from '../charts/figure.ts';
import { toCsv } from '../lib/csv-export.ts';
import { escapeText as esc } from '../lib/xml.ts';

export function chartCsv(f: ChartFigure, sourceLabel: string): string {
  const header = [...f.table.columns, ...(f.table.hrefs ? [sourceLabel] : [])];
  const rows = f.table.rows.map((r, i) => [...r, ...(f.table.hrefs ? [f.table.hrefs[i] ?? ''] : [])]);
  return toCsv(header, rows);
}

/**
 * The wide SVG as a file that stands alone: the chart framed by its title above and its source
 * below (a chart never travels without its source), on paper, with a CJK font stack and no
 * focusable marks (nothing to focus in a file).
 */
export function standaloneSvg(f: ChartFigure, siteLine: string, sourceLabel = '来源'): string {
  const inner = f.svgWide.replace(/ (tabindex|data-href)="[^"]*"/g, '');
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(inner);
  const w = Number(vb?.[1] ?? 720);
  const h = Number(vb?.[2] ?? 400);
  const top = 64;
  const bottom = 56;
  const nested = inner.replace(/^<svg/, `<svg x="0" y="${top}"`).replace(/ xmlns="[^"]*"/, '');
  const font = 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, Noto Sans Hans, sans-serif';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h + top + bottom}" width="${w}" height="${h + top + bottom}" font-family="${font}">`,
    `<rect width="${w}" height="${h + top + bottom}" fill="#fbfaf7"/>`,
    `<text x="8" y="28" font-size="18" font-weight="bold" fill="#1b1b1b">${esc(f.title)}</text>`,
    `<text x="8" y="52" font-size="13" fill="#4a4a4a">${esc(f.takeaway.length > 70 ? `${f.takeaway.slice(0, 69)}…` : f.takeaway)}</text>`,
    nested,
    `<text x="8" y="${h + top + 24}" font-size="11" fill="#6b6b6b">${esc(`${sourceLabel}: ${f.source}`.slice(0, 110))}</text>`,
    `<text x="8" y="${h + top + 44}" font-size="11" fill="#6b6b6b">${esc(siteLine)}</text>`,
    '</svg>',
  ].join('\n');
}
