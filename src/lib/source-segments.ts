/**
 * Splits a source text into runs so every quoted sentence can be highlighted, even where two
 * rows quote overlapping text. Each run knows which rows quote it; a row's anchor sits on the
 * run where its quote starts.
 */
export interface QuotedSpan {
  id: string;
  start: number;
  end: number;
}

export interface Segment {
  text: string;
  /** Ids of the rows whose quote covers this run (empty: plain text). */
  rows: string[];
  /** Ids of the rows whose quote starts at this run. */
  starts: string[];
  /** Ids of the rows whose quote ends with this run, for the back-links after it. */
  ends: string[];
  /** The page this run opens, for a text derived from a PDF of two pages or more. */
  page?: number;
}

/** `pageStarts`: where each page starts in `text` (src/sources/); a run opens at every page from two pages on. */
export function segmentSource(text: string, spans: readonly QuotedSpan[], pageStarts: readonly number[] = []): Segment[] {
  const cuts = new Set<number>([0, text.length]);
  const pages = new Map<number, number>(pageStarts.length > 1 ? pageStarts.map((start, i) => [Math.min(start, text.length), i + 1]) : []);
  for (const start of pages.keys()) cuts.add(start);
  for (const s of spans) {
    cuts.add(Math.max(0, Math.min(text.length, s.start)));
    cuts.add(Math.max(0, Math.min(text.length, s.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i] as number;
    const b = points[i + 1] as number;
    if (a === b) continue;
    const covering = spans.filter((s) => s.start < b && s.end > a);
    const page = pages.get(a);
    out.push({
      text: text.slice(a, b),
      rows: covering.map((s) => s.id),
      starts: covering.filter((s) => s.start === a).map((s) => s.id),
      ends: covering.filter((s) => s.end === b).map((s) => s.id),
      ...(page !== undefined ? { page } : {}),
    });
  }
  return out;
}

/**
 * The CSS that lights every run of a quote cut into several (it overlaps another) when its anchor
 * is the target: `:target` matches only the anchor's own run. Empty when no quote is cut; it goes
 * in the page's <head> (a <style> in <body> is not valid HTML).
 */
export function splitQuoteTargetCss(segments: readonly Segment[]): string {
  const runs = new Map<string, number>();
  for (const s of segments) for (const id of s.rows) runs.set(id, (runs.get(id) ?? 0) + 1);
  const split = [...runs].filter(([, n]) => n > 1).map(([id]) => id);
  if (split.length === 0) return '';
  return `${split.map((id) => `.source-text:has(#q-${id}:target) mark[data-rows~="${id}"]`).join(',')}{background:var(--mark-target);outline:2px solid var(--c-warn)}`;
}
