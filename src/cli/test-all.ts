// cli/: the commands behind the npm scripts.
/**
 * `npm test`: every suite, in the order a failure is cheapest to read —
 * Chromium, a CJK font and Java present → types (astro check) → data check → unit/data/chart tests → build →
 * build of the Hunan fixture → browser tests (on the fixture's site).
 * Browser tests never skip: without Chromium, a CJK font or Java (the W3C Nu Html Checker runs on
 * it) this installs Debian's package when it can (root with apt-get), else it fails naming the command to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from '../node/chromium.ts';
import { findJava } from '../node/nu-checker.ts';
import { dataDir } from '../data/node-fs.ts';

function run(title: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n━━ ${title}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.status !== 0) {
    console.error(`\n✗ ${title} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

/** Installs Debian's `pkg` when `present()` is false and this is root with apt, else fails naming the command to run. */
function ensureDebianPackage(what: string, pkg: string, present: () => boolean): void {
  if (present()) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log(`${what} not found: installing Debian's ${pkg} (apt-get install -y ${pkg})…`);
    run('apt-get update', 'apt-get', ['update', '-qq']);
    run(`install ${pkg}`, 'apt-get', ['install', '-y', '-qq', pkg], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' });
  }
  if (!present()) {
    console.error(`✗ ${what} is required for the browser tests. Run: sudo apt-get install -y ${pkg}`);
    process.exit(1);
  }
}

/** A Chinese font: without one Chromium draws boxes, and every width, wrap and height the browser tests measure is not what a reader sees. */
function hasCjkFont(): boolean {
  const r = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim().length > 0;
}

interface VitestJson { numPassedTests: number; numFailedTests: number; numPendingTests: number }
const counts = { passed: 0, failed: 0, skipped: 0 };
function vitest(project: string, env: NodeJS.ProcessEnv = process.env): void {
  const out = join(mkdtempSync(join(tmpdir(), 'vitest-')), 'report.json');
  run(`${project} tests`, 'npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], env);
  if (existsSync(out)) {
    const r = JSON.parse(readFileSync(out, 'utf8')) as VitestJson;
    counts.passed += r.numPassedTests;
    counts.failed += r.numFailedTests;
    counts.skipped += r.numPendingTests;
  }
}

ensureDebianPackage('Chromium (or $CHROME_PATH)', 'chromium', () => findChromium() !== null);
ensureDebianPackage('A CJK font', 'fonts-noto-cjk', hasCjkFont);
ensureDebianPackage('Java (for the W3C Nu Html Checker, npm vnu-jar)', 'default-jre-headless', () => findJava() !== null);
// astro check type-checks the .astro files as well as every .ts file of tsconfig.json; hints
// (an unused import or variable) fail too.
run('typecheck', process.execPath, ['src/cli/astro.ts', 'check', '--minimumFailingSeverity', 'hint']);
run('check-data', 'node', ['src/cli/check-data.ts']);
vitest('unit');
// The editor's data (PARKS_DATA_DIR, default data/) must build; the browser tests then read a site
// built from the Hunan fixture, so that a correct change to data/ moves none of their assertions.
run('build', process.execPath, ['src/cli/astro.ts', 'build']);
const FIXTURE = 'tests/fixtures/datasets/hunan';
const fixtureDist = join(mkdtempSync(join(tmpdir(), 'yuanqu-fixture-')), 'dist');
// tests/browser/any-dataset.test.ts still reads the editor's build and data, by these two names.
const fixtureEnv = { ...process.env, PARKS_DATA_DIR: FIXTURE, PARKS_TEST_DIST: fixtureDist, PARKS_EDITOR_DATA: dataDir(), PARKS_EDITOR_DIST: resolve('dist') };
run('build the fixture site', process.execPath, ['src/cli/astro.ts', 'build', '--outDir', fixtureDist], fixtureEnv);
vitest('browser', fixtureEnv);
if (counts.skipped > 0) {
  console.error(`✗ ${counts.skipped} test(s) were skipped; nothing may be skipped.`);
  process.exit(1);
}
console.log(`\n${counts.passed} passed, ${counts.failed} failed`);
