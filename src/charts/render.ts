// charts/: pure chart builders, rows → Plot options → SVG.
/**
 * Renders Observable Plot options to an SVG string at build time (svg-dom.ts document), and makes
 * it accessible and stable: role="img" with <title>/<desc>, Plot's per-group aria labels dropped
 * (the data table is the accessible alternative), marks made focusable without nesting links in
 * the image, numbers rounded, ids derived from the chart id.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { createDocument, UnsupportedDomError } from '../svg-dom/svg-dom.ts';
import { escapeXml } from '../lib/xml.ts';

export interface ChartText {
  /** Stable, page-unique id, e.g. "promise-shuangpai". */
  id: string;
  title: string;
  /** The text summary read by screen readers. */
  desc: string;
}

let svgDoc: Document | undefined;
/** The small DOM charts render with (most of the chart time went into linkedom). */
export function svgDocument(): Document {
  svgDoc ??= createDocument() as unknown as Document;
  return svgDoc;
}

let linkedomDoc: Document | undefined;
/** The full DOM, for a chart that needs more than svg-dom.ts offers; its output is the same. */
export function linkedomDocument(): Document {
  linkedomDoc ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return linkedomDoc;
}

function plot(options: Plot.PlotOptions, document: Document): Element {
  return Plot.plot({ ...options, document, className: 'chart-plot' }) as Element;
}

const roundRes = /* @__PURE__ */ new Map<number, RegExp>();
/**
 * Rounds long decimals in attribute values so snapshots and HTML stay small and stable. "Inside a
 * tag" is said by the lookarounds (a "<" before with no ">" between, a ">" after), one pass over
 * the string instead of a replace per tag: the same result as rounding within each <[^>]+>.
 */
export function roundNumbers(svg: string, digits = 1): string {
  let re = roundRes.get(digits);
  if (!re) roundRes.set(digits, (re = new RegExp(`(-?\\d+\\.\\d{${digits}})\\d+(?<=<[^>]*)(?=[^>]*>)`, 'g')));
  return svg.replace(re, '$1');
}

/**
 * Plot writes an axis's `fontVariant` (tabular-nums) as a font-variant attribute; SVG 1.1's
 * attribute takes only normal | small-caps, so the W3C checker rejects it. The same declaration in
 * `style` is valid CSS everywhere and means the same (the attribute is the shorthand too).
 */
function fontVariantAsStyle(svg: Element): void {
  for (const el of svg.querySelectorAll('[font-variant]')) {
    const value = el.getAttribute('font-variant');
    el.removeAttribute('font-variant');
    const style = el.getAttribute('style');
    el.setAttribute('style', `${style ? `${style.replace(/;\s*$/, '')};` : ''}font-variant:${value}`);
  }
}

/** `document` pins the DOM (tests compare both); by default svg-dom, falling back to linkedom. */
export function renderPlot(options: Plot.PlotOptions, text: ChartText, document?: Document): string {
  let out: Element;
  if (document) out = plot(options, document);
  else {
    try {
      out = plot(options, svgDocument());
    } catch (e) {
      if (!(e instanceof UnsupportedDomError)) throw e;
      out = plot(options, linkedomDocument());
    }
  }
  // With a legend Plot returns a <figure>: legends (swatches, or a ramp <svg>) come first, the chart's <svg> after them.
  const svg = out.tagName.toLowerCase() === 'svg' ? out : [...out.children].reverse().find((c) => c.tagName.toLowerCase() === 'svg');
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
  // Plot's own <style> and font are in every chart's copy; the site's stylesheet sets both once
  // (white-space and the font stack), and a download takes the font of the file around it.
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.removeAttribute('font-family');
  fontVariantAsStyle(svg);
  const html = svg.outerHTML.replace(
    /^<svg([^>]*)>/,
    `<svg$1><title id="${text.id}-title">${escapeXml(text.title)}</title><desc id="${text.id}-desc">${escapeXml(text.desc)}</desc>`,
  );
  return roundNumbers(html);
}
