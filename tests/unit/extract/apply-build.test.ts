/**
 * An accepted batch builds: a new report drafted, applied to a copy of data/, and the site built
 * from that copy with the build the tests use (tests/data/build-site.ts). The new document's
 * source page links every new row. A report in 亿美元, 户 and 公里 reaches the pages with its units
 * as written: 美元 shown as 美元 (US$ in English), never as 元 and never in the yuan total.
 */
import { createHash } from 'node:crypto';
import { appendFileSync, copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDatasetOrThrow } from '../../../src/data/load.ts';
import { isPlottable } from '../../../src/data/model.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import { formatMoney } from '../../../src/lib/format.ts';
import { moneyTotal } from '../../../src/lib/money-total.ts';
import { isMoney, toBase } from '../../../src/lib/units.ts';
import { buildSite } from '../../data/build-site.ts';
import { dataWithNewReport, NEW_DOC, ROOT, run } from './cli-helpers.ts';

const tmp = mkdtempSync(join(tmpdir(), 'extract-apply-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function build(out: string, data: string): void {
  const index = process.env.SEARCH_INDEX;
  process.env.SEARCH_INDEX = 'off';
  try {
    buildSite(out, { PARKS_DATA_DIR: data });
  } finally {
    if (index === undefined) delete process.env.SEARCH_INDEX;
    else process.env.SEARCH_INDEX = index;
  }
}

describe('an applied batch', () => {
  it('builds, and the new source page links its rows', async () => {
    const data = join(tmp, 'data');
    const review = join(tmp, 'review', NEW_DOC);
    const source = dataWithNewReport(data);
    expect((await run([source, '--doc', NEW_DOC, '--park', 'linxiang', '--out', review, '--data-dir', data])).code).toBe(0);
    expect((await run(['--apply', `${review}.indicators.csv`, `${review}.investments.csv`, '--data-dir', data])).code).toBe(0);
    const out = join(tmp, 'dist');
    build(out, data);
    const page = join(out, 'sources', NEW_DOC, 'index.html');
    expect(existsSync(page)).toBe(true);
    const html = readFileSync(page, 'utf8');
    expect(html).toContain(`q-${NEW_DOC}-i01`);
    expect(html).toContain(`q-${NEW_DOC}-v01`);
  }, 300_000);

  it('in 亿美元, 户 and 公里: the units as written on the source, park and indicator pages, 美元 never in a yuan total', async () => {
    const data = join(tmp, 'data-usd');
    dataWithNewReport(data);
    const doc = 'usd-2009';
    const file = 'fixture-usd-2009.txt';
    copyFileSync(join(ROOT, 'tests/fixtures/extract-units/tianjin-2009.txt'), join(data, 'sources', file));
    appendFileSync(join(data, 'sources.sha256'), `${createHash('sha256').update(readFileSync(join(data, 'sources', file))).digest('hex')}  ${file}\n`);
    appendFileSync(join(data, 'documents.csv'), `${doc},linxiang,某开发区2009年工作要点（测试用）,plan,2009,stated,,${file},测试夹具，非真实报告。\n`);
    const review = join(tmp, 'review-usd', doc);
    expect((await run([join(data, 'sources', file), '--out', review, '--data-dir', data])).code).toBe(0);
    // The reviewer's part: rows with no indicator (here the units the table lacks) are left out.
    const reviewed = readFileSync(`${review}.indicators.csv`, 'utf8').split('\n').filter((line, k) => k === 0 || (line !== '' && !line.split(',')[5]?.match(/^$/u)));
    writeFileSync(`${review}.indicators.csv`, `${reviewed.join('\n')}\n`);
    const before = readFileSync(join(data, 'investments.csv'), 'utf8');
    expect((await run(['--apply', `${review}.indicators.csv`, `${review}.investments.csv`, '--data-dir', data])).out).toContain('row(s) added');
    expect(readFileSync(join(data, 'investments.csv'), 'utf8').length).toBeGreaterThan(before.length);
    const out = join(tmp, 'dist-usd');
    build(out, data);
    const page = (p: string) => readFileSync(join(out, p, 'index.html'), 'utf8');
    const source = page(`sources/${doc}`);
    expect(source).toContain('190亿美元');
    const exportsZh = page('indicators/exports_usd');
    const exportsEn = page('en/indicators/exports_usd');
    expect(exportsZh).toContain('190亿美元');
    expect(exportsEn).toContain('US$19B');
    expect(exportsEn).not.toMatch(/19(?:0|\.0)?B yuan/u);
    expect(page('indicators/fdi_used')).toContain('8000万美元');
    expect(page('indicators/new_scale_enterprises')).toContain('4户');
    for (const html of [source, exportsZh, exportsEn, page('parks/linxiang')]) expect(html).not.toContain('NaN');
    // The investments total is the 元 rows' sum; no 美元 figure is in it.
    const dataset = loadDatasetOrThrow(fsReader(data));
    const yuan = dataset.investments.filter((r) => isMoney(r.unitDef) && !r.unit.includes('美元') && isPlottable(r)).map((r) => toBase(r.amount, r.unitDef).value);
    expect(/data-total>([^<]+)</u.exec(page('investments'))?.[1]).toBe(formatMoney(moneyTotal(yuan)));
    expect(dataset.investments.filter((r) => r.doc_id === doc).map((r) => `${r.amount}${r.unit}`)).toEqual(expect.arrayContaining(['12公里', '2亿美元']));
  }, 300_000);
});
