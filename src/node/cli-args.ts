/** Argument handling shared by the CLIs (check-data, gen-national, bench-build, bench-pages, bench-charts), on node:util's parseArgs. */
import { parseArgs } from 'node:util';

export type Parsed<T> = T | { error: string } | { help: true };

/** What each flag takes: a value (`string`) or nothing (`boolean`). */
export type FlagSpec = Readonly<Record<string, 'string' | 'boolean'>>;
type Values<S extends FlagSpec> = { [K in keyof S]?: S[K] extends 'string' ? string : boolean };

/**
 * Reads `--flag value`, `--flag=value` and bare `--flag` as `spec` says; `--help`/`-h` are always
 * known. Unknown flags, missing values and positional arguments are errors; `check` turns the
 * values into the CLI's arguments (or an error naming the bad value).
 */
export function parseFlags<S extends FlagSpec, T>(argv: readonly string[], spec: S, check: (values: Values<S>) => Parsed<T>): Parsed<T> {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { help: { type: 'boolean', short: 'h' } };
  for (const [k, type] of Object.entries(spec)) options[k] = { type };
  let values: Record<string, unknown>;
  try {
    ({ values } = parseArgs({ args: [...argv], options, strict: true, allowPositionals: false }));
  } catch (e) {
    const code = (e as { code?: string }).code;
    const flag = /'(-{1,2}[^' ]+)/.exec(String((e as Error).message))?.[1] ?? '';
    const type = spec[flag.replace(/^--/, '')];
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return { error: type === 'string' ? `${flag} needs a value` : `${flag} takes no value` };
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return { error: `unexpected argument ${/'([^']+)'/.exec(String((e as Error).message))?.[1] ?? ''}` };
    return { error: `unknown argument ${flag}` };
  }
  if (values.help) return { help: true };
  return check(values as Values<S>);
}

/** A whole number within [min, max], or null. */
export function wholeNumber(v: string, min: number, max = Number.MAX_SAFE_INTEGER): number | null {
  const n = Number(v);
  return v.trim() !== '' && Number.isInteger(n) && n >= min && n <= max ? n : null;
}

/** Where a CLI prints: standard output and standard error. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** The process's own console. */
export const CONSOLE: Output = { out: (l) => console.log(l), err: (l) => console.error(l) };

/** Prints help or the argument error with the usage; returns the exit code, or the parsed args to go on with. */
export function settle<T extends object>(parsed: Parsed<T>, usage: string, io: Output = CONSOLE): T | number {
  if ('help' in parsed) {
    io.out(usage);
    return 0;
  }
  if ('error' in parsed) {
    io.err(`error: ${parsed.error}\n${usage}`);
    return 2;
  }
  return parsed;
}
