/**
 * Renders Observable Plot options to an SVG string at build time (linkedom document), and makes
 * it accessible and stable: role="img" with <title>/<desc>, Plot's per-group aria labels dropped
 * (the data table is the accessible alternative), marks made focusable without nesting links in
 * the image, numbers rounded, ids derived from the chart id.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface ChartText {
  /** Stable, page-unique id, e.g. "promise-shuangpai". */
  id: string;
  title: string;
  /** The text summary read by screen readers. */
  desc: string;
}

let doc: Document | undefined;
function document(): Document {
  doc ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return doc;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Rounds long decimals in attribute values so snapshots and HTML stay small and stable. */
export function roundNumbers(svg: string, digits = 1): string {
  const re = new RegExp(`(-?\\d+\\.\\d{${digits}})\\d+`, 'g');
  return svg.replace(/(<[^>]+>)/g, (tag) => tag.replace(re, '$1'));
}

export function renderPlot(options: Plot.PlotOptions, text: ChartText): string {
  const out = Plot.plot({ ...options, document: document(), className: 'chart-plot' }) as Element;
  const svg = out.tagName.toLowerCase() === 'svg' ? out : out.querySelector('svg');
  if (!svg) throw new Error(`chart ${text.id}: Plot returned no <svg>`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-labelledby', `${text.id}-title ${text.id}-desc`);
  svg.setAttribute('id', text.id);
  svg.removeAttribute('aria-label');
  svg.removeAttribute('aria-description');
  for (const g of svg.querySelectorAll('[aria-label]')) {
    if (g.tagName.toLowerCase() === 'g') g.removeAttribute('aria-label');
  }
  for (const g of svg.querySelectorAll('[aria-description]')) g.removeAttribute('aria-description');
  // Marks link to their sentence. Inside an img-role SVG a link would be a nested interactive
  // control, so each Plot <a> becomes a focusable, role-less <g class="mark" data-href>; the
  // <chart-figure> island opens the sentence on click or Enter, and the data table under the
  // chart carries the same links as real <a> elements for readers without JavaScript.
  for (const a of [...svg.querySelectorAll('a')]) {
    const g = svg.ownerDocument.createElementNS('http://www.w3.org/2000/svg', 'g');
    g.setAttribute('class', 'mark');
    g.setAttribute('tabindex', '0');
    g.setAttribute('data-href', a.getAttribute('href') ?? '');
    while (a.firstChild) g.appendChild(a.firstChild);
    a.replaceWith(g);
  }
  for (const el of svg.querySelectorAll('[aria-label]')) el.removeAttribute('aria-label');
  const html = svg.outerHTML.replace(
    /^<svg([^>]*)>/,
    `<svg$1><title id="${text.id}-title">${escapeXml(text.title)}</title><desc id="${text.id}-desc">${escapeXml(text.desc)}</desc>`,
  );
  return roundNumbers(html);
}
