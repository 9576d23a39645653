/**
 * Build-time caches keyed on the dataset object: a page family computes its rows once per build
 * instead of once per page (at national scale, per-page recomputation is quadratic).
 */
const caches = new WeakMap<object, Map<string, unknown>>();

function mapOf<K extends object, V>(maps: WeakMap<K, Map<string, V>>, owner: K): Map<string, V> {
  let m = maps.get(owner);
  if (!m) {
    m = new Map();
    maps.set(owner, m);
  }
  return m;
}

export function cached<T>(owner: object, key: string, compute: () => T): T {
  const m = mapOf(caches, owner);
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}

const recent = new WeakMap<object, Map<string, Map<string, unknown>>>();

/**
 * Like `cached`, but keeps only the `size` most recently used keys of one family: for values
 * drawn per park, which the build uses a few times in a row and must not hold for every park.
 */
export function cachedRecent<T>(owner: object, family: string, key: string, size: number, compute: () => T): T {
  const families = mapOf(recent, owner);
  const m = families.get(family) ?? new Map<string, unknown>();
  families.set(family, m);
  // A Map iterates in insertion order: deleting and setting again makes a key the most recent.
  const v = m.has(key) ? (m.get(key) as T) : compute();
  m.delete(key);
  m.set(key, v);
  for (const oldest of m.keys()) {
    if (m.size <= size) break;
    m.delete(oldest);
  }
  return v;
}
