/**
 * The layout's rules (README, "Where things live"), read from every import in src/: folders import
 * each other without cycles, lib/ imports nothing else in src/, data/ knows no charts or pages, and
 * the islands — the only code shipped to the browser — import only lib/.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroCode, folderCycles, folderGraph, folderOf, importEdges, specifiersOf, type ImportEdge } from './imports.ts';

const ROOT = join(import.meta.dirname, '../../..');

/** What each folder may import besides itself and npm packages; a folder not listed here has no limit but the cycle rule. */
const ALLOWED: Record<string, readonly string[]> = {
  lib: [],
  data: ['lib'],
  islands: ['lib'],
  i18n: ['lib', 'data'],
  node: [],
  'social-cards': ['lib'],
  derived: ['lib', 'data', 'i18n'],
  'svg-dom': [],
  sources: ['lib', 'data'],
};

/** Build-only Node modules: no browser code may reach them. */
const NODE_ONLY = /^node:/;

function violations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const from = folderOf(e.from);
    const to = folderOf(e.to);
    if (from === null) continue;
    const allowed = ALLOWED[from];
    if (allowed && to !== null && to !== from && !allowed.includes(to)) out.push(`${e.from}:${e.line} imports ${e.to} (${from}/ may import only ${allowed.length ? allowed.join(', ') : 'nothing else in src/'})`);
    if ((from === 'islands' || from === 'lib') && NODE_ONLY.test(e.to)) out.push(`${e.from}:${e.line} imports ${e.to} (${from}/ runs in the browser too)`);
  }
  return out;
}

const edges = importEdges(ROOT);

describe('import rules', () => {
  it('reads the imports of every .ts file and .astro frontmatter and script', () => {
    expect(edges.some((e) => e.from.endsWith('.astro') && e.to.startsWith('src/islands/'))).toBe(true);
    expect(edges.some((e) => e.from.startsWith('src/pages/') && e.from.endsWith('.astro'))).toBe(true);
    expect(edges.filter((e) => e.from === 'src/lib/format.ts').map((e) => e.to)).toEqual(['src/lib/units.ts']);
  });

  it('no folder imports another in a circle', () => {
    expect(folderCycles(folderGraph(edges))).toEqual([]);
  });

  it('lib/ imports nothing else in src/, data/ only lib/, islands/ only lib/ (and neither reaches Node built-ins)', () => {
    expect(violations(edges)).toEqual([]);
  });

  it('every .astro frontmatter is at most 15 lines: logic lives in .ts modules', () => {
    const long: string[] = [];
    const walk = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.astro') ? [join(dir, e.name)] : []));
    for (const f of walk(join(ROOT, 'src'))) {
      const fm = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(f, 'utf8'));
      const n = fm ? (fm[1] ?? '').split('\n').length : 0;
      if (n > 15) long.push(`${f.slice(ROOT.length + 1)}: ${n} lines`);
    }
    expect(long).toEqual([]);
  });
});

describe('folder jobs', () => {
  it('every code folder says its job in the first line of its main file, and the README names that file', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const templates = new Set(['components', 'layouts', 'views', 'pages', 'styles', 'types']);
    const folders = readdirSync(join(ROOT, 'src'), { withFileTypes: true }).filter((e) => e.isDirectory() && !templates.has(e.name)).map((e) => e.name);
    const missing = folders.filter((d) => {
      const main = readdirSync(join(ROOT, 'src', d)).filter((f) => f.endsWith('.ts')).find((f) => readFileSync(join(ROOT, 'src', d, f), 'utf8').startsWith(`// ${d}/: `));
      return !main || !readme.includes(`src/${d}/`);
    });
    expect(folders.length).toBeGreaterThan(10);
    expect(missing).toEqual([]);
  });
});

describe('the rules fail on a forbidden import', () => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to, line: 1 });

  it('finds a cycle between folders', () => {
    const g = folderGraph([edge('src/charts/a.ts', 'src/derived/b.ts'), edge('src/derived/b.ts', 'src/charts/c.ts'), edge('src/site/x.ts', 'src/charts/a.ts')]);
    expect(folderCycles(g)).toEqual([['charts', 'derived']]);
  });

  it('names an island importing the data model, lib/ importing elsewhere in src/, and a Node built-in in lib/', () => {
    expect(violations([
      edge('src/islands/x.ts', 'src/data/model.ts'),
      edge('src/lib/y.ts', 'src/charts/figure.ts'),
      edge('src/lib/z.ts', 'node:crypto'),
      edge('src/data/w.ts', 'src/charts/render.ts'),
      edge('src/islands/ok.ts', 'src/lib/url-state.ts'),
    ])).toEqual([
      'src/islands/x.ts:1 imports src/data/model.ts (islands/ may import only lib)',
      'src/lib/y.ts:1 imports src/charts/figure.ts (lib/ may import only nothing else in src/)',
      'src/lib/z.ts:1 imports node:crypto (lib/ runs in the browser too)',
      'src/data/w.ts:1 imports src/charts/render.ts (data/ may import only lib)',
    ]);
  });

  it('reads an .astro script block and frontmatter but not its markup', () => {
    const code = astroCode("---\nimport A from './A.astro';\n---\n<p>import x from 'nope'</p>\n<script>\n  import '../islands/map.ts';\n</script>\n");
    expect(specifiersOf(code)).toEqual([{ spec: './A.astro', line: 2 }, { spec: '../islands/map.ts', line: 6 }]);
  });
});
