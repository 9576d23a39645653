import { describe, expect, it } from 'vitest';
import { routes, withBase } from '../../../src/lib/paths.ts';
import { resolveRequest } from '../../../src/node/static-server.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('withBase', () => {
  it.each([
    ['/', routes.park('linxiang'), '/parks/linxiang/'],
    ['/yuanqu/', routes.park('linxiang'), '/yuanqu/parks/linxiang/'],
    ['/yuanqu', routes.home(), '/yuanqu/'],
    ['/a/b/', routes.quote('d', 'r1'), '/a/b/sources/d/#q-r1'],
  ])('%s + %s → %s', (base, path, expected) => {
    expect(withBase(base, path)).toBe(expected);
  });
});

describe('resolveRequest', () => {
  const root = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(root, 'parks/x'), { recursive: true });
  writeFileSync(join(root, 'parks/x/index.html'), 'x');
  writeFileSync(join(root, 'index.html'), 'home');
  it('serves files and directory indexes under the base only', () => {
    expect(resolveRequest(root, '/sub/', '/sub/parks/x/')?.file).toBe(join(root, 'parks/x/index.html'));
    expect(resolveRequest(root, '/sub/', '/sub/')?.file).toBe(join(root, 'index.html'));
    expect(resolveRequest(root, '/sub/', '/parks/x/')).toBeNull();
    expect(resolveRequest(root, '/sub/', '/sub/parks/x')?.status).toBe(301);
  });
  it('never leaves the root', () => {
    expect(resolveRequest(root, '/', '/../../etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveRequest(root, '/', '/%E0%A4%A')).toBeNull();
  });
});

import { editionOf, localized, twinPath } from '../../../src/lib/paths.ts';
describe('editions', () => {
  it.each([
    ['zh-CN', 'parks/linxiang/', 'parks/linxiang/'],
    ['en', 'parks/linxiang/', 'en/parks/linxiang/'],
    ['en', '', 'en/'],
  ] as const)('%s %s → %s', (locale, path, expected) => expect(localized(locale, path)).toBe(expected));
  it('maps every page to its twin and back', () => {
    for (const p of ['', 'parks/', 'sources/junshan-2024/', 'compare/']) {
      expect(twinPath(twinPath(p))).toBe(p);
      expect(editionOf(twinPath(p))).toEqual({ locale: 'en', path: p });
    }
    expect(editionOf('en/')).toEqual({ locale: 'en', path: '' });
  });
});

import { startStaticServer } from '../../../src/node/static-server.ts';
describe('startStaticServer', () => {
  it('serves under the base, gzips text only when asked, and answers 404 with the 404 page', async () => {
    const root = mkdtempSync(join(tmpdir(), 'srv-'));
    writeFileSync(join(root, 'index.html'), '<p>home</p>'.repeat(50));
    writeFileSync(join(root, '404.html'), 'missing');
    for (const gzip of [false, true]) {
      // A fresh port each time: the client's pooled keep-alive socket belongs to the old server.
      const port = 4700 + Math.floor(Math.random() * 200) + (gzip ? 200 : 0);
      const server = await startStaticServer(root, '/sub/', port, '127.0.0.1', { gzip });
      const res = await fetch(`http://127.0.0.1:${port}/sub/`, { headers: { 'accept-encoding': 'gzip' } });
      expect(res.headers.get('content-encoding')).toBe(gzip ? 'gzip' : null);
      expect(await res.text()).toContain('<p>home</p>');
      const missing = await fetch(`http://127.0.0.1:${port}/sub/nope/`);
      expect([missing.status, await missing.text()]).toEqual([404, 'missing']);
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});
