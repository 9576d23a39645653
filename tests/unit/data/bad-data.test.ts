/**
 * The bad-input corpus: tests/fixtures/bad-data/<case>/ holds the files of the mini dataset
 * (tests/fixtures/mini-dataset.ts) that the case replaces, and expected.txt the checker's exact
 * answer — accepted or rejected, rows read and loaded, every message. README.md ("Bad input")
 * documents the policy these cases pin down.
 *
 * After a deliberate change of a message: UPDATE_BAD_DATA=1 npx vitest run --project unit tests/unit/data/bad-data.test.ts
 * then read the diff of the expected.txt files.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/data/issues.ts';
import type { LoadResult } from '../../../src/data/load.ts';
import { loadDataFolder } from '../../../src/sources/folder.ts';
import { miniFiles, readerOf } from '../../fixtures/mini-dataset.ts';

const CORPUS = resolve('tests/fixtures/bad-data');
const UPDATE = process.env.UPDATE_BAD_DATA === '1';

interface Case {
  name: string;
  dir: string;
  /** Comment and `delete:` lines of expected.txt, kept when updating. */
  preamble: string[];
  expected: string[];
  deleted: string[];
  /** Files the case replaces, relative to the data folder. */
  replaced: string[];
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return listFiles(p, `${prefix}${name}/`);
    return name === 'expected.txt' ? [] : [`${prefix}${name}`];
  });
}

function readCase(name: string): Case {
  const dir = join(CORPUS, name);
  const lines = readFileSync(join(dir, 'expected.txt'), 'utf8').split('\n').filter((l) => l !== '');
  const preamble = lines.filter((l) => l.startsWith('#') || l.startsWith('delete: '));
  return {
    name, dir, preamble,
    expected: lines.filter((l) => !preamble.includes(l)),
    deleted: preamble.filter((l) => l.startsWith('delete: ')).map((l) => l.slice('delete: '.length)),
    replaced: listFiles(dir),
  };
}

const cases = readdirSync(CORPUS).filter((n) => statSync(join(CORPUS, n)).isDirectory()).sort().map(readCase);

/** The mini dataset with the case's files laid over it. */
function caseFiles(c: Case): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = miniFiles();
  for (const f of c.replaced) files[f] = new Uint8Array(readFileSync(join(c.dir, f)));
  for (const f of c.deleted) delete files[f];
  return files;
}

/** What the checker answers, in the form expected.txt keeps. */
function answer(c: Case, r: LoadResult): string[] {
  const touched = [...c.replaced, ...c.deleted].map((f) => (f.startsWith('sources/') ? 'documents.csv' : f));
  return [
    `result: ${r.dataset ? 'accepted' : 'rejected'}`,
    ...r.files.filter((f) => touched.some((t) => f.file === `data/${t}`)).map((f) => `rows: ${f.file} ${f.rowsRead} read, ${f.rowsLoaded} loaded (${f.encoding})`),
    ...r.issues.map((i) => `${i.severity}: ${formatIssue(i)}`),
  ];
}

/** Non-empty lines after the header, counted without the checker's code: what "rows read" must say. */
function dataLines(bytes: Uint8Array, encoding: string): number {
  const text = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(bytes).replace(/^\uFEFF+/, '');
  const lines = text.split(/\r\n|\r|\n/).filter((l) => !/^[\s,]*$/.test(l));
  return Math.max(0, lines.length - 1);
}

