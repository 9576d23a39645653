/**
 * Each format's fixture (tests/fixtures/reports/) → its text: the committed text beside it (so a
 * library upgrade that changes a derivation fails here), the same text for the same bytes, and the
 * furniture of a web page gone.
 */
import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deriveText, SourceFormatError } from '../../../src/sources/derive.ts';
import { DOCX_REPORT, FIXTURE_DIR, FIXTURE_FILES, PDF_REPORT } from '../../fixtures/reports/make-reports.ts';

const bytesOf = (file: string) => new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));

describe('deriveText', () => {
  it.each(Object.values(FIXTURE_FILES))('%s: the committed text, the same for the same bytes', async (file) => {
    const first = await deriveText(bytesOf(file), file);
    const again = await deriveText(bytesOf(file), file);
    expect(again).toEqual(first);
    await expect(first.text).toMatchFileSnapshot(join(FIXTURE_DIR, `${file}.txt`));
  });

  it('reads a PDF paragraph by paragraph, no space between Chinese characters, its pages kept', async () => {
    const { text, pageStarts, format } = await deriveText(bytesOf(FIXTURE_FILES.pdf), FIXTURE_FILES.pdf);
    expect(format).toBe('pdf');
    expect(text.split('\n').filter((l) => l !== '')).toEqual([PDF_REPORT.title, ...PDF_REPORT.pages.flat()]);
    expect(pageStarts).toHaveLength(2);
    expect(text.slice(pageStarts[1])).toMatch(/^三、2026年工作打算\n/u);
    expect(text).not.toMatch(/- \d -/u);
  });

  it('reads a .docx paragraph by paragraph', async () => {
    const { text, pageStarts } = await deriveText(bytesOf(FIXTURE_FILES.docx), FIXTURE_FILES.docx);
    expect(text).toBe(`${[DOCX_REPORT.title, ...DOCX_REPORT.pages.flat()].join('\n')}\n`);
    expect(pageStarts).toEqual([]);
  });

  it('reads a web page’s article with its title, without navigation, counters, QR prompt or footer', async () => {
    const { text, title } = await deriveText(bytesOf(FIXTURE_FILES.html), FIXTURE_FILES.html);
    expect(title).toBe('青禾测试园区召开2026年经济工作会议（测试夹具，非真实报告）');
    expect(text.split('\n')[0]).toBe(title);
    expect(text).toContain('会议指出，2025年园区完成规模工业总产值86.4亿元，完成固定资产投资21.5亿元，引进项目12个');
    for (const furniture of ['浏览次数', '3862', '访问量', '1234567', '扫一扫', '首页', '热点新闻', '版权所有', '分享到', '打印']) expect(text).not.toContain(furniture);
  });

  it('reads text as the loader does: UTF-8 (BOM dropped) or GBK', async () => {
    const report = '甲园区2017年工作规划\n完成规模工业总产值274.14亿元。\n';
    expect(await deriveText(new TextEncoder().encode(`\uFEFF${report}`), 'a.txt')).toEqual({ text: report, pageStarts: [], format: 'text', encoding: 'utf-8-bom' });
    expect((await deriveText(new Uint8Array(iconv.encode(report, 'gbk')), 'b.TXT')).text).toBe(report);
  });

  it('says what is wrong with a file it cannot read', async () => {
    await expect(deriveText(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'x.docx')).rejects.toThrow(SourceFormatError);
    await expect(deriveText(new TextEncoder().encode('<html><body><ul><li><a href="#">首页</a></li></ul></body></html>'), 'x.html')).rejects.toThrow(/no article was found/u);
    await expect(deriveText(new Uint8Array([1, 0, 2]), 'x.txt')).rejects.toThrow(/not a plain-text file/u);
  });
});
