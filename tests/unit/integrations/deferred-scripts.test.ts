import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src/integrations/csp.ts';
import { deferModuleScripts, ISLAND_LOADER, ISLAND_LOADER_HASH, moduleScriptsOf } from '../../../src/integrations/deferred-scripts.ts';

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

  type FakeScript = { type: string; src: string; onload?: () => void; onerror?: () => void };
  /** Runs the loader against a fake page; `paint` is the PerformanceObserver it gets (undefined: none). */
  function loaderOn(paint: unknown) {
    const appended: FakeScript[] = [];
    const timers: (() => void)[] = [];
    const frames: (() => void)[] = [];
    const marks: [string, string][] = [];
    const document = {
      currentScript: { getAttribute: (n: string) => (n === 'data-modules' ? '/a.js /b.js' : null) },
      createElement: (): FakeScript => ({ type: '', src: '' }),
      head: { appendChild: (e: FakeScript) => appended.push(e) },
      documentElement: { setAttribute: (k: string, v: string) => marks.push([k, v]) },
    };
    new Function('document', 'requestAnimationFrame', 'setTimeout', 'PerformanceObserver', ISLAND_LOADER)(
      document, (f: () => void) => frames.push(f), (f: () => void) => timers.push(f), paint);
    return { appended, timers, frames, marks };
  }

  it('waits for the first contentful paint, then appends each module once and marks the page ready when all have run', () => {
    let observer: ((list: { getEntriesByName: (n: string) => unknown[] }) => void) | undefined;
    const observed: unknown[] = [];
    class FakeObserver {
      constructor(cb: typeof observer) { observer = cb; }
      observe(o: unknown) { observed.push(o); }
    }
    const page = loaderOn(FakeObserver);
    expect(observed).toEqual([{ type: 'paint', buffered: true }]);
    observer?.({ getEntriesByName: () => [] }); // first-paint only: no content yet
    expect(page.timers).toHaveLength(1); // just the fallback
    observer?.({ getEntriesByName: (n) => (n === 'first-contentful-paint' ? [{}] : []) });
    expect(page.appended).toEqual([]); // queued as a task after the paint
    for (const t of [...page.timers]) t(); // that task and the fallback timer both fire
    expect(page.appended.map((e) => [e.type, e.src])).toEqual([['module', '/a.js'], ['module', '/b.js']]);
    page.appended[0]?.onload?.();
    expect(page.marks).toEqual([]);
    page.appended[1]?.onerror?.();
    expect(page.marks).toEqual([['data-islands', 'ready']]);
  });

  it('without paint timing, loads after the next frame', () => {
    const page = loaderOn(undefined);
    expect(page.frames).toHaveLength(1);
    page.frames[0]?.();
    page.timers[page.timers.length - 1]?.();
    expect(page.appended.map((e) => e.src)).toEqual(['/a.js', '/b.js']);
  });
});
