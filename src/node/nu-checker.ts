/**
 * The W3C Nu Html Checker (npm vnu-jar) as the tests run it: one JVM over every file at once
 * (the JVM's start is most of a small run), HTML and SVG, its messages as JSON.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The checker's jar in the project at `root`. */
export function nuCheckerJar(root = process.cwd()): string {
  return join(resolve(root), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar');
}

/** A Java runtime: $JAVA_HOME's, else `java` on the PATH; null when there is none (test-all installs Debian's default-jre-headless). */
export function findJava(env: NodeJS.ProcessEnv = process.env): string | null {
  const home = env.JAVA_HOME ? join(env.JAVA_HOME, 'bin', 'java') : '';
  if (home && existsSync(home)) return home;
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0 ? 'java' : null;
}

/** One message of the checker's JSON output (https://github.com/validator/validator/wiki/Output-»-JSON). */
export interface NuMessage {
  /** error, info (subType warning: a warning), or non-document-error (a file it could not read). */
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  /** The file, as a file: URL. */
  url: string;
  message: string;
  /** The markup around the problem. */
  extract?: string;
  lastLine?: number;
}

/** Checks `files` (HTML, and .svg as SVG) in one run; throws when Java or the checker fails to run. */
export function runNuChecker(files: readonly string[], java = findJava(), jar = nuCheckerJar()): NuMessage[] {
  if (!java) throw new Error('Java not found: the Nu Html Checker needs it (apt-get install -y default-jre-headless, or set JAVA_HOME)');
  const r = spawnSync(java, ['-jar', jar, '--format', 'json', '--also-check-svg', '--exit-zero-always', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`the Nu Html Checker exited ${r.status ?? r.signal}: ${r.stderr.slice(0, 2000)}`);
  // The JSON report goes to standard error.
  return (JSON.parse(r.stderr) as { messages: NuMessage[] }).messages;
}
