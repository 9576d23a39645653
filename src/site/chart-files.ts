/** A chart's downloadable files: its data as CSV, its SVG as a standalone file. */
import type { ChartFigure } from '../charts/figure.ts';
import { toCsv } from '../lib/csv-export.ts';
import { fit } from '../lib/label-text.ts';
import { escapeText as esc } from '../lib/xml.ts';

export function chartCsv(f: ChartFigure, sourceLabel: string): string {
  const header = [...f.table.columns, ...(f.table.hrefs ? [sourceLabel] : [])];
  const rows = f.table.rows.map((r, i) => [...r, ...(f.table.hrefs ? [f.table.hrefs[i] ?? ''] : [])]);
  return toCsv(header, rows);
}

/** Drawn at this multiple of the layout width, as a desktop shows the chart (global.css). */
const FILE_SCALE = 1.3;

/**
 * The chart's SVG as a file that stands alone: the chart framed by its title above and its source
 * below (a chart never travels without its source), on paper, with a CJK font stack and no
 * focusable marks (nothing to focus in a file). Lines that would run past the chart are cut to fit.
 */
export function standaloneSvg(f: ChartFigure, siteLine: string, sourceLabel = '来源'): string {
  const inner = f.svg.replace(/ (tabindex|data-href)="[^"]*"/g, '');
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(inner);
  const w = Number(vb?.[1] ?? 720);
  const h = Number(vb?.[2] ?? 400);
  const top = 64;
  const bottom = 56;
  const nested = inner.replace(/^<svg/, `<svg x="0" y="${top}"`).replace(/ xmlns="[^"]*"/, '');
  const font = 'PingFang SC, Microsoft YaHei, Noto Sans CJK SC, Noto Sans Hans, sans-serif';
  const line = (s: string, size: number) => esc(fit(s, w - 16, size));
  const H = h + top + bottom;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${H}" width="${Math.round(w * FILE_SCALE)}" height="${Math.round(H * FILE_SCALE)}" font-family="${font}">`,
    `<rect width="${w}" height="${H}" fill="#fbfaf7"/>`,
    `<text x="8" y="28" font-size="16" font-weight="bold" fill="#1b1b1b">${line(f.title, 16)}</text>`,
    `<text x="8" y="52" font-size="12" fill="#4a4a4a">${line(f.takeaway, 12)}</text>`,
    nested,
    `<text x="8" y="${h + top + 24}" font-size="10" fill="#6b6b6b">${line(`${sourceLabel}: ${f.source}`, 10)}</text>`,
    `<text x="8" y="${h + top + 44}" font-size="10" fill="#6b6b6b">${line(siteLine, 10)}</text>`,
    '</svg>',
  ].join('\n');
}
