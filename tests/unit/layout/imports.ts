/**
 * Reads the import graph of src/: every static, dynamic and side-effect import of every `.ts`
 * file and of every `.astro` file's frontmatter and <script> blocks, resolved to the file it names.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

export interface ImportEdge {
  /** Importing file, relative to the repository (src/…). */
  from: string;
  /** Imported file, relative to the repository, or the bare package name. */
  to: string;
  line: number;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|\bnew URL\(\s*)(['"])([^'"]+)\1/gm;

/** The parts of an .astro file that are code: the frontmatter and <script> bodies, others blanked so line numbers hold. */
export function astroCode(text: string): string {
  const keep = new Array<boolean>(text.length).fill(false);
  const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (fm) for (let i = 0; i < fm[0].length; i++) keep[i] = true;
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    for (let i = m.index; i < m.index + m[0].length; i++) keep[i] = true;
  }
  return [...text].map((c, i) => (keep[i] || c === '\n' ? c : ' ')).join('');
}

/** Import specifiers of a file's code with their 1-based lines. */
export function specifiersOf(code: string): { spec: string; line: number }[] {
  const out: { spec: string; line: number }[] = [];
  for (const m of code.matchAll(SPECIFIER)) {
    const spec = m[2] ?? '';
    if (spec === '') continue;
    out.push({ spec, line: code.slice(0, m.index).split('\n').length });
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = join(dir, e.name);
    return e.isDirectory() ? walk(p) : /\.(ts|astro)$/.test(e.name) ? [p] : [];
  });
}

/** Every import edge of the `.ts` and `.astro` files below `srcDir` (paths relative to `root`). */
export function importEdges(root: string, srcDir = 'src'): ImportEdge[] {
  return walk(join(root, srcDir)).flatMap((abs) => {
    const from = relative(root, abs);
    const text = readFileSync(abs, 'utf8');
    const code = from.endsWith('.astro') ? astroCode(text) : text;
    return specifiersOf(code).map(({ spec, line }) => ({
      from,
      to: spec.startsWith('.') ? normalize(join(dirname(from), spec)) : spec,
      line,
    }));
  });
}

/** The folder of a file directly below src/ ("lib", "data", …; "." for src/middleware.ts); null outside src/. */
export function folderOf(path: string, srcDir = 'src'): string | null {
  const rel = relative(srcDir, path);
  if (rel.startsWith('..') || rel === path) return null;
  const parts = rel.split(/[\\/]/);
  return parts.length > 1 ? (parts[0] ?? '.') : '.';
}

/** Folder → folders it imports (edges inside a folder and to packages left out). */
export function folderGraph(edges: readonly ImportEdge[]): Map<string, Set<string>> {
  const g = new Map<string, Set<string>>();
  for (const e of edges) {
    const a = folderOf(e.from);
    const b = folderOf(e.to);
    if (a === null || b === null || a === b) continue;
    g.set(a, (g.get(a) ?? new Set()).add(b));
  }
  return g;
}

/** Every cycle between folders, each as the list of folders around it (smallest first, deduplicated). */
export function folderCycles(g: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  const cycles = new Map<string, string[]>();
  const visit = (start: string, node: string, path: string[]) => {
    for (const next of g.get(node) ?? []) {
      // Each cycle is found once, from its smallest folder.
      if (next === start) cycles.set(path.join('>'), path);
      else if (!path.includes(next) && next > start) {
        visit(start, next, [...path, next]);
      }
    }
  };
  for (const start of g.keys()) visit(start, start, [start]);
  return [...cycles.values()];
}
