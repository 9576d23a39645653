/**
 * The review page accounts for every number of the report: each run of digits is inside a
 * drafted figure or marked as not drafted with a reason, on the five embedded reports and on the
 * fixture passages. The page is self-contained (no script, no request to anything), escapes
 * every text, and links figures and rows both ways.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { draftReport, type Draft } from '../../../src/extract/draft.ts';
import { DIGITS, skippedNumbers } from '../../../src/extract/numbers.ts';
import { decodeReport, normalizeReport } from '../../../src/extract/normalize.ts';
import { reviewPage } from '../../../src/extract/review-page.ts';
import { parseDocuments, parseLexicon } from '../../../src/extract/review.ts';

const ROOT = join(import.meta.dirname, '../../..');
const DATA = join(ROOT, 'tests/fixtures/datasets/hunan');
const defs = parseLexicon(readFileSync(join(DATA, 'indicator_defs.csv'), 'utf8'), readFileSync(join(DATA, 'units.csv'), 'utf8'));
const siteCss = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');
const files = { indicators: 'x.indicators.csv', investments: 'x.investments.csv' };

const reports: [string, string][] = [
  ...parseDocuments(readFileSync(join(DATA, 'documents.csv'), 'utf8')).map((d): [string, string] => [d.id, decodeReport(new Uint8Array(readFileSync(join(DATA, 'sources', d.sourceFile)))).text]),
  ...readdirSync(join(ROOT, 'tests/fixtures/extract')).filter((f) => f.endsWith('.txt')).map((f): [string, string] => [f.replace(/\.txt$/u, ''), readFileSync(join(ROOT, 'tests/fixtures/extract', f), 'utf8')]),
];

const drafts = new Map<string, Draft>(reports.map(([id, text]) => [id, draftReport(text, { id, parkId: 'p' }, defs)]));
const pageOf = (id: string): Document => parseHTML(reviewPage({ draft: drafts.get(id) as Draft, report: `${id}.txt`, docId: id, files, siteCss })).document;

describe('every number of the report is drafted or marked as not drafted', () => {
  it.each(reports.map(([id]) => id))('%s', (id) => {
    const draft = drafts.get(id) as Draft;
    const marks = [...draft.drafted, ...draft.skipped];
    const numbers = [...draft.text.matchAll(DIGITS)];
    const unaccounted = numbers.filter((n) => !marks.some((k) => k.start <= n.index && n.index + n[0].length <= k.end)).map((n) => draft.text.slice(n.index - 6, n.index + 8));
    expect(unaccounted).toEqual([]);
    expect(numbers.length).toBeGreaterThan(0);
    // On the page: one <mark> per drafted figure, one .missed per skipped number, and no digit of the text outside them.
    const doc = pageOf(id);
    const text = doc.querySelector('.source-text');
    expect(text?.querySelectorAll('mark').length).toBe(draft.drafted.length);
    expect(text?.querySelectorAll('.missed').length).toBe(draft.skipped.length);
    const clone = text?.cloneNode(true) as Element;
    for (const el of clone.querySelectorAll('mark, .missed')) el.remove();
    expect(clone.textContent?.match(/[0-9０-９]/gu) ?? []).toEqual([]);
    // The text itself is shown verbatim, the row ids and reasons being the only additions.
    const shown = text?.cloneNode(true) as Element;
    for (const el of shown.querySelectorAll('sup')) el.remove();
    expect(shown.textContent).toBe(draft.text);
  });
});

describe('why a number was not drafted', () => {
  const reasons = (m: string): string[] => skippedNumbers(normalizeReport(m).match, [], defs.units).map((s) => `${m.slice(s.start, s.end)}:${s.reason}`);
  it.each([
    ['2017年12月29日', ['2017:date', '12:date', '29:date']],
    ['发文日期:2018-01-03 16:39', ['2018:date', '01:date', '03:date', '16:date', '39:date']],
    ['1-11月,园区', ['1:date', '11:date']],
    ['\n3、招商引资', ['3:list-number']],
    ['市政府2016年第16次常务会议', ['2016:date', '16:ordinal']],
    ['联系电话：0731-84123456。', ['0731:phone-or-document-number', '84123456:phone-or-document-number']],
    ['网站客服:3074922707', ['3074922707:phone-or-document-number']],
    ['（松发〔2016〕15号）', ['2016:phone-or-document-number', '15:phone-or-document-number']],
    ['全程3.5倍', ['3.5:unit-not-listed']],
    ['1号厂房已封顶', ['1:name-or-code']],
    ['落实“2124”工程', ['2124:name-or-code']],
  ])('%s', (m, expected) => {
    expect(reasons(m)).toEqual(expected);
  });

  it('names a size class (5000万元以上工业项目) and leaves its count to the draft', () => {
    const draft = draftReport('新增入园投资5000万元以上工业项目6个。', { id: 't', parkId: 'p', kind: 'report', year: 2017 }, defs);
    expect(draft.skipped.map((s) => [draft.text.slice(s.start, s.end), s.reason])).toEqual([['5000', 'size-class']]);
    expect(draft.indicators.map((r) => r.value)).toEqual(['6']);
  });
});

describe('the review page', () => {
  it('is one self-contained file: no script, no stylesheet link, no address of another origin', () => {
    const html = reviewPage({ draft: drafts.get('junshan-2024') as Draft, report: 'r.txt', docId: 'junshan-2024', files, siteCss });
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|url\(/iu);
    expect(html).not.toMatch(/https?:\/\//iu);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('.source-text');
  });

  it('links every figure to its rows and every row back to its figure; every link resolves', () => {
    const doc = pageOf('linjiang-2017');
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.getAttribute('id')));
    const links = [...doc.querySelectorAll('a[href^="#"]')].map((a) => (a.getAttribute('href') ?? '').slice(1));
    expect(links.filter((l) => !ids.has(l))).toEqual([]);
    const draft = drafts.get('linjiang-2017') as Draft;
    for (const row of [...draft.indicators, ...draft.investments]) {
      expect(doc.querySelector(`.source-text a[href="#r-${row.id}"]`), row.id).not.toBeNull();
      const back = doc.querySelector(`#r-${row.id} a`)?.getAttribute('href') ?? '';
      expect(doc.querySelector(`${back} sup a[href="#r-${row.id}"]`), row.id).not.toBeNull();
    }
    expect(doc.querySelectorAll('.source-text mark.high, .source-text mark.medium, .source-text mark.low').length).toBe(draft.drafted.length);
  });

  it('escapes every text it shows', () => {
    const evil = '园区<script>alert(1)</script>完成"税收"&收入3亿元，<b>联系</b>0731-84123456。';
    const draft = draftReport(evil, { id: 'x<y', parkId: 'p', kind: 'report', year: 2020 }, defs);
    const html = reviewPage({ draft, report: '<r>.txt', docId: 'x<y', files: { indicators: 'a&b.csv', investments: '"c".csv' }, siteCss: '' });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    const doc = parseHTML(html).document;
    expect(doc.querySelector('h1')?.textContent).toContain('x<y');
    const text = doc.querySelector('.source-text')?.cloneNode(true) as Element;
    for (const sup of text.querySelectorAll('sup')) sup.remove();
    expect(text.textContent).toBe(draft.text);
  });
});
