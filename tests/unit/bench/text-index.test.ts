import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { fragmentFolders, fragmentRecord, indexText, parseTextIndexLine, recordsByLanguage, textIndexLine } from '../../../src/bench/text-index.ts';
import { indexSite } from '../../../src/integrations/search-index.ts';
import { filesUnder } from '../../data/build-site.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>
<header><nav>首页 Home</nav></header><main data-pagefind-body>${body}<div class="share" data-pagefind-ignore="all">扫码打开</div></main></body></html>`;

function site(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'text-index-unit-'));
  dirs.push(root);
  for (const [path, html] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), html);
  }
  return root;
}

const fragment = (json: object) => gzipSync(`pagefind_dcd${JSON.stringify(json)}`);

describe('fragmentRecord', () => {
  it('reads a fragment back as a record in its file’s language, without the zero-width spaces of segmentation', () => {
    const r = fragmentRecord('zh-cn_0a1b2c3.pf_fragment', fragment({ url: '/sources/a/', content: '北控\u200b污水厂\u200b提质\u200b改造', word_count: 4, meta: { title: '临湘' } }));
    expect(r).toEqual({ url: '/sources/a/', content: '北控污水厂提质改造', language: 'zh-cn', meta: { title: '临湘' } });
    expect(fragmentRecord('en_ff.pf_fragment', fragment({ url: '/en/', content: 'Water' })).meta).toEqual({});
  });
  it('refuses what is not a fragment', () => {
    expect(() => fragmentRecord('pagefind-entry.json', fragment({ url: '/', content: '' }))).toThrow(/not a Pagefind fragment/);
    expect(() => fragmentRecord('en_ff.pf_fragment', gzipSync('{"url":"/"}'))).toThrow(/signature/);
    expect(() => fragmentRecord('en_ff.pf_fragment', fragment({ url: '/' }))).toThrow(/without url or content/);
  });
});

describe('indexText', () => {
  it('indexes again, shard by shard, the text of every page the site’s index holds', async () => {
    const parks = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`parks/p${i}/index.html`, page('zh-CN', `<h1>园区${i}</h1><p>污水处理厂提质改造</p>`)]));
    const root = site({ 'index.html': page('zh-CN', '<h1>临湘高新区</h1>'), 'en/index.html': page('en', '<h1>Linxiang</h1><p>Water</p>'), ...parks });
    await indexSite(root, 2);
    const bundle = join(root, 'pagefind');
    expect(fragmentFolders(bundle).map((f) => f.slice(bundle.length))).toEqual(['/fragment', '/shard-1/fragment']);
    const first = recordsByLanguage(join(bundle, 'fragment'));
    expect([...first.keys()].sort()).toEqual(['en', 'zh-cn']);
    const texts = fragmentFolders(bundle).flatMap((f) => [...recordsByLanguage(f).values()].flat().map((r) => r.content));
    expect(texts.some((t) => t.includes('污水处理厂提质改造'))).toBe(true);
    // What the page left out of its index (the share panel) is not in the text either.
    expect(texts.join(' ')).not.toContain('扫码');
    const before = filesUnder(bundle);
    const r = await indexText(bundle);
    expect(r.languages).toEqual({ en: 1, 'zh-cn': 4 });
    expect(r.chars).toBe(texts.join('').length);
    expect(r.indexMs).toBeGreaterThan(0);
    // Nothing is written: the site's own bundle is as indexSite left it.
    expect(filesUnder(bundle)).toEqual(before);
    expect(readFileSync(join(bundle, 'shards.json'), 'utf8')).toBe('{"en":[],"zh-cn":["shard-1/"]}\n');
  }, 30_000);
});

describe('the text index line', () => {
  it('is read back by bench:build as the CLI prints it', () => {
    const line = textIndexLine({ languages: { en: 2772, 'zh-cn': 2772 }, chars: 17824885, readMs: 1927, indexMs: 24930 });
    expect(line).toBe('indexed the text of 2772 en, 2772 zh-cn pages (17824885 characters) in 24930 ms; fragments read in 1927 ms');
    expect(parseTextIndexLine(line)).toEqual({ indexMs: 24930, chars: 17824885 });
    expect(parseTextIndexLine('indexed 2772 en, 2772 zh-cn pages of /tmp/x → pagefind/ (1 shard, 5973 files, 24164 KB) in 26048 ms')).toBeNull();
    expect(parseTextIndexLine('')).toBeNull();
  });
});
