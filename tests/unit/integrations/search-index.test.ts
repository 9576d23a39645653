/**
 * The Pagefind indexing step on a tiny site: one index per <html lang>, Chinese split into words,
 * only data-pagefind-body content, no 404 page, no Pagefind UI bundles.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { EXCLUDE_SELECTORS, SHARDS_FILE, dealShards, editionFiles, indexSite, isUnusedBundleFile, languagesOf, mergeEntries, searchIndexOff, shardList } from '../../../src/integrations/search-index.ts';
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
    expect(JSON.parse(shardList([{ en: 2, 'zh-cn': 2 }, { 'zh-cn': 1 }, { en: 1, 'zh-cn': 1 }, {}]))).toEqual({ en: ['shard-2/'], 'zh-cn': ['shard-1/', 'shard-2/'] });
    expect(shardList([{ 'zh-cn': 3, en: 3 }])).toBe('{"en":[],"zh-cn":[]}\n');
  });
});

describe('dealShards', () => {
  it('deals each edition card by card into as many shards as the larger edition needs', () => {
    expect(dealShards([['a', 'b', 'c', 'd', 'e'], ['A', 'B']], 2)).toEqual([
      [['a', 'd'], ['A']],
      [['b', 'e'], ['B']],
      [['c'], []],
    ]);
    expect(dealShards([['a', 'b'], ['A']], 4000)).toEqual([[['a', 'b'], ['A']]]);
    expect(dealShards([[]], 10)).toEqual([[[]]]);
  });
  it('never puts more than the limit in a shard, and loses no page', () => {
    const pages = Array.from({ length: 1001 }, (_, i) => `p${i}`);
    const shards = dealShards([pages, pages.slice(0, 10)], 100);
    expect(shards).toHaveLength(11);
    expect(Math.max(...shards.flatMap((s) => s.map((e) => e.length)))).toBeLessThanOrEqual(100);
    expect(shards.flatMap((s) => s[0] ?? []).sort()).toEqual([...pages].sort());
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

  it('cuts a site into shards of at most the given pages, the first with the script, the others listed in shards.json', async () => {
    const parks = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`parks/p${i}/index.html`, page('zh-CN', `<h1>园区${i}</h1><p>污水处理厂</p>`)]));
    const root = site({ ...HOMES, ...parks });
    const summary = await indexSite(root, 2);
    expect(summary.shards).toBe(3);
    expect(summary.languages).toEqual({ en: 1, 'zh-cn': 6 });
    const bundle = join(root, 'pagefind');
    expect(JSON.parse(readFileSync(join(bundle, SHARDS_FILE), 'utf8'))).toEqual({ en: [], 'zh-cn': ['shard-1/', 'shard-2/'] });
    const counts = ['', 'shard-1/', 'shard-2/'].map((d) => languagesOf(readFileSync(join(bundle, d, 'pagefind-entry.json'), 'utf8')));
    expect(counts).toEqual([{ en: 1, 'zh-cn': 2 }, { 'zh-cn': 2 }, { 'zh-cn': 2 }]);
    for (const d of ['shard-1', 'shard-2']) {
      const files = filesUnder(join(bundle, d));
      expect(files.filter((f) => /^(pagefind\.js|pagefind-worker\.js|wasm\.)/.test(f))).toEqual([]);
      expect(files.some((f) => f.startsWith('fragment/'))).toBe(true);
    }
    expect(readdirSync(root).filter((f) => f.startsWith('.search-shard'))).toEqual([]);
    // Indexed again in one shard, the folders of the earlier shards are gone.
    expect((await indexSite(root, 10)).shards).toBe(1);
    expect(readdirSync(bundle).filter((f) => f.startsWith('shard-'))).toEqual([]);
  }, 60_000);

  it('fails the build when nothing could be indexed', async () => {
    const empty = site({ 'index.html': '<!doctype html><html lang="zh-CN"><body><main data-pagefind-body></main></body></html>' });
    await expect(indexSite(empty)).rejects.toThrow(/no page .* was indexed/);
    await expect(indexSite(join(empty, 'nothing-here'))).rejects.toThrow();
  }, 30_000);
});
