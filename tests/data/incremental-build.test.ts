/**
 * An incremental build (astro.config.mjs experimental.incrementalBuild, the page keys of
 * src/site/page-keys.ts) writes the same dist/ as a full build,
 * byte for byte, search index included, after each edit an editor or developer makes: a new report
 * for one park, a revised figure, a removed park, a changed template, a changed locale string with
 * a changed story row. The site is generated (20 parks) and built from a copy of the project,
 * whose code the last steps edit; each step builds twice (incremental into one folder, full into
 * another).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNational } from '../../src/cli/gen-national.ts';
import { addReport, missingDocuments, removePark, reviseNote, setStoryRow } from '../../src/bench/data-edits.ts';
import { astroBin, astroEnv } from '../../src/node/astro.ts';
import { filesUnder } from './build-site.ts';

const ROOT = join(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-incremental-'));
const project = join(tmp, 'project');
const data = join(tmp, 'data');
const cache = join(tmp, 'astro-cache');

function build(outDir: string, env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [astroBin(project), 'build', '--outDir', join(project, outDir)], {
    cwd: project,
    encoding: 'utf8',
    // Small shards, so that the 20 parks' pages make several (the index is dealt again on every build).
    env: { ...astroEnv(process.env), PARKS_DATA_DIR: data, CARD_CACHE_DIR: join(tmp, 'cards'), SEARCH_SHARD_PAGES: '20', ...env },
    maxBuffer: 256 * 1024 * 1024,
  });
  const out = `${r.stdout}\n${r.stderr}`;
  if (r.status !== 0) throw new Error(`astro build ${outDir} failed (exit ${r.status}):\n${out.trim().split('\n').slice(-30).join('\n')}`);
  return out;
}

/** The incremental build into dist/ (kept between steps), then a full one into full/; the incremental build's log. */
function buildBoth(): string {
  const log = build('dist', { ASTRO_CACHE_DIR: cache });
  rmSync(join(project, 'full'), { recursive: true, force: true });
  build('full', { INCREMENTAL_BUILD: 'off' });
  return log;
}

/** The files that differ between the two builds (or exist in one only). */
function differences(): string[] {
  const [a, b] = [join(project, 'dist'), join(project, 'full')];
  const [fa, fb] = [filesUnder(a), filesUnder(b)];
  const only = [...fa.filter((f) => !fb.includes(f)), ...fb.filter((f) => !fa.includes(f))];
  const differ = fa.filter((f) => fb.includes(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f))));
  return [...only, ...differ];
}

/** What the build reported reusing: files with a key rendered and reused (the search index is rebuilt every time). */
function reuse(log: string): { rendered: number; reused: number } {
  const pages = /incremental build: rendered (\d+) of \d+ files with a cache key, reused (\d+)/.exec(log);
  if (!pages) throw new Error(`no reuse line in the build's log:\n${log.slice(-2000)}`);
  return { rendered: Number(pages[1]), reused: Number(pages[2]) };
}

function edit(file: string, from: string, to: string): void {
  const text = readFileSync(join(project, file), 'utf8');
  if (!text.includes(from)) throw new Error(`${file} has no ${from}`);
  writeFileSync(join(project, file), text.replace(from, to));
}

describe('an incremental build equals a full build (20 generated parks)', () => {
  let first: ReturnType<typeof reuse>;
  beforeAll(() => {
    for (const f of ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(ROOT, f), join(project, f), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
    writeNational({ parks: 20, years: 2, seed: 3, out: data, dataDir: join(ROOT, 'data') });
    // A footer without the number of reports (which every HTML page prints): a new report or a
    // removed park then changes only some pages, and the keys of the others are put to the test.
    setStoryRow(data, 'zh-CN', 'footer.sources', '数据来自园区年度工作规划、总结与计划原文。');
    setStoryRow(data, 'en', 'footer.sources', 'Data from the parks\' annual plans and reports.');
    first = reuse(buildBoth());
  }, 900_000);
  afterAll(() => rmSync(tmp, { recursive: true, force: true }), 120_000);

  it('first: a full build, every page rendered', () => {
    expect(first.reused).toBe(0);
    expect(differences()).toEqual([]);
  });

  it('(a) a new report for one park: the same site, most pages reused', () => {
    const larger = join(tmp, 'larger');
    writeNational({ parks: 20, years: 3, seed: 3, out: larger, dataDir: join(ROOT, 'data') });
    const [doc] = missingDocuments(data, larger);
    if (!doc) throw new Error('no new report to add');
    addReport(data, larger, doc);
    const r = reuse(buildBoth());
    expect(differences()).toEqual([]);
    expect(r.reused).toBeGreaterThan(2 * r.rendered);
  }, 900_000);

  it("(a') a revised figure of one park: the same site, the other parks' files reused", () => {
    const park = readFileSync(join(data, 'parks.csv'), 'utf8').split('\n')[5]?.split(',')[0] ?? '';
    reviseNote(data, park, '合成数据：已核对。');
    const r = reuse(buildBoth());
    expect(differences()).toEqual([]);
    expect(r.reused).toBeGreaterThan(4 * r.rendered);
  }, 900_000);

  it("(b) a removed park: the same site, none of the park's files left behind", () => {
    const park = readFileSync(join(data, 'parks.csv'), 'utf8').split('\n')[3]?.split(',')[0] ?? '';
    removePark(data, park);
    const r = reuse(buildBoth());
    expect(differences()).toEqual([]);
    expect(filesUnder(join(project, 'dist')).filter((f) => f.includes(`parks/${park}/`) || f.includes(`-${park}.`))).toEqual([]);
    expect(r.reused).toBeGreaterThan(r.rendered);
  }, 900_000);

  it('(d) a changed template (the source pages): the same site, the other routes reused', () => {
    edit('src/views/SourcePage.astro', '<dl class="facts">', '<dl class="facts" data-edited>');
    const r = reuse(buildBoth());
    expect(differences()).toEqual([]);
    expect(readFileSync(join(project, 'dist', 'sources', 'index.html'), 'utf8')).not.toContain('data-edited');
    expect(r.reused).toBeGreaterThan(0);
  }, 900_000);

  it('(c, e) a changed locale string and a changed story row (the footer, now with the number of reports): the same site', () => {
    edit('src/i18n/en.ts', "'park.documents': 'Documents',", "'park.documents': 'Reports',");
    setStoryRow(data, 'zh-CN', 'footer.sources', '数据来自{docs}份园区报告。');
    reuse(buildBoth());
    expect(differences()).toEqual([]);
    expect(readFileSync(join(project, 'dist', 'index.html'), 'utf8')).toContain('份园区报告。');
  }, 900_000);
});
