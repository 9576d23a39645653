/**
 * The build's origin: a preview build without SITE_ORIGIN says where its absolute URLs point, a
 * production build refuses to run without a public origin — as functions, and as `npm run build`
 * runs them (the refusals exit before Astro starts, so these runs build nothing).
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PREVIEW_ORIGIN } from '../../../src/lib/paths.ts';
import { checkBuildOrigin, takeProductionFlag } from '../../../src/node/site-origin.ts';

const check = (env: NodeJS.ProcessEnv, production: boolean) => checkBuildOrigin(env, production, PREVIEW_ORIGIN);

describe('the origin of a build', () => {
  it('without SITE_ORIGIN: a preview build runs with the preview origin and a one-line notice naming what points there and how to set it', () => {
    const r = check({}, false);
    expect(r).toMatchObject({ ok: true, origin: PREVIEW_ORIGIN });
    const notice = r.ok ? (r.notice ?? '') : '';
    expect(notice).not.toContain('\n');
    for (const what of ['canonical links', 'social cards', 'QR codes', 'feeds', 'sitemap', PREVIEW_ORIGIN, 'SITE_ORIGIN=', '--production']) expect(notice).toContain(what);
    expect(check({ SITE_ORIGIN: '' }, false)).toMatchObject({ ok: true, origin: PREVIEW_ORIGIN });
  });

  it('with SITE_ORIGIN: no notice, in either kind of build', () => {
    expect(check({ SITE_ORIGIN: 'https://example.org' }, false)).toEqual({ ok: true, origin: 'https://example.org' });
    expect(check({ SITE_ORIGIN: 'https://example.org/' }, true)).toEqual({ ok: true, origin: 'https://example.org' });
    expect(check({ SITE_ORIGIN: 'http://example.org:8080' }, true)).toEqual({ ok: true, origin: 'http://example.org:8080' });
    // A preview build may name this machine (the tests serve their builds at 127.0.0.1).
    expect(check({ SITE_ORIGIN: 'http://127.0.0.1:5200' }, false)).toEqual({ ok: true, origin: 'http://127.0.0.1:5200' });
  });

  it.each([
    [{}, /needs SITE_ORIGIN/],
    [{ SITE_ORIGIN: '' }, /needs SITE_ORIGIN/],
    [{ SITE_ORIGIN: 'http://localhost:4321' }, /is this machine/],
    [{ SITE_ORIGIN: 'http://127.0.0.1:8000' }, /is this machine/],
    [{ SITE_ORIGIN: 'http://[::1]:8000' }, /is this machine/],
    [{ SITE_ORIGIN: 'http://app.localhost' }, /is this machine/],
    [{ SITE_ORIGIN: 'example.org' }, /is not a URL/],
    [{ SITE_ORIGIN: 'ftp://example.org' }, /not an http\(s\) origin/],
    [{ SITE_ORIGIN: 'https://example.org/yuanqu/' }, /BASE_PATH/],
  ] as const)('a production build refuses %j', (env, message) => {
    const r = check(env, true);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.error).toMatch(message);
  });

  it('a malformed SITE_ORIGIN is refused by a preview build too', () => {
    expect(check({ SITE_ORIGIN: 'example.org' }, false).ok).toBe(false);
  });

  it('takes --production out of the arguments passed to Astro', () => {
    expect(takeProductionFlag(['build', '--production', '--outDir', 'x'])).toEqual({ production: true, args: ['build', '--outDir', 'x'] });
    expect(takeProductionFlag(['build'])).toEqual({ production: false, args: ['build'] });
  });
});

describe('npm run build -- --production', () => {
  const run = (env: NodeJS.ProcessEnv) => {
    const { SITE_ORIGIN: _, ...rest } = process.env;
    return spawnSync(process.execPath, ['src/cli/astro.ts', 'build', '--production', '--outDir', '/nonexistent/never-written'], { encoding: 'utf8', env: { ...rest, ...env } });
  };

  it('refuses to run without SITE_ORIGIN, with a clear message and a non-zero exit', () => {
    const r = run({});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/A production build needs SITE_ORIGIN/);
    expect(r.stderr).toContain('npm run build -- --production');
    expect(r.stdout).not.toMatch(/building|Complete/i);
  });

  it('refuses a SITE_ORIGIN on this machine', () => {
    const r = run({ SITE_ORIGIN: 'http://localhost:4321' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/is this machine/);
  });
});
