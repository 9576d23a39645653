/**
 * Build-time caches keyed on the dataset object: a page family computes its rows once per build
 * instead of once per page (at national scale, per-page recomputation is quadratic).
 */
const caches = new WeakMap<object, Map<string, unknown>>();

export function cached<T>(owner: object, key: string, compute: () => T): T {
  let m = caches.get(owner);
  if (!m) {
    m = new Map();
    caches.set(owner, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}
