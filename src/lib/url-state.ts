/**
 * View state ⇄ query string, as pure functions (the Our World in Data grapher's way): only what
 * differs from the defaults is written, keys in a stable order, unknown or malformed parameters
 * are ignored — a pasted link never breaks a page — and old parameter names can be migrated.
 */

export interface Param<T> {
  readonly key: string;
  readonly default: T;
  /** Returns undefined for a malformed value, which then falls back to the default. */
  parse(raw: string): T | undefined;
  format(value: T): string;
  equals?(a: T, b: T): boolean;
}

export type Spec<S> = { readonly [K in keyof S]: Param<S[K]> };

export function enumParam<const T extends string>(key: string, values: readonly T[], fallback: T): Param<T> {
  return {
    key,
    default: fallback,
    parse: (raw) => (values as readonly string[]).includes(raw) ? (raw as T) : undefined,
    format: (v) => v,
  };
}

/** A set of ids from an allowed list, written comma-separated in the allowed list's order. */
export function setParam(key: string, allowed: readonly string[], fallback: readonly string[]): Param<readonly string[]> {
  const order = (xs: readonly string[]) => allowed.filter((a) => xs.includes(a));
  return {
    key,
    default: order(fallback),
    parse: (raw) => {
      if (raw === '') return [];
      const xs = raw.split(',').map((s) => s.trim());
      const ok = xs.filter((x) => allowed.includes(x));
      return ok.length === 0 ? undefined : order(ok);
    },
    format: (v) => order(v).join(','),
    equals: (a, b) => order(a).join(',') === order(b).join(','),
  };
}

export function numberParam(key: string, fallback: number, min = -Infinity, max = Infinity): Param<number> {
  return {
    key,
    default: fallback,
    parse: (raw) => {
      if (!/^-?\d+(\.\d+)?$/.test(raw)) return undefined;
      const n = Number(raw);
      return n >= min && n <= max ? n : undefined;
    },
    format: (v) => String(Math.round(v * 1000) / 1000),
  };
}

export function boolParam(key: string, fallback: boolean): Param<boolean> {
  return { key, default: fallback, parse: (raw) => (raw === '1' ? true : raw === '0' ? false : undefined), format: (v) => (v ? '1' : '0') };
}

export function defaults<S>(spec: Spec<S>): S {
  const out = {} as S;
  for (const k of Object.keys(spec) as (keyof S)[]) out[k] = spec[k].default;
  return out;
}

/** Reads state from a query string ("?a=1&b=2" or "a=1&b=2"); anything unusable becomes its default. */
export function readState<S>(spec: Spec<S>, search: string, migrations: Readonly<Record<string, string>> = {}): S {
  const params = new URLSearchParams(search);
  for (const [from, to] of Object.entries(migrations)) {
    const v = params.get(from);
    if (v !== null && !params.has(to)) params.set(to, v);
  }
  const out = defaults(spec);
  for (const k of Object.keys(spec) as (keyof S)[]) {
    const p = spec[k];
    const raw = params.get(p.key);
    if (raw === null) continue;
    const v = p.parse(raw);
    if (v !== undefined) out[k] = v;
  }
  return out;
}

/** Writes only the values that differ from the defaults, in the spec's key order; '' when all are defaults. */
export function writeState<S>(spec: Spec<S>, state: S): string {
  const parts: string[] = [];
  for (const k of Object.keys(spec) as (keyof S)[]) {
    const p = spec[k];
    const v = state[k];
    const same = p.equals ? p.equals(v, p.default) : v === p.default;
    if (!same) parts.push(`${encodeURIComponent(p.key)}=${encodeURIComponent(p.format(v)).replace(/%2C/g, ',')}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}
