/**
 * The Pagefind indexing step on a tiny site: one index per <html lang>, Chinese split into words,
 * only data-pagefind-body content, no 404 page, no Pagefind UI bundles.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite, isUnusedBundleFile, languagesOf, pageGlob, searchIndexOff } from '../../../src/lib/pagefind-integration.ts';

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

describe('pageGlob', () => {
  it('names the folders of both editions but their embeds', () => {
    expect(pageGlob(['_astro', 'embed', 'en', 'og', 'pagefind', 'parks', 'sources'], ['embed', 'parks'])).toBe(
      '{index.html,og/**/*.html,parks/**/*.html,sources/**/*.html,en/*.html,en/parks/**/*.html}',
    );
    expect(pageGlob([], [])).toBe('{index.html}');
  });
});

describe('indexSite', () => {
  it('writes one index per language, skips pages without data-pagefind-body and the root 404 page', async () => {
    const root = site({
      'index.html': page('zh-CN', '<h1>临湘高新区</h1><p>北控污水厂提质改造项目</p>'),
      'parks/shuangpai/index.html': page('zh-CN', '<h1>双牌</h1><table><tr id="r-p01"><td>德普瑞虎杖提取</td></tr></table>'),
      'en/index.html': page('en', '<h1>Linxiang</h1><p>Water &amp; sewage</p>'),
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

  it('fails the build when nothing could be indexed', async () => {
    const empty = site({ 'index.html': '<!doctype html><html lang="zh-CN"><body><main data-pagefind-body></main></body></html>' });
    await expect(indexSite(empty)).rejects.toThrow(/no page .* was indexed/);
    await expect(indexSite(join(empty, 'nothing-here'))).rejects.toThrow();
  }, 30_000);
});
