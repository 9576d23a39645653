import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/lib/csp.ts';
import { deferModuleScripts, ISLAND_LOADER, ISLAND_LOADER_HASH, moduleScriptsOf } from '../../../src/lib/deferred-scripts.ts';

const page = '<html><head><title>t</title><script type="module" src="/_astro/a.js"></script><script type="module" src="/_astro/b.js"></script></head><body><p>x</p><script type="module" src="/_astro/a.js"></script></body></html>';

describe('deferModuleScripts', () => {
  it('moves every module script, once each and in order, into one loader just before </body>', () => {
    const out = deferModuleScripts(page);
    expect(out).not.toMatch(/<script type="module"/);
    expect(out).toContain(`<p>x</p><script data-modules="/_astro/a.js /_astro/b.js">${ISLAND_LOADER}</script></body>`);
    expect(out.startsWith('<html><head><title>t</title></head>')).toBe(true);
  });

  it('leaves pages without module scripts (and fragments without </body>) as they are', () => {
    const plain = '<html><head></head><body><p>no js</p></body></html>';
    expect(deferModuleScripts(plain)).toBe(plain);
    const fragment = '<script type="module" src="/a.js"></script><p>x</p>';
    expect(deferModuleScripts(fragment)).toBe(fragment);
  });

  it('moduleScriptsOf lists the modules before and after deferral alike', () => {
    expect(moduleScriptsOf(page)).toEqual(['/_astro/a.js', '/_astro/b.js', '/_astro/a.js']);
    expect(moduleScriptsOf(deferModuleScripts(page))).toEqual(['/_astro/a.js', '/_astro/b.js']);
  });
});

describe('the island loader', () => {
  it('is allowed by the page CSP through its own hash', () => {
    const hash = `'sha256-${createHash('sha256').update(ISLAND_LOADER).digest('base64')}'`;
    expect(ISLAND_LOADER_HASH).toBe(hash);
    expect(CONTENT_SECURITY_POLICY).toMatch(new RegExp(`script-src 'self' ${hash.replace(/[+/=]/g, '\\$&')}`));
  });

  it('appends each module as <script type="module"> once, after a frame or on the fallback timer, and marks the page ready when all have run', () => {
    type FakeScript = { type: string; src: string; onload?: () => void; onerror?: () => void };
    const appended: FakeScript[] = [];
    const timers: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const marks: [string, string][] = [];
    const currentScript = { getAttribute: (n: string) => (n === 'data-modules' ? '/a.js /b.js' : null) };
    const document = {
      currentScript,
      createElement: (): FakeScript => ({ type: '', src: '' }),
      head: { appendChild: (e: FakeScript) => appended.push(e) },
      documentElement: { setAttribute: (k: string, v: string) => marks.push([k, v]) },
    };
    const run = new Function('document', 'requestAnimationFrame', 'setTimeout', ISLAND_LOADER);
    run(document, (f: () => void) => frames.push(f), (f: () => void) => timers.push(f));
    expect(appended).toEqual([]); // nothing before the first frame
    expect(frames).toHaveLength(1);
    frames[0]?.(); // the frame paints; the load is queued as a task after it
    for (const t of [...timers]) t(); // the after-frame task and the fallback timer both fire
    expect(appended.map((e) => [e.type, e.src])).toEqual([['module', '/a.js'], ['module', '/b.js']]);
    appended[0]?.onload?.();
    expect(marks).toEqual([]);
    appended[1]?.onerror?.();
    expect(marks).toEqual([['data-islands', 'ready']]);
  });
});
