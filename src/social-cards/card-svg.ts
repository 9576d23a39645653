/**
 * Social cards (1200×630) as plain SVG, rendered to PNG at build time with resvg and a CJK font
 * that ships in an npm package (used at build time only; the site itself uses system fonts).
 */
import { labelWidth } from '../lib/label-text.ts';
import { escapeXml as esc } from '../lib/xml.ts';

export interface CardBar {
  label: string;
  /** Any unit; bars are scaled to the largest. */
  value: number;
  text: string;
  color: string;
}

export interface CardContent {
  kicker: string;
  title: string;
  headline?: string;
  headlineLabel?: string;
  bars?: CardBar[];
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** Breaks text into at most `maxLines` lines of `width` px, with an ellipsis when cut. */
export function wrapText(text: string, width: number, size: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (labelWidth(line + ch, size) > width) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) break;
    }
    line += ch;
  }
  if (lines.length < maxLines && line) lines.push(line);
  const used = lines.join('').length;
  if (used < [...text].length && lines.length > 0) {
    const last = lines[lines.length - 1] ?? '';
    lines[lines.length - 1] = `${[...last].slice(0, Math.max(0, [...last].length - 1)).join('')}…`;
  }
  return lines;
}

export function cardSvg(c: CardContent): string {
  const bars = (c.bars ?? []).slice(0, 5);
  const hasBars = bars.length > 0;
  const textWidth = hasBars ? 560 : 1080;
  const title = wrapText(c.title, textWidth, 60, 3);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="Noto Sans Hans">`,
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#fbfaf7"/>`,
    `<rect x="0" y="0" width="${CARD_WIDTH}" height="12" fill="#b3261e"/>`,
    `<text x="60" y="96" font-size="30" font-weight="700" fill="#b3261e">${esc(c.kicker)}</text>`,
  ];
  title.forEach((l, i) => parts.push(`<text x="60" y="${170 + i * 74}" font-size="60" font-weight="700" fill="#1b1b1b">${esc(l)}</text>`));
  const afterTitle = 170 + (title.length - 1) * 74;
  if (c.headline) {
    const size = labelWidth(c.headline, 110) > textWidth ? 80 : 110;
    parts.push(`<text x="60" y="${afterTitle + 40 + size}" font-size="${size}" font-weight="700" fill="#0072b2">${esc(c.headline)}</text>`);
    if (c.headlineLabel) {
      for (const [i, l] of wrapText(c.headlineLabel, textWidth, 30, 2).entries()) {
        parts.push(`<text x="60" y="${afterTitle + 90 + size + i * 40}" font-size="30" fill="#4a4a4a">${esc(l)}</text>`);
      }
    }
  }
  if (hasBars) {
    const x0 = 700;
    const w = 440;
    const max = Math.max(...bars.map((b) => b.value), 1);
    const top = 150;
    const step = Math.min(80, 330 / bars.length);
    bars.forEach((b, i) => {
      const y = top + i * step;
      parts.push(`<text x="${x0}" y="${y + 24}" font-size="24" fill="#4a4a4a">${esc(wrapText(b.label, w, 24, 1)[0] ?? '')}</text>`);
      parts.push(`<rect x="${x0}" y="${y + 34}" width="${Math.max(4, (b.value / max) * (w - 150)).toFixed(1)}" height="26" fill="${b.color}"/>`);
      parts.push(`<text x="${(x0 + Math.max(4, (b.value / max) * (w - 150)) + 10).toFixed(1)}" y="${y + 55}" font-size="24" font-weight="700" fill="#1b1b1b">${esc(b.text)}</text>`);
    });
  }
  parts.push(`<rect x="60" y="548" width="26" height="26" rx="4" fill="#b3261e"/>`);
  parts.push(`<text x="100" y="571" font-size="28" font-weight="700" fill="#1b1b1b">${esc(c.footer)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