describe('the bad-input corpus', () => {
  it('has a case for every kind of bad input the README lists', () => {
    const readme = readFileSync(resolve('README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Bad input'));
    const missing = cases.filter((c) => !section.includes(`\`${c.name}\``)).map((c) => c.name);
    expect(missing, 'cases not in the README table').toEqual([]);
  });

  for (const c of cases) {
    it(`${c.name}: ${c.preamble[0]?.replace(/^#\s*/, '') ?? ''}`, async () => {
      const files = caseFiles(c);
      // As check-data loads a folder: the text of a PDF, .docx or web-page source derived first.
      const r = await loadDataFolder(readerOf(files));
      const got = answer(c, r);
      if (UPDATE) writeFileSync(join(c.dir, 'expected.txt'), `${[...c.preamble, ...got].join('\n')}\n`);
      else expect(got.join('\n')).toBe(c.expected.join('\n'));

      // Never a stack trace, never an internal error.
      for (const line of got) expect(line).not.toMatch(/internal error|\n\s+at |Error:|undefined|NaN|\[object/);
      // Nothing lost: accepted means every row read was loaded, and rows read are the data lines.
      if (r.dataset) for (const f of r.files) expect([f.file, f.rowsLoaded]).toEqual([f.file, f.rowsRead]);
      for (const f of r.files) {
        const name = f.file.slice('data/'.length);
        const bytes = files[name];
        const expectedRead = bytes === undefined || f.encoding === 'binary' ? 0 : dataLines(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes, f.encoding);
        expect([f.file, f.rowsRead]).toEqual([f.file, expectedRead]);
        expect(f.rowsLoaded).toBeLessThanOrEqual(f.rowsRead);
      }
      // A rejected file names at least one line or the file itself.
      if (!r.dataset) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
    });
  }
});

describe('the check-data CLI', () => {
  const made: string[] = [];
  afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

  function folderOf(caseName: string): string {
    const dir = mkdtempSync(join(tmpdir(), `bad-data-${caseName}-`));
    made.push(dir);
    for (const [f, content] of Object.entries(caseFiles(readCase(caseName)))) {
      mkdirSync(dirname(join(dir, f)), { recursive: true });
      writeFileSync(join(dir, f), content);
    }
    return dir;
  }

  function run(...args: string[]) {
    const r = spawnSync(process.execPath, ['src/cli/check-data.ts', ...args], { encoding: 'utf8', env: { ...process.env, NODE_NO_WARNINGS: '1' } });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it('exits 1 and prints file:line:column, value, expectation and hint on stderr', () => {
    const dir = folderOf('full-width-digits');
    const r = run('--data-dir', dir);
    expect(r.code).toBe(1);
    const shown = dir.replace(/\/$/, '');
    expect(r.stderr).toContain(`error: ${shown}/indicators.csv:2:8: value "２７４．１４" in column value is not a number (full-width digit? write 274.14; expected e.g. 274.14)`);
    expect(r.stderr).toContain(`error: ${shown}/indicators.csv:3:8: value "1０" in column value is not a number (full-width digit? write 10; expected e.g. 274.14)`);
    expect(r.stderr).toMatch(/2 error\(s\)/);
    expect(r.stdout).toContain(`${shown}/indicators.csv: 2 rows read, 0 loaded (utf-8)`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 0 on a GBK folder and says so in a notice', () => {
    const dir = folderOf('gbk-encoding');
    const r = run(`--data-dir=${dir}`);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`notice: ${dir}/indicators.csv:0:0: read as GBK/GB18030 (not UTF-8)`);
    expect(r.stdout).toContain('data OK');
  });

  it('exits 1 on a binary file, a missing folder and 2 on a bad argument, never with a stack trace', () => {
    const bin = run('--data-dir', folderOf('binary-file'));
    expect(bin.code).toBe(1);
    expect(bin.stderr).toMatch(/zones\.csv:0:0: is a binary file, not CSV text \(in Excel\/WPS use 另存为 → CSV UTF-8 \(逗号分隔\)\)/);
    const none = run('--data-dir', join(tmpdir(), 'no-such-folder-for-check-data'));
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('is not a folder');
    const bad = run('--data-dri', 'x');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown argument --data-dri');
    for (const r of [bin, none, bad]) expect(r.stderr).not.toMatch(/\n\s+at |Error:/);
  });
});
