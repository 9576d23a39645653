/**
 * The Pagefind indexing step on a tiny site: one index per <html lang>, Chinese split into words,
 * only data-pagefind-body content, no 404 page, no Pagefind UI bundles.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { EXCLUDE_SELECTORS, SHARDS_FILE, SITE_GROUP, bucketCount, editionFiles, indexSite, isUnusedBundleFile, languagesOf, mergeEntries, pageGroup, planShards, searchIndexOff, shardList } from '../../../src/integrations/search-index.ts';
import { filesUnder } from '../../data/build-site.ts';

const page = (lang: string, body: string, extra = '') => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>
<header><nav>首页 Home</nav></header>
<main data-pagefind-body>${body}<div class="share" data-pagefind-ignore="all">手机或微信扫码打开</div></main>${extra}</body></html>`;

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'pagefind-unit-'));
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

describe('isUnusedBundleFile', () => {
  it.each([
    ['pagefind-ui.js', true],
    ['pagefind-ui.css', true],
    ['pagefind-modular-ui.js', true],
    ['pagefind-component-ui.js', true],
    ['pagefind-highlight.js', true],
    ['playground/index.html', true],
    ['pagefind.js', false],
    ['pagefind-worker.js', false],
    ['pagefind-entry.json', false],
    ['wasm.unknown.pagefind', false],
    ['pagefind.zh-cn_abc.pf_meta', false],
    ['index/zh-cn_abc.pf_index', false],
    ['fragment/en_abc.pf_fragment', false],
  ])('%s → %s', (path, unused) => expect(isUnusedBundleFile(path)).toBe(unused));
});

describe('languagesOf', () => {
  it('reads the page count of every language', () => {
    expect(languagesOf('{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":3},"zh-cn":{"hash":"zh-cn_2","wasm":null,"page_count":9}}}')).toEqual({ en: 3, 'zh-cn': 9 });
    expect(languagesOf('{"version":"1.6.0"}')).toEqual({});
  });
});

describe('searchIndexOff', () => {
  it('is off only when SEARCH_INDEX=off', () => {
    expect(searchIndexOff({ SEARCH_INDEX: 'off' })).toBe(true);
    expect(searchIndexOff({})).toBe(false);
    expect(searchIndexOff({ SEARCH_INDEX: '0' })).toBe(false);
  });
});

describe('editionFiles', () => {
  it('lists the pages of each edition but their embeds, the root 404 page and the bundle, Chinese first, sorted', () => {
    const root = site({
      'index.html': '', '404.html': '', 'parks/b/index.html': '', 'parks/a/index.html': '', 'og/x/index.html': '', 'embed/chart/x/index.html': '',
      '_astro/x.html': '', 'pagefind/x.html': '', 'sources/a/index.html': '', 'sources/a/data.json': '',
      'en/index.html': '', 'en/404.html': '', 'en/parks/a/index.html': '', 'en/embed/chart/x/index.html': '',
    });
    expect(editionFiles(root)).toEqual([
      ['index.html', 'og/x/index.html', 'parks/a/index.html', 'parks/b/index.html', 'sources/a/index.html'],
      ['en/404.html', 'en/index.html', 'en/parks/a/index.html'],
    ]);
    expect(editionFiles(site({ 'index.html': '' }))).toEqual([['index.html']]);
  });
});

describe('shardList', () => {
  it('lists per language the shards beyond the first that hold pages in it', () => {
    const shards: { folder: string; languages: Record<string, number> }[] = [
      { folder: '', languages: { en: 2, 'zh-cn': 2 } },
      { folder: 'shard-3/', languages: { 'zh-cn': 1 } },
      { folder: 'shard-5-1/', languages: { en: 1, 'zh-cn': 1 } },
      { folder: 'shard-6/', languages: {} },
    ];
    expect(JSON.parse(shardList(shards))).toEqual({ en: ['shard-5-1/'], 'zh-cn': ['shard-3/', 'shard-5-1/'] });
    expect(shardList([{ folder: '', languages: { 'zh-cn': 3, en: 3 } }])).toBe('{"en":[],"zh-cn":[]}\n');
  });
});

describe('pageGroup', () => {
  const docPark = (d: string) => ({ 'lx-2017': 'linxiang' } as Record<string, string>)[d];
  it("groups a park's page and its reports' pages, in either edition, under the park", () => {
    expect(pageGroup('parks/linxiang/index.html', docPark)).toBe('park:linxiang');
    expect(pageGroup('en/parks/linxiang/index.html', docPark)).toBe('park:linxiang');
    expect(pageGroup('sources/lx-2017/index.html', docPark)).toBe('park:linxiang');
    expect(pageGroup('en/sources/lx-2017/index.html', docPark)).toBe('park:linxiang');
  });
  it('puts a report of no known park in its own group, and every list and overview in the site group', () => {
    expect(pageGroup('sources/other/index.html', docPark)).toBe('doc:other');
    for (const p of ['index.html', 'en/index.html', 'parks/index.html', 'sources/index.html', 'indicators/gdp/index.html', 'en/compare/index.html']) expect(pageGroup(p, docPark), p).toBe(SITE_GROUP);
  });
});

describe('bucketCount', () => {
  it('is the least power of two that leaves each bucket half the limit on average', () => {
    expect(bucketCount(0, 4000)).toBe(1);
    expect(bucketCount(2000, 4000)).toBe(1);
    expect(bucketCount(2001, 4000)).toBe(2);
    expect(bucketCount(30_000, 4000)).toBe(16);
  });
});

describe('planShards', () => {
  /** `n` parks with `k` pages each in each edition, plus a home page per edition. */
  const site = (ids: readonly string[], k: number) =>
    ['', 'en/'].map((e) => [`${e}index.html`, ...ids.flatMap((id) => Array.from({ length: k }, (_, i) => (i === 0 ? `${e}parks/${id}/index.html` : `${e}sources/${id}-${i}/index.html`)))].sort());
  const group = (p: string) => pageGroup(p, (d) => d.replace(/-\d+$/, ''));
  const parks = Array.from({ length: 60 }, (_, i) => `p${i}`);
  const shardOfPark = (plan: ReturnType<typeof planShards>) => new Map(plan.flatMap((s) => s.editions.flat().map((p) => [group(p), s.folder] as const)));

  it('keeps a site within the limit in one shard, as it was', () => {
    const editions = site(parks.slice(0, 3), 2);
    expect(planShards(editions, 4000, group)).toEqual([{ folder: '', editions }]);
  });
  it("puts the site's own pages first and every page of a park in its park's shard, none over the limit, none lost", () => {
    const editions = site(parks, 3);
    const plan = planShards(editions, 40, group);
    expect(plan[0]?.folder).toBe('');
    expect(plan[0]?.editions).toEqual([['index.html'], ['en/index.html']]);
    expect(Math.max(...plan.flatMap((s) => s.editions.map((e) => e.length)))).toBeLessThanOrEqual(40);
    expect(plan.flatMap((s) => s.editions[0] ?? []).sort()).toEqual(editions[0]);
    expect(plan.flatMap((s) => s.editions[1] ?? []).sort()).toEqual(editions[1]);
    for (const s of plan) expect(new Set(s.editions.flat().map(group)).size, s.folder).toBeGreaterThan(0);
    const where = shardOfPark(plan);
    for (const s of plan) for (const p of s.editions.flat()) expect(where.get(group(p)), p).toBe(s.folder);
  });
  it("leaves every other park in its shard when a park comes or goes", () => {
    const before = shardOfPark(planShards(site(parks, 3), 40, group));
    const added = shardOfPark(planShards(site([...parks, 'new-park'], 3), 40, group));
    const removed = shardOfPark(planShards(site(parks.slice(1), 3), 40, group));
    for (const id of parks.slice(1)) {
      expect(added.get(`park:${id}`), id).toBe(before.get(`park:${id}`));
      expect(removed.get(`park:${id}`), id).toBe(before.get(`park:${id}`));
    }
  });
  it('cuts a bucket that outgrew the limit into parts, and a park larger than the limit by page', () => {
    const plan = planShards(site(parks, 3), 12, group);
    expect(Math.max(...plan.flatMap((s) => s.editions.map((e) => e.length)))).toBeLessThanOrEqual(12);
    expect(plan.some((s) => /^shard-\d+-\d+\/$/.test(s.folder))).toBe(true);
    const huge = planShards(site(['big'], 30), 10, group);
    expect(Math.max(...huge.flatMap((s) => s.editions.map((e) => e.length)))).toBeLessThanOrEqual(10);
    expect(huge.flatMap((s) => s.editions[0] ?? []).sort()).toEqual(site(['big'], 30)[0]);
  });
});

