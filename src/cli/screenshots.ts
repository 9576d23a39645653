/**
 * `npm run screenshots -- [path …] [--out DIR] [--dark] [--viewport] [--selector CSS] [--widths 360,390,1280]`:
 * serves dist/ and saves PNGs of each path at each width (default 390 px and 1280 px): full page,
 * first screen, or each element matching the selector, to look at what a reader sees.
 */
import { mkdirSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../node/chromium.ts';
import { startStaticServer } from '../node/static-server.ts';

const { values, positionals } = parseArgs({
  options: { out: { type: 'string' }, dark: { type: 'boolean' }, selector: { type: 'string' }, viewport: { type: 'boolean' }, widths: { type: 'string' } },
  allowPositionals: true,
});
const out = resolve(values.out ?? '/tmp/shots');
const dark = values.dark ?? false;
const selector = values.selector;
const paths = positionals;
const targets = paths.length > 0 ? paths : ['', 'parks/linxiang/', 'sources/junshan-2024/'];
mkdirSync(out, { recursive: true });
const port = 4500 + Math.floor(Math.random() * 400);
const server = await startStaticServer(resolve('dist'), '/', port);
const browser = await launchChromium();
try {
  for (const width of (values.widths ?? '390,1280').split(',').map(Number)) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1, colorScheme: dark ? 'dark' : 'light' });
    const page = await context.newPage();
    for (const p of targets) {
      await page.goto(`http://127.0.0.1:${port}/${p}`, { waitUntil: 'networkidle' });
      const name = `${(p.replace(/[/#?=&]+/g, '_').replace(/^_|_$/g, '') || 'home')}-${width}${dark ? '-dark' : ''}.png`;
      if (selector) {
        // One PNG per matching element (e.g. --selector .chart), to look at charts up close.
        const els = await page.locator(selector).all();
        for (const [i, el] of els.entries()) {
          if (!(await el.isVisible())) continue;
          const file = join(out, name.replace(/\.png$/, `-${i}.png`));
          await el.screenshot({ path: file });
          console.log(file);
        }
        continue;
      }
      await page.screenshot({ path: join(out, name), fullPage: !values.viewport });
      console.log(join(out, name));
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
