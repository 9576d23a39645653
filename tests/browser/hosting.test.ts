/**
 * Any static server, any sub-path: the site is built under /yuanqu/, served by Python's plain
 * http.server, crawled (zero broken links or assets), and loaded in Chromium with no request
 * leaving the origin. Social cards, QR codes and the embed snippet are checked on that build.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsQR from 'jsqr';
import { parseHTML } from 'linkedom';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../../src/node/chromium.ts';
import { buildSite } from '../data/build-site.ts';
import { decodeQrDataUrl } from '../fixtures/qr-decode.ts';

const BASE = '/yuanqu/';
const port = 5200 + Math.floor(Math.random() * 700);
const origin = `http://127.0.0.1:${port}`;
const root = mkdtempSync(join(tmpdir(), 'yuanqu-host-'));
const out = join(root, 'yuanqu');
let server: ChildProcess;
let browser: Browser;
const pages = new Map<string, string>();


async function waitForServer(): Promise<void> {
  for (let i = 0; i < 100; i++) {
    try {
      // Every body is read to its end: python's http.server closes the socket after each
      // response, and undici asserts if that close arrives while an unread body holds its parser paused.
      const res = await fetch(`${origin}${BASE}`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('python3 http.server did not start');
}

/** Every internal URL a page refers to: links, assets, images, its card; with its fragment, if any. */
function refsOf(html: string, pageUrl: string): string[] {
  const { document } = parseHTML(html);
  const urls = [
    ...[...document.querySelectorAll('a[href], link[href]')].map((e) => e.getAttribute('href') ?? ''),
    ...[...document.querySelectorAll('script[src], img[src], iframe[src]')].map((e) => e.getAttribute('src') ?? ''),
    ...[...document.querySelectorAll('meta[property="og:image"], meta[name="twitter:image"]')].map((e) => e.getAttribute('content') ?? ''),
    ...[...document.querySelectorAll('[data-href]')].map((e) => e.getAttribute('data-href') ?? ''),
    // A map's <use> elements draw shapes from a shared file (map/counties.svg#pm-p4301).
    ...[...document.querySelectorAll('use[href]')].map((e) => e.getAttribute('href') ?? ''),
  ];
  return urls.filter((u) => u && !u.startsWith('mailto:')).map((u) => new URL(u, pageUrl).href);
}

/** The ids of a page's (or an SVG file's) elements. */
const idsIn = (text: string): Set<string> => new Set([...text.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? ''));

