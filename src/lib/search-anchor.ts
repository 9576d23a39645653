/**
 * Where a search hit should open. Pagefind reports, for a matching page, every element with an id
 * (`anchors`, each at the word position where it starts) and every matching word (`location`,
 * with the `weight` of the element it sits in: 1 for text, more for headings). A hit belongs to
 * the nearest anchor at or before it; the link goes to the best hit's anchor:
 *
 * - a figure's table row (`r-…`) or a quoted source sentence (`q-…`) is what a reader wants;
 * - a chart (`<chart-figure id>`) or a heading with an id is next best;
 * - other ids (inner SVG parts, form fields, `main`) are not places to land and are looked past.
 *
 * A hit in a heading outweighs hits in body text, and, since no heading sits inside a row or a
 * sentence, such a hit never opens the row above it: a park's name in its <h1> opens the page,
 * not some row that mentions it. Equal hits go to the one nearest its anchor (the likeliest to be
 * inside it: a quote's anchor only marks where the quote starts), then to the first.
 */

/** An element with an id, as Pagefind reports it (`PagefindSearchAnchor`). */
export interface SearchAnchor {
  element: string;
  id: string;
  location: number;
}

/** A matching word (`PagefindWordLocation`, without its score). */
export interface SearchHit {
  location: number;
  weight: number;
}

/** 2 a figure's row or a quoted sentence, 1 a chart or a heading, 0 not a place to link to. */
export function anchorRank(a: SearchAnchor): number {
  if (/^[rq]-/.test(a.id)) return 2;
  return /^(chart-figure|h[1-6])$/i.test(a.element) ? 1 : 0;
}

/** The anchor a hit belongs to: the last linkable anchor at or before it (the first of several at one place). */
export function anchorOf(anchors: readonly SearchAnchor[], hit: SearchHit): SearchAnchor | null {
  let found: SearchAnchor | null = null;
  for (const a of anchors) {
    if (a.location <= hit.location && anchorRank(a) > 0 && (!found || a.location > found.location)) found = a;
  }
  return found && hit.weight > 1 && anchorRank(found) === 2 ? null : found;
}

/** The id to open for a page's hits, or null for the top of the page (no hit, or the best is before any anchor). */
export function bestAnchor(anchors: readonly SearchAnchor[], hits: readonly SearchHit[]): string | null {
  let best: { id: string | null; score: number; distance: number } | null = null;
  for (const hit of hits) {
    const a = anchorOf(anchors, hit);
    const score = hit.weight * 4 + (a ? anchorRank(a) : 0);
    const distance = hit.location - (a?.location ?? 0);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { id: a?.id ?? null, score, distance };
  }
  return best?.id ?? null;
}

/** A result's link: the page URL (Pagefind adds the base path) and the chosen fragment. */
export function hitUrl(url: string, id: string | null): string {
  return id ? `${url.split('#')[0]}#${encodeURIComponent(id)}` : url;
}
