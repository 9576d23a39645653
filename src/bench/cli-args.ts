/** Argument handling shared by the benchmark CLIs (gen-national, bench-build, bench-pages). */

export type Parsed<T> = T | { error: string } | { help: true };

/** `--flag=value` or `--flag value` at argv[i]: the flag, its value, and the index of the last argument used. */
export function flagValue(argv: readonly string[], i: number): { flag: string; value: string | undefined; next: number } {
  const arg = argv[i] ?? '';
  const eq = arg.indexOf('=');
  if (arg.startsWith('--') && eq > 0) return { flag: arg.slice(0, eq), value: arg.slice(eq + 1), next: i };
  return { flag: arg, value: argv[i + 1], next: i + 1 };
}

/** Prints help or the argument error with the usage; returns the exit code, or the parsed args to go on with. */
export function settle<T extends object>(parsed: Parsed<T>, usage: string): T | number {
  if ('help' in parsed) {
    console.log(usage);
    return 0;
  }
  if ('error' in parsed) {
    console.error(`error: ${parsed.error}\n${usage}`);
    return 2;
  }
  return parsed;
}
