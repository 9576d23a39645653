/**
 * An accepted batch builds: a new report drafted, applied to a copy of data/, and the site built
 * from that copy with the build the tests use (tests/data/build-site.ts). The new document's
 * source page links every new row.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../data/build-site.ts';
import { dataWithNewReport, NEW_DOC, run } from './cli-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'extract-apply-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('an applied batch', () => {
  it('builds, and the new source page links its rows', async () => {
    const data = join(tmp, 'data');
    const review = join(tmp, 'review', NEW_DOC);
    const source = dataWithNewReport(data);
    expect((await run([source, '--doc', NEW_DOC, '--park', 'linxiang', '--out', review, '--data-dir', data])).code).toBe(0);
    expect((await run(['--apply', `${review}.indicators.csv`, `${review}.investments.csv`, '--data-dir', data])).code).toBe(0);
    const out = join(tmp, 'dist');
    const index = process.env.SEARCH_INDEX;
    process.env.SEARCH_INDEX = 'off';
    try {
      buildSite(out, { PARKS_DATA_DIR: data });
    } finally {
      if (index === undefined) delete process.env.SEARCH_INDEX;
      else process.env.SEARCH_INDEX = index;
    }
    const page = join(out, 'sources', NEW_DOC, 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`q-${NEW_DOC}-i01`);
    expect(html).toContain(`q-${NEW_DOC}-v01`);
  }, 300_000);
});
