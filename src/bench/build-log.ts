/**
 * Reads what `astro build` prints while it generates pages — one line per file,
 * `  ├─ /parks/linxiang/index.html (+12ms)` — timestamped by the benchmark as the lines arrive,
 * and sums the time per kind of route, so a slow build says which routes make it slow.
 */

export interface TimedLine {
  /** Milliseconds since the build started, when the line arrived. */
  t: number;
  line: string;
}

/**
 * Corrects arrival times with the HH:MM:SS clock Astro prints on its lines: on a busy machine the
 * benchmark may read the build's output seconds late and in bursts, so a line's time is kept
 * within the second its own clock names (and never before the line before it).
 */
export function alignToClock(lines: readonly TimedLine[], startEpochMs: number): TimedLine[] {
  let prev = 0;
  return lines.map((l) => {
    const m = /^(\d\d):(\d\d):(\d\d) /.exec(l.line);
    let t = l.t;
    if (m) {
      const arrival = startEpochMs + l.t;
      const d = new Date(arrival);
      d.setHours(Number(m[1]), Number(m[2]), Number(m[3]), 0);
      let clock = d.getTime();
      if (clock > arrival + 12 * 3600_000) clock -= 86_400_000;
      const lo = clock - startEpochMs;
      t = Math.min(Math.max(t, lo), lo + 999);
    }
    t = Math.max(t, prev);
    prev = t;
    return t === l.t ? l : { ...l, t };
  });
}

export interface RouteLine {
  t: number;
  path: string;
  /** The page's own time as Astro reports it. */
  ms: number;
}

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;
const ROUTE = /[├└]─\s+(\S+)\s+\(\+(\d+(?:\.\d+)?)(ms|s)\)/;

export function parseRouteLine(line: string): { path: string; ms: number } | null {
  const m = ROUTE.exec(line.replace(ANSI, ''));
  if (!m) return null;
  const n = Number(m[2]);
  return { path: m[1] ?? '', ms: m[3] === 's' ? n * 1000 : n };
}

/** Path prefixes of the site's other editions (src/pages/en/…): a page type under one is its own type. */
export const EDITION_PREFIXES = ['en'];

/**
 * The kind of route a generated path belongs to: the id part becomes `*`, the extension stays,
 * an edition prefix is kept. `/parks/linxiang/index.html` → `/parks/*\/`, `/downloads/trend-a.png/`
 * → `/downloads/*.png`, `/og/parks__a.png` → `/og/*.png`, `/en/compare/index.html` → `/en/compare/`.
 */
export function routeGroup(path: string, prefixes: readonly string[] = EDITION_PREFIXES): string {
  const segs = path.split('/').filter((s) => s !== '');
  const prefix = segs.length > 1 && prefixes.includes(segs[0] ?? '') ? `/${segs.shift()}` : '';
  const page = segs.at(-1) === 'index.html';
  if (page) segs.pop();
  if (segs.length <= 1) return `${prefix}/${segs.join('/')}${page && segs.length > 0 ? '/' : ''}`;
  const last = segs.pop() ?? '';
  const ext = /\.(\w+)$/.exec(last)?.[0] ?? '';
  return `${prefix}/${segs.join('/')}/*${ext || '/'}`;
}

export interface RouteGroup {
  group: string;
  pages: number;
  /** Sum of the pages' own times. */
  ownMs: number;
  /** Wall-clock time from the line before the group's first page to its last page. */
  wallMs: number;
  /** Wall time between lines not covered by the pages' own times (getStaticPaths, GC, writing). */
  gapMs: number;
  maxMs: number;
  maxPath: string;
}

export interface BuildTimeline {
  routes: RouteLine[];
  groups: RouteGroup[];
  /** Start of the build to the first generated page (vite bundling, data load, first getStaticPaths). */
  beforePagesMs: number;
  /** When Astro said "generating static routes" (the end of bundling), if it did. */
  routesStartMs: number | null;
  /** First to last generated page. */
  pagesMs: number;
  /** Last page to the end of the output. */
  afterPagesMs: number;
  /** The largest pauses between two page lines (the page before and the page after). */
  pauses: { prevPath: string; nextPath: string; ms: number }[];
}

export function buildTimeline(lines: readonly TimedLine[], endT?: number): BuildTimeline {
  const routes: RouteLine[] = [];
  for (const l of lines) {
    const r = parseRouteLine(l.line);
    if (r) routes.push({ t: l.t, ...r });
  }
  const end = endT ?? lines.at(-1)?.t ?? 0;
  const groups = new Map<string, RouteGroup>();
  const pauses: BuildTimeline['pauses'] = [];
  const firstT = routes[0]?.t ?? end;
  routes.forEach((r, i) => {
    const prev = routes[i - 1];
    const prevT = prev?.t ?? firstT - r.ms;
    const gap = Math.max(0, r.t - prevT - r.ms);
    if (prev) pauses.push({ prevPath: prev.path, nextPath: r.path, ms: r.t - prev.t });
    const key = routeGroup(r.path);
    const g = groups.get(key) ?? { group: key, pages: 0, ownMs: 0, wallMs: 0, gapMs: 0, maxMs: 0, maxPath: '' };
    g.pages++;
    g.ownMs += r.ms;
    g.gapMs += gap;
    g.wallMs += r.t - prevT;
    if (r.ms > g.maxMs) {
      g.maxMs = r.ms;
      g.maxPath = r.path;
    }
    groups.set(key, g);
  });
  const lastT = routes.at(-1)?.t ?? end;
  const start = lines.find((l) => /generating static routes/.test(l.line));
  return {
    routesStartMs: start ? Math.round(start.t) : null,
    routes,
    groups: [...groups.values()]
      .map((g) => ({ ...g, ownMs: Math.round(g.ownMs), wallMs: Math.round(g.wallMs), gapMs: Math.round(g.gapMs) }))
      .sort((a, b) => b.wallMs - a.wallMs),
    beforePagesMs: Math.round(routes.length > 0 ? firstT - (routes[0]?.ms ?? 0) : end),
    pagesMs: Math.round(lastT - firstT + (routes[0]?.ms ?? 0)),
    afterPagesMs: Math.round(Math.max(0, end - lastT)),
    pauses: pauses.sort((a, b) => b.ms - a.ms).slice(0, 8).map((p) => ({ ...p, ms: Math.round(p.ms) })),
  };
}
