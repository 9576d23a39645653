/** Serves the built dist/ and drives Debian's Chromium, recording console errors and failed or foreign requests. */
import type { Server } from 'node:http';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../src/node/chromium.ts';
import { startStaticServer } from '../../src/node/static-server.ts';

export interface Site {
  origin: string;
  base: string;
  url(path: string): string;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * The site the browser tests read: built from the Hunan fixture (tests/fixtures/datasets/hunan),
 * not from data/, so that an editor's change to data/ moves no assertion. `npm test` builds it and
 * names it in PARKS_TEST_DIST; without that variable, dist/ (a build of the same fixture by hand:
 * PARKS_DATA_DIR=tests/fixtures/datasets/hunan npm run build).
 */
export const siteDist = (): string => resolve(process.env.PARKS_TEST_DIST ?? 'dist');

export async function openSite(dist = siteDist(), base = '/'): Promise<Site> {
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run the build first (npm test does)`);
  // Chromium refuses its "unsafe" ports (ERR_UNSAFE_PORT): 5060 and 5061 (SIP) fall in this range.
  let port = 4600 + Math.floor(Math.random() * 1000);
  while (port === 5060 || port === 5061) port = 4600 + Math.floor(Math.random() * 1000);
  const server: Server = await startStaticServer(dist, base, port);
  const browser = await launchChromium();
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    base,
    url: (p) => `${origin}${base}${p.replace(/^\//, '')}`,
    browser,
    async close() {
      await browser.close();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  errors: string[];
  failed: string[];
  foreign: string[];
}

/** A new page that records console errors, page errors, failed requests and requests to other origins. */
export async function watchedPage(site: Site, options: { javaScriptEnabled?: boolean; width?: number; colorScheme?: 'light' | 'dark' } = {}): Promise<Watched> {
  const context = await site.browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  const w: Watched = { page, context, errors: [], failed: [], foreign: [] };
  page.on('console', (m) => { if (m.type() === 'error') w.errors.push(m.text()); });
  page.on('pageerror', (e) => w.errors.push(String(e)));
  page.on('requestfailed', (r) => w.failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => { if (r.status() >= 400) w.failed.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => { const u = r.url(); if (!u.startsWith(site.origin) && !u.startsWith('data:') && !u.startsWith('blob:')) w.foreign.push(u); });
  if (options.javaScriptEnabled ?? true) {
    // Islands start after the first paint (src/integrations/deferred-scripts.ts); tests act on a page once
    // they have run, unless they ask for the page as it is first committed (waitUntil: 'commit').
    const goto = page.goto.bind(page);
    const reload = page.reload.bind(page);
    page.goto = async (url, opts) => { const r = await goto(url, opts); if (opts?.waitUntil !== 'commit') await islandsReady(page); return r; };
    page.reload = async (opts) => { const r = await reload(opts); if (opts?.waitUntil !== 'commit') await islandsReady(page); return r; };
  }
  return w;
}

/** Resolves once the page's island modules have all run (pages without islands at once). */
export async function islandsReady(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('script[data-modules]') || document.documentElement.dataset.islands === 'ready', undefined, { timeout: 10_000 });
}
