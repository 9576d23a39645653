/**
 * Summarises a V8 `.cpuprofile` (what `node --cpu-prof` writes): self time per function and per
 * file, so a slow build can name the functions it spends its time in, with file:line.
 */

export interface CpuProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
}

export interface CpuProfile {
  nodes: CpuProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface SelfTime {
  /** "functionName file:line" (line 1-based). */
  name: string;
  file: string;
  line: number;
  ms: number;
  /** Share of the profile's total sampled time. */
  share: number;
}

/** Shortens a script URL to a path relative to the project (node_modules/… or src/…). */
export function shortUrl(url: string, root = ''): string {
  let u = url.replace(/^file:\/\//, '');
  if (root && u.startsWith(root)) u = u.slice(root.length).replace(/^\/+/, '');
  const nm = u.lastIndexOf('node_modules/');
  if (nm >= 0) u = u.slice(nm);
  else if (u.includes('/.astro/')) u = u.slice(u.indexOf('/.astro/') + 1);
  return u === '' ? '(native)' : u;
}

/** A time window in ms from the start of the profile. */
export type Window = readonly [number, number];

/** Self time (ms) of every profile node, from the samples and their time deltas (hitCount as a fallback). */
function selfTimes(p: CpuProfile, window?: Window): Map<number, number> {
  const out = new Map<number, number>();
  if (p.samples && p.timeDeltas && p.samples.length === p.timeDeltas.length) {
    // timeDeltas[i] is the time before sample i; attribute the interval to the following sample's node.
    let t = 0;
    for (let i = 0; i < p.samples.length; i++) {
      t += (p.timeDeltas[i] ?? 0) / 1000;
      if (window && (t < window[0] || t >= window[1])) continue;
      const id = p.samples[i] as number;
      const dt = p.timeDeltas[i + 1] ?? 0;
      out.set(id, (out.get(id) ?? 0) + Math.max(0, dt) / 1000);
    }
    return out;
  }
  const total = (p.endTime - p.startTime) / 1000;
  const hits = p.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  for (const n of p.nodes) out.set(n.id, hits > 0 ? ((n.hitCount ?? 0) / hits) * total : 0);
  return out;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  files: { file: string; ms: number; share: number }[];
}

/** Merges one or more profiles (e.g. one per thread) into the top functions and files by self time. */
export function summariseProfiles(profiles: readonly CpuProfile[], root = '', top = 25, window?: Window): ProfileSummary {
  const byFn = new Map<string, SelfTime>();
  const byFile = new Map<string, number>();
  let totalMs = 0;
  for (const p of profiles) {
    const self = selfTimes(p, window);
    for (const n of p.nodes) {
      const ms = self.get(n.id) ?? 0;
      if (ms === 0) continue;
      totalMs += ms;
      const file = shortUrl(n.callFrame.url, root);
      const line = n.callFrame.lineNumber + 1;
      const fn = n.callFrame.functionName || '(anonymous)';
      const key = n.callFrame.url === '' ? fn : `${fn} ${file}:${line}`;
      const e = byFn.get(key) ?? { name: key, file, line: n.callFrame.url === '' ? 0 : line, ms: 0, share: 0 };
      e.ms += ms;
      byFn.set(key, e);
      byFile.set(file, (byFile.get(file) ?? 0) + ms);
    }
  }
  const share = (ms: number) => (totalMs > 0 ? ms / totalMs : 0);
  return {
    totalMs,
    functions: [...byFn.values()].sort((a, b) => b.ms - a.ms).slice(0, top).map((f) => ({ ...f, ms: Math.round(f.ms), share: share(f.ms) })),
    files: [...byFile].map(([file, ms]) => ({ file, ms: Math.round(ms), share: share(ms) })).sort((a, b) => b.ms - a.ms).slice(0, top),
  };
}

/** The module a Vite/Astro build chunk was named after: ".astro/.prerender/chunks/card-render_CBAX.mjs" → "card-render". */
export function chunkModule(file: string): string | null {
  const m = /(?:^|\/)chunks\/(.+?)_[\w-]{6,}\.mjs$/.exec(file) ?? /(?:^|\/)\.prerender\/(.+?)\.[\w-]{6,}\.mjs$/.exec(file);
  return m?.[1] ?? null;
}

/**
 * Where a function of a build chunk is defined in the project's sources: a declaration of that
 * name (function, const/let, method) in the file the chunk is named after, else in any file.
 * `sources` maps project paths (src/social-cards/card-render.ts) to their text.
 */
export function locateInSources(fn: string, chunkFile: string, sources: ReadonlyMap<string, string>): { file: string; line: number } | null {
  const mod = chunkModule(chunkFile);
  const base = (p: string) => (p.split('/').pop() ?? '').replace(/\.(ts|astro|mjs|js)$/, '');
  const preferred = [...sources.keys()].filter((p) => mod !== null && base(p) === mod);
  const named = fn !== '' && fn !== '(anonymous)' && /^[\w$]+$/.test(fn);
  if (named) {
    const decl = new RegExp(`(?:function\\*?\\s+${fn}\\s*[(<]|(?:const|let|var)\\s+${fn}\\s*=|^\\s*(?:async\\s+)?${fn}\\s*\\([^)]*\\)\\s*[:{])`, 'm');
    const lineOf = (p: string) => {
      const text = sources.get(p) ?? '';
      const m = decl.exec(text);
      return m ? text.slice(0, m.index + (m[0].length - m[0].trimStart().length)).split('\n').length : 0;
    };
    for (const p of preferred) {
      const line = lineOf(p);
      if (line > 0) return { file: p, line };
    }
    // Chunks bundle several modules: look everywhere else, but only trust a name declared once.
    const found = [...sources.keys()].filter((p) => !/^src\/(bench|cli)\//.test(p) && !preferred.includes(p)).map((p) => ({ file: p, line: lineOf(p) })).filter((x) => x.line > 0);
    if (found.length === 1) return found[0] ?? null;
  }
  return preferred[0] !== undefined ? { file: preferred[0], line: 0 } : null;
}

/** A frame of the project's own code (a build chunk or a source file), not a library or Node itself. */
export function isProjectFrame(url: string): boolean {
  return url !== '' && !url.includes('node_modules/') && !url.startsWith('node:') && (url.includes('/.astro/') || url.includes('/src/') || url.includes('/dist/'));
}

/** Parent links and node lookup of a profile's call tree. */
function tree(p: CpuProfile): { parent: Map<number, number>; byId: Map<number, CpuProfileNode> } {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  return { parent, byId: new Map(p.nodes.map((n) => [n.id, n])) };
}

/**
 * Sums the sampled self time of every node (within `window`) into the keys `keysOf` names for
 * it, walking the node's stack with `up`; returns the `top` keys by time, with their share of all
 * sampled time.
 */
function rankByStack(
  profiles: readonly CpuProfile[],
  top: number,
  window: Window | undefined,
  keysOf: (n: CpuProfileNode, up: (at: CpuProfileNode) => CpuProfileNode | undefined) => { name: string; file: string; line: number }[],
): SelfTime[] {
  const out = new Map<string, SelfTime>();
  let total = 0;
  for (const p of profiles) {
    const self = selfTimes(p, window);
    const { parent, byId } = tree(p);
    const up = (at: CpuProfileNode) => byId.get(parent.get(at.id) ?? -1);
    for (const n of p.nodes) {
      const ms = self.get(n.id) ?? 0;
      if (ms === 0) continue;
      total += ms;
      for (const k of keysOf(n, up)) {
        const e = out.get(k.name) ?? { ...k, ms: 0, share: 0 };
        e.ms += ms;
        out.set(k.name, e);
      }
    }
  }
  return [...out.values()].sort((a, b) => b.ms - a.ms).slice(0, top).map((f) => ({ ...f, ms: Math.round(f.ms), share: total > 0 ? f.ms / total : 0 }));
}

/** "fn chunk:line" of a project frame, with its file and line. */
function projectKey(f: CpuProfileNode['callFrame'], root: string): { name: string; file: string; line: number } {
  return { name: `${f.functionName || '(anonymous)'} ${shortUrl(f.url, root)}:${f.lineNumber + 1}`, file: shortUrl(f.url, root), line: f.lineNumber + 1 };
}

/**
 * Self time charged to the nearest project function up the stack: the time a project function
 * spends in itself and in the library calls it makes (topojson, linkedom, resvg…), but not in
 * the project functions it calls. Names which of our functions to fix when a library is hot.
 * GC, idle and (program) stay as they are.
 */
export function attributeToProject(profiles: readonly CpuProfile[], root = '', top = 25, window?: Window): SelfTime[] {
  return rankByStack(profiles, top, window, (n, up) => {
    let at: CpuProfileNode | undefined = n;
    if (n.callFrame.url !== '' || !/^\(/.test(n.callFrame.functionName)) {
      while (at && !isProjectFrame(at.callFrame.url)) at = up(at);
    }
    const frame = at?.callFrame;
    if (!frame) return [{ name: '(library code outside any project function)', file: '', line: 0 }];
    return [frame.url === '' ? { name: frame.functionName, file: '', line: 0 } : projectKey(frame, root)];
  });
}

/**
 * Total (inclusive) time of each project function: every sample counts once for every distinct
 * project function on its stack. Shows which caller (a getStaticPaths, a page) the time is spent under.
 */
export function inclusiveProjectTime(profiles: readonly CpuProfile[], root = '', top = 25, window?: Window): SelfTime[] {
  return rankByStack(profiles, top, window, (n, up) => {
    const keys = new Map<string, { name: string; file: string; line: number }>();
    for (let at: CpuProfileNode | undefined = n; at; at = up(at)) {
      if (!isProjectFrame(at.callFrame.url)) continue;
      const k = projectKey(at.callFrame, root);
      if (!keys.has(k.name)) keys.set(k.name, k);
    }
    return [...keys.values()];
  });
}
