/** What an incremental build says it reused: Astro's own rule, counted from its two manifests. */
import { describe, expect, it } from 'vitest';
import { reuseCount, reuseLine, type IncrementalManifest } from '../../../src/integrations/incremental-report.ts';

const manifest = (dep: string, keys: Record<string, string>, configHash = 'c'): IncrementalManifest => ({
  version: 1, configHash, lockfileHash: 'l',
  routes: { 'src/pages/parks/[id].astro': { dependencyHash: dep, paths: Object.fromEntries(Object.entries(keys).map(([p, k]) => [p, { cacheKey: k }])) } },
});

describe('reuseCount', () => {
  const before = manifest('d1', { '/parks/a/': 'ka', '/parks/b/': 'kb' });
  it('reuses a file whose key and route code are unchanged', () => {
    expect(reuseCount(before, manifest('d1', { '/parks/a/': 'ka', '/parks/b/': 'kb2', '/parks/c/': 'kc' }), false)).toEqual({ keyed: 3, reused: 1 });
  });
  it('reuses nothing after a change of the route code, the config, on a first build or when forced', () => {
    const same = { '/parks/a/': 'ka', '/parks/b/': 'kb' };
    expect(reuseCount(before, manifest('d2', same), false).reused).toBe(0);
    expect(reuseCount(before, manifest('d1', same, 'other'), false).reused).toBe(0);
    expect(reuseCount(null, manifest('d1', same), false).reused).toBe(0);
    expect(reuseCount(before, manifest('d1', same), true).reused).toBe(0);
    expect(reuseCount(before, manifest('d1', same), false).reused).toBe(2);
  });
  it('prints what was rendered and reused', () => {
    expect(reuseLine({ keyed: 10, reused: 7 }, 4)).toBe('incremental build: rendered 3 of 10 files with a cache key, reused 7; 4 page(s) without one always rendered');
  });
});
