/**
 * The Pagefind indexing step on a tiny site: one index per <html lang>, Chinese split into words,
 * only data-pagefind-body content, no 404 page, no Pagefind UI bundles.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { close, createIndex } from 'pagefind';
import { EXCLUDE_SELECTORS, editionGlobs, indexSite, isUnusedBundleFile, languagesOf, mergeEntries, searchIndexOff } from '../../../src/integrations/search-index.ts';
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

describe('editionGlobs', () => {
  it('names the folders of each edition but their embeds, Chinese first', () => {
    expect(editionGlobs(['_astro', 'embed', 'en', 'og', 'pagefind', 'parks', 'sources'], ['embed', 'parks'])).toEqual([
      '{index.html,og/**/*.html,parks/**/*.html,sources/**/*.html}',
      '{en/*.html,en/parks/**/*.html}',
    ]);
    expect(editionGlobs([], [])).toEqual(['{index.html}']);
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
      await index.addDirectory({ path: root, glob: `{${editionGlobs(['en', 'sources'], ['sources']).map((g) => g.slice(1, -1)).join(',')}}` });
      for (const f of (await index.getFiles()).files) {
        if (isUnusedBundleFile(f.path)) continue;
        mkdirSync(dirname(join(once, f.path)), { recursive: true });
        writeFileSync(join(once, f.path), f.content);
      }
    } finally {
      await close();
    }
    const ours = join(root, 'pagefind');
    expect(filesUnder(ours)).toEqual(filesUnder(once));
    for (const f of filesUnder(once)) expect(readFileSync(join(ours, f)).equals(readFileSync(join(once, f))), f).toBe(true);
    expect(languagesOf(readFileSync(join(ours, 'pagefind-entry.json'), 'utf8'))).toEqual({ en: 2, 'zh-cn': 2 });
  }, 30_000);

  it('fails the build when nothing could be indexed', async () => {
    const empty = site({ 'index.html': '<!doctype html><html lang="zh-CN"><body><main data-pagefind-body></main></body></html>' });
    await expect(indexSite(empty)).rejects.toThrow(/no page .* was indexed/);
    await expect(indexSite(join(empty, 'nothing-here'))).rejects.toThrow();
  }, 30_000);
});
