/**
 * A GBK copy of data/ (every CSV re-encoded with iconv-lite, sources/ and geo/ copied as they
 * are) loads into the same dataset and builds the same site as the UTF-8 original.
 *
 * Compared byte for byte: every built file except the data page, which may say how each file was
 * read, so for it the rows read and loaded per file are compared. CSV downloads are re-encoded to
 * UTF-8 with a BOM, so they are byte-identical too.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/data/issues.ts';
import { DATA_FILES, loadDataset } from '../../src/data/load.ts';
import { fsReader } from '../../src/data/node-fs.ts';
import { buildSite, copyData, filesUnder } from './build-site.ts';

const DATA = resolve('data');
const tmp = mkdtempSync(join(tmpdir(), 'gbk-build-'));
const gbkData = join(tmp, 'data-gbk');
const outUtf8 = join(tmp, 'dist-utf8');
const outGbk = join(tmp, 'dist-gbk');
const csvs = readdirSync(DATA).filter((f) => f.endsWith('.csv'));

beforeAll(() => {
  copyData(DATA, gbkData);
  for (const f of csvs) {
    const text = readFileSync(join(DATA, f), 'utf8');
    // GB18030, the superset of GBK that Chinese Windows saves (units.csv's ² is not in GBK proper):
    // every character of the dataset exists in it, so the copy says exactly what the original says.
    const gbk = iconv.encode(text, 'gb18030');
    expect(iconv.decode(gbk, 'gb18030'), f).toBe(text);
    writeFileSync(join(gbkData, f), gbk);
  }
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('a GBK copy of the dataset', () => {
  it('loads into the same dataset, with a notice per file', () => {
    const utf8 = loadDataset(fsReader(DATA));
    const gbk = loadDataset(fsReader(gbkData));
    expect(gbk.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([]);
    expect(gbk.issues.map(formatIssue)).toEqual(csvs.map((f) => `data/${f}:0:0: read as GBK/GB18030 (not UTF-8)`).sort((a, b) => order(a) - order(b)));
    expect(gbk.files.map((f) => [f.file, f.encoding, f.rowsRead, f.rowsLoaded])).toEqual(utf8.files.map((f) => [f.file, 'gb18030', f.rowsRead, f.rowsLoaded]));
    const { files: _a, ...a } = utf8.dataset ?? {};
    const { files: _b, ...b } = gbk.dataset ?? {};
    expect(b).toEqual(a);
  });

  it('builds the same site as the UTF-8 original', () => {
    buildSite(outUtf8, { PARKS_DATA_DIR: DATA });
    buildSite(outGbk, { PARKS_DATA_DIR: gbkData });
    const files = filesUnder(outUtf8);
    expect(filesUnder(outGbk)).toEqual(files);
    expect(files).toContain('data/index.html');
    const different: string[] = [];
    for (const f of files) {
      if (f === 'data/index.html') continue;
      if (!readFileSync(join(outUtf8, f)).equals(readFileSync(join(outGbk, f)))) different.push(f);
    }
    expect(different, 'pages that differ between the UTF-8 and the GBK build').toEqual([]);

    // The data page: same rows read and loaded for every file.
    const counts = (html: string) => [...html.matchAll(/<tr[^>]*data-file="([^"]+)"[\s\S]*?data-rows-read[^>]*>(\d+)<[\s\S]*?data-rows-loaded[^>]*>(\d+)</g)].map((m) => m.slice(1));
    const pageUtf8 = readFileSync(join(outUtf8, 'data/index.html'), 'utf8');
    const pageGbk = readFileSync(join(outGbk, 'data/index.html'), 'utf8');
    expect(counts(pageUtf8)).toHaveLength(DATA_FILES.length);
    expect(counts(pageGbk)).toEqual(counts(pageUtf8));

    // CSV downloads are re-encoded to UTF-8 with a BOM, so they are byte-identical (checked above with
    // every other file); make sure they really are UTF-8 with the BOM Excel needs.
    for (const f of files.filter((x) => /^data\/[^/]+\.csv$/.test(x))) {
      const bytes = readFileSync(join(outGbk, f));
      expect([...bytes.subarray(0, 3)], f).toEqual([0xef, 0xbb, 0xbf]);
      expect(isUtf8(bytes), f).toBe(true);
    }
  }, 180_000);
});

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

const ORDER = ['units.csv', 'parks.csv', 'documents.csv', 'indicator_defs.csv', 'zones.csv', 'indicators.csv', 'investments.csv', 'projects.csv', 'story.zh-CN.csv', 'story.en.csv'];
function order(message: string): number {
  return ORDER.findIndex((f) => message.startsWith(`data/${f}:`));
}
