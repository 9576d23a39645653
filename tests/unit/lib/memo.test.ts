import { describe, expect, it } from 'vitest';
import { cached, cachedRecent } from '../../../src/lib/memo.ts';

describe('cached', () => {
  it('computes once per owner and key', () => {
    const owner = {};
    let n = 0;
    const v = cached(owner, 'k', () => ({ n: ++n }));
    expect(cached(owner, 'k', () => ({ n: ++n }))).toBe(v);
    expect(cached({}, 'k', () => ({ n: ++n })).n).toBe(2);
  });
});

describe('cachedRecent', () => {
  const counter = () => {
    const calls: string[] = [];
    return { calls, get: (owner: object, key: string, size = 2) => cachedRecent(owner, 'f', key, size, () => { calls.push(key); return { key }; }) };
  };

  it('keeps the most recently used keys and draws an evicted one again', () => {
    const owner = {};
    const { calls, get } = counter();
    const a = get(owner, 'a');
    get(owner, 'b');
    expect(get(owner, 'a')).toBe(a); // a is now the most recent
    get(owner, 'c'); // evicts b
    expect(get(owner, 'a')).toBe(a);
    get(owner, 'b');
    expect(calls).toEqual(['a', 'b', 'c', 'b']);
  });

  it('keeps families and owners apart', () => {
    const owner = {};
    const one = cachedRecent(owner, 'f1', 'k', 1, () => 1);
    const two = cachedRecent(owner, 'f2', 'k', 1, () => 2);
    expect([one, two, cachedRecent({}, 'f1', 'k', 1, () => 3)]).toEqual([1, 2, 3]);
  });
});