beforeAll(async () => {
  mkdirSync(out, { recursive: true });
  buildSite(out, { BASE_PATH: BASE, SITE_ORIGIN: origin });
  server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', root], { stdio: 'ignore' });
  await waitForServer();
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe(`built under ${BASE} and served by python3 -m http.server`, () => {
  it('crawls every page from the home page with zero broken links, assets or fragments', async () => {
    const queue = [`${origin}${BASE}`];
    const seen = new Set(queue);
    const broken: string[] = [];
    const foreignLinks: string[] = [];
    /** The ids of every page and SVG file crawled, and every link with a fragment (from → to). */
    const ids = new Map<string, Set<string>>();
    const fragments: [string, string][] = [];
    while (queue.length > 0) {
      const url = queue.shift() as string;
      const res = await fetch(url);
      if (!res.ok) {
        await res.arrayBuffer();
        broken.push(`${res.status} ${url}`);
        continue;
      }
      const type = res.headers.get('content-type') ?? '';
      if (type.includes('image/svg+xml')) ids.set(url, idsIn(await res.text()));
      if (!type.includes('text/html')) {
        if (!res.bodyUsed) await res.arrayBuffer();
        continue;
      }
      const html = await res.text();
      pages.set(url, html);
      ids.set(url, idsIn(html));
      for (const full of refsOf(html, url)) {
        const [ref = '', fragment] = full.split('#');
        if (fragment !== undefined && fragment !== '') fragments.push([url, full]);
        if (!ref.startsWith(origin)) {
          foreignLinks.push(`${url} → ${ref}`);
          continue;
        }
        if (!ref.startsWith(`${origin}${BASE}`)) broken.push(`outside the base: ${url} → ${ref}`);
        else if (!seen.has(ref)) {
          seen.add(ref);
          queue.push(ref);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(foreignLinks).toEqual([]);
    expect(pages.size).toBeGreaterThan(30);
    // Every fragment names an element of the page or file it points into (a row, a sentence, a chart, a map shape).
    expect(fragments.filter(([, to]) => /#q-/.test(to)).length).toBeGreaterThan(0);
    expect(fragments.filter(([, to]) => /#r-/.test(to)).length).toBeGreaterThan(0);
    const missing = fragments.filter(([, to]) => {
      const [target = '', id = ''] = to.split('#');
      return !ids.get(target)?.has(decodeURIComponent(id));
    });
    expect(missing.map(([from, to]) => `${from} → ${to}`)).toEqual([]);
    console.log(`crawl: ${pages.size} pages, ${seen.size} URLs, ${fragments.length} links with a fragment, ${broken.length} broken, ${missing.length} missing fragments`);
    const sitemap = await (await fetch(`${origin}${BASE}sitemap.xml`)).text();
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
    expect(locs.length).toBeGreaterThan(20);
    for (const loc of locs) expect(seen.has(loc ?? ''), loc).toBe(true);
    expect(await (await fetch(`${origin}${BASE}robots.txt`)).text()).toContain(`Sitemap: ${origin}${BASE}sitemap.xml`);
  }, 120_000);

  it('the data package, the JSON API and the feeds work under the sub-path', async () => {
    expect(pages.size).toBeGreaterThan(30);
    const get = async (path: string) => {
      const res = await fetch(`${origin}${BASE}${path}`);
      expect(res.status, path).toBe(200);
      return new Uint8Array(await res.arrayBuffer());
    };
    const pkg = JSON.parse(new TextDecoder().decode(await get('data/datapackage.json'))) as { resources: { name: string; path: string; schema: { fields: { name: string }[] } }[] };
    // text() would drop the BOM, so the bytes are read: the resources start with the header (its
    // first field as the schema names it), the Excel downloads beside the descriptor with a UTF-8
    // BOM, then the header.
    for (const r of pkg.resources) {
      const head = `${r.schema.fields[0]?.name ?? '?'},`;
      const bytes = Buffer.from(await get(`data/${r.path}`));
      expect(bytes.subarray(0, head.length).toString('utf8'), r.path).toBe(head);
      const excel = Buffer.from(await get(`data/${r.name}.csv`));
      expect(excel.subarray(0, 3 + head.length).toString('latin1'), r.name).toBe(`\xEF\xBB\xBF${head}`);
    }
    const json = async (path: string) => JSON.parse(new TextDecoder().decode(await get(path)));
    const list = (await json('api/parks.json')) as { parks: { json_url: string }[] };
    const park = (await json((list.parks[0]?.json_url ?? '').slice(BASE.length))) as { feed_url: string; investments: { source_url: string; row_url: string }[] };
    for (const f of park.investments) for (const url of [f.source_url, f.row_url]) expect(pages.has(`${origin}${url.split('#')[0]}`), url).toBe(true);
    const feed = new TextDecoder().decode(await get(park.feed_url.slice(BASE.length)));
    const links = [...feed.matchAll(/href="([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(links.length).toBeGreaterThan(2);
    for (const l of links) expect(pages.has(l.split('#')[0] ?? '') || l.endsWith('feed.xml'), l).toBe(true);
  });

  it('every page has an og:image that exists and is 1200×630, and a title and description', async () => {
    expect(pages.size).toBeGreaterThan(30);
    const checked = new Set<string>();
    for (const [url, html] of pages) {
      const { document } = parseHTML(html);
      const og = document.querySelector('meta[property="og:image"]')?.getAttribute('content') ?? '';
      expect(og, url).toMatch(new RegExp(`^${origin}${BASE}og/.+\\.png$`));
      expect(document.querySelector('title')?.textContent?.length ?? 0, url).toBeGreaterThan(3);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content')?.length ?? 0, url).toBeGreaterThan(5);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(url.split('?')[0]);
      if (checked.has(og)) continue;
      checked.add(og);
      const png = Buffer.from(await (await fetch(og)).arrayBuffer());
      expect(png.subarray(1, 4).toString('latin1'), og).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], og).toEqual([1200, 630]);
    }
  });

  it('the QR code on a page decodes to its canonical URL', () => {
    for (const path of ['', 'parks/shuangpai/', 'sources/junshan-2024/']) {
      const url = `${origin}${BASE}${path}`;
      const html = pages.get(url) ?? '';
      const src = /<svg[^>]*class="qr"[^>]*><image href="(data:image\/png;base64,[^"]+)"/.exec(html)?.[1] ?? '';
      expect(src, url).not.toBe('');
      expect(decodeQrDataUrl(src), url).toBe(url);
    }
  });

  it('the QR code as Chromium draws it on a phone decodes to the page\'s URL, its modules sharp', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    const url = `${origin}${BASE}parks/shuangpai/`;
    await page.goto(url);
    await page.locator('.share summary').click();
    const shot = PNG.sync.read(await page.locator('.share-qr .qr').screenshot());
    expect(shot.width).toBe(296); // 148 CSS px at 2 device pixels each
    const code = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
    expect(code?.data).toBe(url);
    // Sharp: scaled without smoothing, (almost) every pixel is black or white.
    let grey = 0;
    for (let i = 0; i < shot.data.length; i += 4) if ((shot.data[i] ?? 0) > 20 && (shot.data[i] ?? 0) < 235) grey++;
    expect(grey / (shot.width * shot.height)).toBeLessThan(0.01);
    await context.close();
  });

  it('in Chromium, page types load with no request leaving the origin and nothing failing', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const failed: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
    for (const path of ['', 'parks/linxiang/', 'sources/xx-health-food/', 'indicators/industrial_output/', 'compare/?i=tax_revenue', 'investments/', 'data/', 'map/']) {
      await page.goto(`${origin}${BASE}${path}`, { waitUntil: 'networkidle' });
      await page.locator('h1').first().waitFor();
    }
    expect(foreign).toEqual([]);
    expect(failed).toEqual([]);
    const notFound = await page.goto(`${origin}${BASE}no/such/page/`);
    expect(notFound?.status()).toBe(404);
    await context.close();
  });

  it('an embed snippet pasted into a plain HTML file renders the chart and sizes itself', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    // Copy the snippet the way a reader does: the textarea's value on the chart's page.
    await page.goto(`${origin}${BASE}parks/linxiang/`);
    const snippet = await page.locator('.chart-embed textarea').first().inputValue();
    expect(snippet).toMatch(new RegExp(`^<iframe src="${origin}${BASE}embed/chart/`));
    writeFileSync(join(root, 'host.html'), `<!doctype html><html><head><meta charset="utf-8"><title>host</title></head><body><h1>Someone else's page</h1>${snippet}</body></html>`);
    await page.goto(`${origin}/host.html`, { waitUntil: 'networkidle' });
    const frame = page.frameLocator('iframe[data-yuanqu-embed]');
    await frame.locator('.chart-svg svg[role="img"]').first().waitFor();
    await expect.poll(async () => page.locator('iframe[data-yuanqu-embed]').evaluate((f) => (f as HTMLIFrameElement).style.height)).toMatch(/^\d+px$/);
    const h = await page.locator('iframe[data-yuanqu-embed]').evaluate((f) => parseInt((f as HTMLIFrameElement).style.height, 10));
    expect(h).toBeGreaterThan(200);
    expect(await frame.locator('nav').count()).toBe(0);
    await context.close();
  });

  it('downloads: chart CSV is UTF-8 with BOM; SVG stands alone; the PNG button saves a PNG', async () => {
    const csv = Buffer.from(await (await fetch(`${origin}${BASE}downloads/invest-linxiang.csv`)).arrayBuffer());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('工业大道');
    const svg = await (await fetch(`${origin}${BASE}downloads/invest-linxiang.svg`)).text();
    expect(svg).toMatch(/^<\?xml[\s\S]*<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain('临湘');
    // The PNG is drawn in the reader's browser from that SVG.
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${origin}${BASE}parks/linxiang/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('chart-figure#invest-linxiang a[data-png]').click()]);
    const file = await download.path();
    const png = readFileSync(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
    await context.close();
    const dataPage = readFileSync(join(out, 'data', 'index.html'), 'utf8');
    expect(dataPage).toContain(`${BASE}data/indicators.csv`);
  });
});
