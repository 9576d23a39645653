/**
 * Site search (Pagefind, indexed after the build by src/integrations/search-index.ts; box and
 * island in SearchBox.astro / src/islands/search.ts), in Chromium against the built dist/ and
 * against a build under /yuanqu/: Chinese queries find the right pages and open the figure's row
 * or the quoted sentence, English pages search the English index, everything works from the
 * keyboard, and Pagefind loads nothing until the box is used; and, on 250 synthetic parks, an
 * index cut into shards finds the same pages as one index.
 */
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNational } from '../../src/cli/gen-national.ts';
import { dealShards, editionFiles, indexSite } from '../../src/integrations/search-index.ts';
import { buildSite, filesUnder } from '../data/build-site.ts';
import { islandsReady, openSite, watchedPage, type Site, type Watched } from './harness.ts';

const ISLAND_BUDGET = 2 * 1024;

/** Types a query, presses Enter and returns the result links' hrefs (as written: base path + page + #anchor). */
async function searchFor(page: Page, query: string): Promise<string[]> {
  // The page may have been reached by a click, not goto: its islands start after the first paint.
  await islandsReady(page);
  const input = page.locator('#site-search');
  await input.fill(query);
  await input.press('Enter');
  await page.locator('search-box ol[aria-busy="false"]').waitFor({ state: 'attached' });
  return page.locator('search-box .search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Every page URL Pagefind returns for a query, straight from its API (not only the 8 shown). */
async function allUrls(page: Page, pagefindJs: string, query: string): Promise<string[]> {
  // A string, not a function: Vitest would rewrite an import() written in this file.
  const urls: unknown = await page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(pagefindJs)});
    const found = await pf.search(${JSON.stringify(query)});
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  })()`);
  return Array.isArray(urls) ? urls.map(String) : [];
}

const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');
const activeHref = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
const pagefindRequests = (urls: string[]) => urls.filter((u) => u.includes('/pagefind/'));

function requestsOf(w: Watched): string[] {
  const urls: string[] = [];
  w.page.on('request', (r) => urls.push(r.url()));
  return urls;
}

/** The element the URL's fragment names is the :target and is on screen. */
async function targetOnScreen(page: Page): Promise<{ id: string; onScreen: boolean }> {
  return page.evaluate(() => {
    const t = document.querySelector(':target');
    const box = t?.getBoundingClientRect();
    return { id: t?.id ?? '', onScreen: !!box && box.bottom > 0 && box.top < innerHeight };
  });
}

describe('search over dist/', () => {
  let site: Site;
  beforeAll(async () => { site = await openSite(); });
  afterAll(async () => { await site?.close(); });

  it('the index exists for the Chinese pages and leaves out embeds, the 404 page, the share panel and chart furniture', async () => {
    const entry = JSON.parse(readFileSync(resolve('dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages['zh-cn']?.page_count ?? 0).toBeGreaterThan(50);
    expect(existsSync(resolve('dist/pagefind/pagefind-ui.js')), 'Pagefind UI bundles are not shipped').toBe(false);
    const w = await watchedPage(site);
    await w.page.goto(site.url(''));
    const js = site.url('pagefind/pagefind.js');
    const linxiang = await allUrls(w.page, js, '临湘');
    expect(linxiang.length).toBeGreaterThan(5);
    expect(linxiang.filter((u) => u.includes('/embed/') || u.includes('404'))).toEqual([]);
    // Pagefind falls back to partial matches, so these are words with no part anywhere else.
    expect(await allUrls(w.page, js, '扫码'), 'share panel text (手机或微信扫码打开) is not indexed').toEqual([]);
    expect(await allUrls(w.page, js, 'iframe'), 'chart embed snippets (<iframe … data-yuanqu-embed>) are not indexed').toEqual([]);
    await w.context.close();
  });

  it('Pagefind loads nothing until the box is used, and the island is < 2 KB gzip', async () => {
    const w = await watchedPage(site);
    const urls = requestsOf(w);
    await w.page.goto(site.url('parks/linxiang/'), { waitUntil: 'networkidle' });
    const html = readFileSync(resolve('dist/parks/linxiang/index.html'), 'utf8');
    expect(html).not.toMatch(/<(script|link)[^>]+pagefind\//);
    await w.page.mouse.wheel(0, 800);
    await w.page.waitForTimeout(300);
    expect(pagefindRequests(urls)).toEqual([]);

    // The island: the module that defines <search-box>, with whatever it imports statically.
    const scripts = await w.page.locator('script[type="module"][src]').evaluateAll((s) => s.map((e) => (e as HTMLScriptElement).src));
    const code = await Promise.all(scripts.map(async (u) => ({ u, text: await (await fetch(u)).text() })));
    const island = code.find((c) => /customElements\.define\(\s*["'`]search-box["'`]/.test(c.text));
    expect(island, 'a module script defines <search-box>').toBeDefined();
    const text = island?.text ?? '';
    expect([...text.matchAll(/(?:^|[;\s}])import\s*(?:[^'"()]*?from\s*)?["']([^"']+)["']/g)].map((m) => m[1]), 'the island imports nothing statically').toEqual([]);
    const size = gzipSync(text, { level: 9 }).length;
    console.log(`search island: ${size} B gzip`);
    expect(size).toBeLessThan(ISLAND_BUDGET);

    await w.page.locator('#site-search').focus();
    await expect.poll(() => pagefindRequests(urls).some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('without JavaScript there is no search field at all (no dead control); with it, the field is there before the island (no layout shift)', async () => {
    const w = await watchedPage(site, { javaScriptEnabled: false });
    await w.page.goto(site.url(''));
    expect(await w.page.locator('search-box').getAttribute('hidden')).not.toBeNull();
    expect(await w.page.locator('#site-search').isVisible()).toBe(false);
    await w.context.close();

    const js = await watchedPage(site, { width: 390 });
    await js.page.route('**/_astro/*.js', async (r) => { await new Promise((ok) => setTimeout(ok, 1500)); await r.continue(); });
    // Not waiting for DOMContentLoaded: it waits for module scripts, i.e. for the island.
    await js.page.goto(site.url('parks/'), { waitUntil: 'commit' });
    await js.page.locator('main h1').waitFor();
    await js.page.locator('#site-search').waitFor({ state: 'visible', timeout: 1000 });
    expect(await js.page.locator('search-box').getAttribute('hidden'), 'the island has not run yet').not.toBeNull();
    const before = await js.page.locator('main').evaluate((m) => m.getBoundingClientRect().top);
    await expect.poll(() => js.page.locator('search-box').getAttribute('hidden'), { timeout: 10_000 }).toBeNull();
    expect(await js.page.locator('main').evaluate((m) => m.getBoundingClientRect().top)).toBe(before);
    await js.context.close();
  });

  it('临湘, 污水 and 虎杖 on a Chinese page find the park, the sentence or row, and the project', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('sources/'));
    await expect.poll(() => w.page.locator('search-box').getAttribute('hidden')).toBeNull();

    const linxiang = await searchFor(w.page, '临湘');
    expect(linxiang.map((h) => h.split('#')[0])).toContain('/parks/linxiang/');
    expect(linxiang[0]?.split('#')[0], 'the park itself comes first').toBe('/parks/linxiang/');

    const wushui = await searchFor(w.page, '污水');
    expect(wushui.some((h) => /^\/sources\/[^/]+\/#q-/.test(h) || /^\/(parks\/[^/]+|investments)\/#r-/.test(h)), wushui.join('\n')).toBe(true);

    const huzhang = await searchFor(w.page, '虎杖');
    expect(huzhang.some((h) => /^\/(parks\/shuangpai|sources\/shuangpai-2017)\/#[rq]-shuangpai-2017-/.test(h)), huzhang.join('\n')).toBe(true);
    expect(await w.page.locator('search-box [role="status"]').textContent()).toMatch(/找到 \d+ 个页面/);

    const nothing = await searchFor(w.page, 'qzxwvk');
    expect(nothing).toEqual([]);
    expect(await w.page.locator('search-box [role="status"]').textContent()).toContain('没有找到');

    for (const href of [...linxiang, ...wushui, ...huzhang]) expect(href.startsWith('/en/'), `${href} on a Chinese page`).toBe(false);
    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });

  it('typing alone searches after a pause; a missing index says so instead of failing silently', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url('parks/'));
    await w.page.locator('#site-search').pressSequentially('临湘', { delay: 30 });
    // Pagefind's first load, its debounce and the search: more than the default second on a busy machine.
    await expect.poll(() => w.page.locator('search-box .search-results a').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await w.page.locator('search-box .search-results a').first().getAttribute('href')).toMatch(/^\/parks\/linxiang\//);
    await w.context.close();

    const broken = await watchedPage(site);
    await broken.page.route('**/pagefind/pagefind.js', (r) => r.fulfill({ status: 404, body: '' }));
    await broken.page.goto(site.url('parks/'));
    await searchFor(broken.page, '临湘');
    expect(await broken.page.locator('search-box [role="status"]').textContent()).toBe('搜索暂时不可用');
    expect(broken.errors.filter((e) => !e.includes('404')), 'no uncaught error').toEqual([]);
    await broken.context.close();
  });

  it('clicking a result opens the page at the row or sentence', async () => {
    const w = await watchedPage(site);
    await w.page.goto(site.url(''));
    for (const [query, pattern] of [['虎杖', /#[rq]-shuangpai-2017-p\d+$/], ['污水', /#[rq]-/]] as const) {
      const hrefs = await searchFor(w.page, query);
      const href = hrefs.find((h) => pattern.test(h)) ?? '';
      expect(href, hrefs.join('\n')).not.toBe('');
      await w.page.locator(`search-box .search-results a[href="${href}"]`).click();
      await w.page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
      const target = await targetOnScreen(w.page);
      expect(target.id).toBe(decodeURIComponent(href.split('#')[1] ?? ''));
      expect(target.onScreen).toBe(true);
    }
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('works from the keyboard alone: Tab to the field, Enter, Tab/↓ through results, Escape back, Enter to open', async () => {
    const w = await watchedPage(site);
    const { page } = w;
    await page.goto(site.url('parks/'));
    await expect.poll(() => page.locator('search-box').getAttribute('hidden')).toBeNull();
    for (let i = 0; i < 30 && (await activeId(page)) !== 'site-search'; i++) await page.keyboard.press('Tab');
    expect(await activeId(page)).toBe('site-search');
    expect(await page.locator('label[for="site-search"]').textContent()).toBe('搜索全站');

    await page.keyboard.type('虎杖');
    await page.keyboard.press('Enter');
    await page.locator('search-box ol[aria-busy="false"]').waitFor({ state: 'attached' });
    const links = await page.locator('search-box .search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(links.length).toBeGreaterThan(1);
    expect(await page.locator('search-box [data-panel]').isVisible()).toBe(true);

    await page.keyboard.press('Tab');
    expect(await activeHref(page)).toBe(links[0]);
    await page.keyboard.press('Tab');
    expect(await activeHref(page)).toBe(links[1]);
    await page.keyboard.press('ArrowUp');
    expect(await activeHref(page)).toBe(links[0]);
    await page.keyboard.press('ArrowUp');
    expect(await activeId(page), '↑ from the first result returns to the field').toBe('site-search');
    await page.keyboard.press('ArrowDown');
    expect(await activeHref(page)).toBe(links[0]);

    const axe = await new AxeBuilder({ page }).include('search-box').analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')}`)).toEqual([]);

    await page.keyboard.press('Escape');
    expect(await page.locator('search-box [data-panel]').isVisible(), 'Escape closes the results').toBe(false);
    expect(await activeId(page), 'and returns to the field').toBe('site-search');
    expect(await page.locator('#site-search').inputValue()).toBe('虎杖');

    await page.keyboard.press('ArrowDown');
    expect(await page.locator('search-box [data-panel]').isVisible(), '↓ reopens the results').toBe(true);
    expect(await activeHref(page)).toBe(links[0]);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Escape');
    expect(await page.locator('search-box [data-panel]').isVisible(), 'Escape in the field closes the results').toBe(false);
    expect(await page.locator('#site-search').inputValue(), 'and keeps the query').toBe('虎杖');
    await page.keyboard.press('ArrowDown');
    expect(await activeHref(page)).toBe(links[0]);
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === links[0]);
    expect((await targetOnScreen(page)).id).toBe(links[0]?.split('#')[1]);

    await islandsReady(page);
    await page.locator('#site-search').focus();
    await page.keyboard.press('Escape');
    expect(await page.locator('#site-search').inputValue(), 'Escape on a closed list clears the field').toBe('');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('an English page searches the English index: "sewage" finds English pages (the "Water & sewage" category)', async () => {
    expect(existsSync(resolve('dist/en/index.html')), 'dist/en/index.html is missing: the English edition (issue 8) is not built yet, so English search cannot be checked').toBe(true);
    const entry = JSON.parse(readFileSync(resolve('dist/pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'zh-cn']);
    const w = await watchedPage(site);
    await w.page.goto(site.url('en/'));
    expect(await w.page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => w.page.locator('search-box').getAttribute('hidden')).toBeNull();
    expect(await w.page.locator('label[for="site-search"]').textContent()).toBe('Search the site');
    const sewage = await searchFor(w.page, 'sewage');
    expect(sewage.length, 'sewage finds English pages').toBeGreaterThan(0);
    expect(sewage.filter((h) => !h.startsWith('/en/')), 'only English pages').toEqual([]);
    expect(await w.page.locator('search-box [role="status"]').textContent()).toMatch(/pages? found/);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});


describe('search under a sub-path (BASE_PATH=/yuanqu/, astro build --outDir elsewhere)', () => {
  const BASE = '/yuanqu/';
  const out = join(mkdtempSync(join(tmpdir(), 'yuanqu-search-')), 'dist');
  let site: Site;

  beforeAll(async () => {
    buildSite(out, { BASE_PATH: BASE });
    site = await openSite(out, BASE);
  }, 180_000);
  afterAll(async () => {
    await site?.close();
    rmSync(dirname(out), { recursive: true, force: true });
  });

  it('the --outDir build has its own index, loads pagefind.js under the base and links results under the base', async () => {
    expect(existsSync(join(out, 'pagefind', 'pagefind.js'))).toBe(true);
    const w = await watchedPage(site);
    const urls = requestsOf(w);
    await w.page.goto(site.url('parks/'), { waitUntil: 'networkidle' });
    expect(pagefindRequests(urls)).toEqual([]);
    const hrefs = await searchFor(w.page, '虎杖');
    expect(urls.some((u) => u === `${site.origin}${BASE}pagefind/pagefind.js`)).toBe(true);
    expect(hrefs.length).toBeGreaterThan(0);
    expect(hrefs.filter((h) => !h.startsWith(BASE))).toEqual([]);
    const href = hrefs.find((h) => /^\/yuanqu\/(parks\/shuangpai|sources\/shuangpai-2017)\/#[rq]-/.test(h)) ?? '';
    expect(href, hrefs.join('\n')).not.toBe('');
    await w.page.locator(`search-box .search-results a[href="${href}"]`).click();
    await w.page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    expect((await targetOnScreen(w.page)).id).toBe(href.split('#')[1]);
    expect(w.errors).toEqual([]);
    expect(w.failed).toEqual([]);
    expect(w.foreign).toEqual([]);
    await w.context.close();
  });
});

/**
 * Fixed queries on the 250-park synthetic site: park and county names, a project, categories in
 * both editions. Each finds tens to hundreds of pages, so the whole result set can be compared.
 */
const QUERIES: Record<'zh' | 'en', readonly string[]> = {
  zh: ['韶山', '新宁经济开发区', '珠晖', '雁峰', '精密铸造', '光伏新能源', '征地拆迁'],
  en: ['sewage', 'Synthetic park 430382-1', 'relocation', 'greening'],
};

/** Every page URL a query finds through Pagefind's API, with the shards shards.json lists for the page's language merged in, sorted. */
async function mergedUrls(page: Page, site: Site, query: string): Promise<string[]> {
  const dir = site.url('pagefind/');
  const urls: unknown = await page.evaluate(`(async () => {
    const pf = await import(${JSON.stringify(`${dir}pagefind.js`)});
    await pf.options({ baseUrl: '/' });
    // The module is loaded once per page: merge its shards once.
    if (!globalThis.shardsMerged) {
      globalThis.shardsMerged = true;
      const lang = document.documentElement.lang.toLowerCase();
      const shards = (await (await fetch(${JSON.stringify(`${dir}shards.json`)})).json())[lang] ?? [];
      for (const s of shards) await pf.mergeIndex(${JSON.stringify(dir)} + s, { baseUrl: '/' });
    }
    const found = await pf.search(${JSON.stringify(query)});
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  })()`);
  return (Array.isArray(urls) ? urls.map(String) : []).sort();
}

/** The page count the search box reports for a query (its status line). */
async function boxCount(page: Page, query: string): Promise<number> {
  await searchFor(page, query);
  return Number(/\d+/.exec((await page.locator('search-box [role="status"]').textContent()) ?? '')?.[0] ?? 0);
}

describe('search over an index cut into shards (250 synthetic parks; every shard merged at query time)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-shards-'));
  const one = join(tmp, 'one');
  const sharded = join(tmp, 'sharded');
  let sites: { one: Site; sharded: Site };
  /** Shard number of each Chinese and English page URL of the sharded site. */
  const shardOf = new Map<string, number>();
  let shards = 0;

  beforeAll(async () => {
    // SEARCH_SHARDS_SITE names a build of this site to reuse (e.g. bench:build -- --parks 250 --keep): the build is most of this test's time.
    const reuse = process.env.SEARCH_SHARDS_SITE;
    if (reuse) {
      for (const f of filesUnder(reuse).filter((x) => !x.startsWith('pagefind/'))) {
        mkdirSync(dirname(join(one, f)), { recursive: true });
        linkSync(join(reuse, f), join(one, f));
      }
    } else {
      // The Hunan fixture's county seats: the queries below name generated Hunan parks (data/geo is national).
      const { dir } = writeNational({ parks: 250, years: 10, seed: 1, dataDir: 'tests/fixtures/datasets/hunan', out: join(tmp, 'data') });
      buildSite(one, { PARKS_DATA_DIR: dir, SEARCH_INDEX: 'off' });
    }
    // The same pages, hard-linked (indexSite writes a fresh pagefind/ folder, never into a page).
    for (const f of filesUnder(one)) {
      mkdirSync(dirname(join(sharded, f)), { recursive: true });
      linkSync(join(one, f), join(sharded, f));
    }
    expect((await indexSite(one, Number.MAX_SAFE_INTEGER)).shards).toBe(1);
    const editions = editionFiles(sharded);
    const perShard = Math.ceil(Math.max(...editions.map((e) => e.length)) / 5);
    shards = (await indexSite(sharded, perShard)).shards;
    for (const [k, shard] of dealShards(editions, perShard).entries()) {
      for (const f of shard.flat()) shardOf.set(`/${f.replace(/index\.html$/, '')}`, k);
    }
    sites = { one: await openSite(one), sharded: await openSite(sharded) };
  }, 1_800_000);
  afterAll(async () => {
    await sites?.one.close();
    await sites?.sharded.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('a fixed list of Chinese and English queries finds every page one index finds (and at most 2 % more), and pages of every shard', async () => {
    expect(shards).toBe(5);
    const found = new Set<number>();
    for (const [edition, queries] of Object.entries(QUERIES)) {
      const path = edition === 'en' ? 'en/' : '';
      const [a, b] = [await watchedPage(sites.one), await watchedPage(sites.sharded)];
      await a.page.goto(sites.one.url(path));
      await b.page.goto(sites.sharded.url(path));
      for (const q of queries) {
        const before = await mergedUrls(a.page, sites.one, q);
        const after = await mergedUrls(b.page, sites.sharded, q);
        expect(before.length, `${q} finds pages`).toBeGreaterThan(0);
        expect(new Set(after).size, `${q}: no page twice`).toBe(after.length);
        expect(before.filter((u) => !after.includes(u)), `${q}: no page lost`).toEqual([]);
        // Pagefind matches word prefixes within the index chunks it loads, which differ with the index's size: a shard may add a stray page.
        const extra = after.filter((u) => !before.includes(u));
        expect(extra.length, `${q}: pages only the shards find: ${extra.join(' ')}`).toBeLessThanOrEqual(Math.ceil(before.length / 50));
        expect(before.filter((u) => u.startsWith('/en/') !== (edition === 'en')), `${q}: pages of the ${edition} edition only`).toEqual([]);
        for (const u of after) found.add(shardOf.get(u) ?? -1);
      }
      for (const w of [a, b]) {
        expect(w.errors).toEqual([]);
        expect(w.failed).toEqual([]);
        await w.context.close();
      }
    }
    expect([...found].sort(), 'every result is a page of a shard, and every shard gave results').toEqual([0, 1, 2, 3, 4]);
  }, 600_000);

  it('the search box merges the shards: it counts the pages one index counts (at most 2 % more), and opens a result of the last shard', async () => {
    const [a, b] = [await watchedPage(sites.one), await watchedPage(sites.sharded)];
    await a.page.goto(sites.one.url('parks/'));
    await b.page.goto(sites.sharded.url('parks/'));
    for (const q of QUERIES.zh) {
      const [one, sharded] = [await boxCount(a.page, q), await boxCount(b.page, q)];
      expect(sharded, q).toBeGreaterThanOrEqual(one);
      expect(sharded, q).toBeLessThanOrEqual(one + Math.ceil(one / 50));
    }
    const shardRequests = requestsOf(b);
    await b.page.reload();
    // A park page of the last shard, found by its name (its <h1>) through the box.
    const last = [...shardOf].find(([u, k]) => k === shards - 1 && /^\/parks\/[^/]+\/$/.test(u))?.[0] ?? '';
    const name = (await b.page.request.get(sites.sharded.url(last)).then((r) => r.text())).match(/<h1[^>]*>([^<]+)</)?.[1]?.trim() ?? '';
    expect(name, last).not.toBe('');
    const hrefs = await searchFor(b.page, name);
    expect(hrefs.map((h) => h.split('#')[0]), `${name}: ${hrefs.join('\n')}`).toContain(last);
    expect(shardRequests.filter((u) => /\/pagefind\/shard-\d+\//.test(u)).length, 'the shards were fetched').toBeGreaterThan(0);
    for (const w of [a, b]) {
      expect(w.errors).toEqual([]);
      expect(w.failed).toEqual([]);
      await w.context.close();
    }
  }, 600_000);
});