describe('mergeEntries', () => {
  it('keeps the first bundle\'s settings and every language, sorted', () => {
    const zh = '{"version":"1.6.0","languages":{"zh-cn":{"hash":"zh-cn_2","wasm":null,"page_count":9}},"include_characters":["_"]}';
    const en = '{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":3}},"include_characters":["_"]}';
    expect(mergeEntries([zh, en])).toBe('{"version":"1.6.0","languages":{"en":{"hash":"en_1","wasm":"en","page_count":3},"zh-cn":{"hash":"zh-cn_2","wasm":null,"page_count":9}},"include_characters":["_"]}');
    expect(() => mergeEntries([zh, zh])).toThrow(/zh-cn is in two bundles/);
    expect(() => mergeEntries([])).toThrow();
  });
});

/** The home page of each edition. */
const HOMES = {
  'index.html': page('zh-CN', '<h1>临湘高新区</h1><p>北控污水厂提质改造项目</p>'),
  'en/index.html': page('en', '<h1>Linxiang</h1><p>Water &amp; sewage</p>'),
};

describe('indexSite', () => {
  it('writes one index per language, skips pages without data-pagefind-body and the root 404 page', async () => {
    const root = site({
      ...HOMES,
      'parks/shuangpai/index.html': page('zh-CN', '<h1>双牌</h1><table><tr id="r-p01"><td>德普瑞虎杖提取</td></tr></table>'),
      '404.html': page('zh-CN', '<h1>找不到页面</h1>'),
      'embed/chart/x/index.html': '<!doctype html><html lang="zh-CN"><body><p>嵌入的图表</p></body></html>',
      // Marked as content by mistake: still no result, since embed folders are not read at all.
      'en/embed/chart/x/index.html': page('en', '<h1>Embedded chart</h1>'),
    });
    const summary = await indexSite(root);
    expect(summary.languages).toEqual({ en: 1, 'zh-cn': 2 });
    const bundle = readdirSync(join(root, 'pagefind'));
    expect(bundle).toContain('pagefind.js');
    expect(bundle).toContain('pagefind-entry.json');
    expect(bundle.filter((f) => f.startsWith('pagefind-ui') || f.startsWith('pagefind-modular-ui') || f === 'playground')).toEqual([]);
    expect(JSON.parse(readFileSync(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages['zh-cn'].page_count).toBe(2);
  }, 30_000);

  it('writes, one edition at a time, the same bundle as one Pagefind run over both', async () => {
    const root = site({
      ...HOMES,
      'sources/a/index.html': page('zh-CN', '<h1>双牌工业集中区2017年工作总结</h1><p>德普瑞虎杖提取，规模工业增加值</p>'),
      'en/sources/a/index.html': page('en', '<h1>Shuangpai 2017 report</h1><p lang="zh-CN">德普瑞虎杖提取</p>'),
    });
    await indexSite(root);
    const once = mkdtempSync(join(tmpdir(), 'pagefind-once-'));
    try {
      const { index } = await createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
      if (!index) throw new Error('no index');
      await index.addDirectory({ path: root, glob: '{index.html,sources/**/*.html,en/*.html,en/sources/**/*.html}' });
      for (const f of (await index.getFiles()).files) {
        if (isUnusedBundleFile(f.path)) continue;
        mkdirSync(dirname(join(once, f.path)), { recursive: true });
        writeFileSync(join(once, f.path), f.content);
      }
    } finally {
      await close();
    }
    const ours = join(root, 'pagefind');
    expect(readFileSync(join(ours, SHARDS_FILE), 'utf8')).toBe('{"en":[],"zh-cn":[]}\n');
    expect(filesUnder(ours).filter((f) => f !== SHARDS_FILE)).toEqual(filesUnder(once));
    for (const f of filesUnder(once)) expect(readFileSync(join(ours, f)).equals(readFileSync(join(once, f))), f).toBe(true);
    expect(languagesOf(readFileSync(join(ours, 'pagefind-entry.json'), 'utf8'))).toEqual({ en: 2, 'zh-cn': 2 });
  }, 30_000);

  it("cuts a site into shards: the site's own pages first with the script, each park's in its bucket, listed in shards.json", async () => {
    const parks = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`parks/p${i}/index.html`, page('zh-CN', `<h1>园区${i}</h1><p>污水处理厂</p>`)]));
    const root = site({ ...HOMES, ...parks });
    const summary = await indexSite(root, 2);
    const plan = planShards(editionFiles(root), 2);
    expect(summary.shards).toBe(plan.length);
    expect(summary.indexed).toBe(plan.length);
    expect(summary.languages).toEqual({ en: 1, 'zh-cn': 6 });
    const bundle = join(root, 'pagefind');
    const others = plan.slice(1).map((s) => s.folder);
    expect(others.length).toBeGreaterThan(1);
    expect(JSON.parse(readFileSync(join(bundle, SHARDS_FILE), 'utf8'))).toEqual({ en: [], 'zh-cn': others });
    expect(languagesOf(readFileSync(join(bundle, 'pagefind-entry.json'), 'utf8'))).toEqual({ en: 1, 'zh-cn': 1 });
    for (const d of others) {
      const files = filesUnder(join(bundle, d));
      expect(files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f))).toEqual([]);
      expect(files.some((f) => f.startsWith('fragment/'))).toBe(true);
    }
    expect(readdirSync(root).filter((f) => f.startsWith('.search-shard'))).toEqual([]);
    // Indexed again in one shard, the folders of the earlier shards are gone.
    expect((await indexSite(root, 10)).shards).toBe(1);
    expect(readdirSync(bundle).filter((f) => f.startsWith('shard-'))).toEqual([]);
  }, 60_000);

  it('keeps the shards whose pages did not change from the cache, and writes the same bundle as indexing everything', async () => {
    const parks = (word: string) => Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`parks/p${i}/index.html`, page('zh-CN', `<h1>园区${i}</h1><p>${i === 2 ? word : '污水处理厂'}</p>`)]));
    const root = site({ ...HOMES, ...parks('污水处理厂') });
    const cacheDir = mkdtempSync(join(tmpdir(), 'shard-cache-'));
    const first = await indexSite(root, { perShard: 2, cacheDir });
    expect(first.indexed).toBe(first.shards);
    const again = await indexSite(root, { perShard: 2, cacheDir });
    expect(again.indexed).toBe(0);
    writeFileSync(join(root, 'parks/p2/index.html'), page('zh-CN', '<h1>园区2</h1><p>光伏发电</p>'));
    const changed = await indexSite(root, { perShard: 2, cacheDir });
    expect(changed.indexed).toBe(1);
    const kept = join(tmpdir(), `kept-${process.pid}`);
    rmSync(kept, { recursive: true, force: true });
    cpSync(join(root, 'pagefind'), kept, { recursive: true });
    const full = await indexSite(root, { perShard: 2, cacheDir, force: true });
    expect(full.indexed).toBe(full.shards);
    expect(filesUnder(kept)).toEqual(filesUnder(join(root, 'pagefind')));
    for (const f of filesUnder(kept)) expect(readFileSync(join(kept, f)).equals(readFileSync(join(root, 'pagefind', f))), f).toBe(true);
    // Only the shards this index uses stay in the cache.
    expect(readdirSync(cacheDir).filter((f) => !f.startsWith('.'))).toHaveLength(full.shards);
  }, 60_000);

  it('fails the build when nothing could be indexed', async () => {
    const empty = site({ 'index.html': '<!doctype html><html lang="zh-CN"><body><main data-pagefind-body></main></body></html>' });
    await expect(indexSite(empty)).rejects.toThrow(/no page .* was indexed/);
    await expect(indexSite(join(empty, 'nothing-here'))).rejects.toThrow();
  }, 30_000);
});
