/** A PDF's text layer → lines → paragraphs: wraps joined without spaces in Chinese, page numbers dropped, pages kept. */
import { describe, expect, it } from 'vitest';
import { joinPages, linesOf, pdfText, tidyLine, withoutPageNumbers, type PdfLine } from '../../../src/sources/pdf.ts';
import { SourceFormatError } from '../../../src/sources/text-model.ts';
import { scannedPdf } from '../../../src/bench/report-files.ts';

const line = (text: string, left: number, right: number, y: number, size = 12): PdfLine => ({ text, left, right, y, size });

describe('tidyLine', () => {
  it('drops the spaces pdfjs guesses next to Chinese characters, keeps one between words', () => {
    expect(tidyLine('完成 规模 工业 总产值 86.4 亿元 ， 增长 7.2%')).toBe('完成规模工业总产值86.4亿元，增长7.2%');
    expect(tidyLine('  Park   Progress  report ')).toBe('Park Progress report');
    expect(tidyLine('\u3000\u3000一、主要指标')).toBe('一、主要指标');
  });
});

describe('linesOf', () => {
  it('starts a line after a run that ends one, or where the baseline moves', () => {
    const run = (str: string, x: number, y: number, hasEOL = false) => ({ str, x, y, width: str.length * 12, size: 12, hasEOL });
    const lines = linesOf([run('全年完成', 72, 700), run('总产值', 120, 700, true), run('86.4亿元', 72, 684), run('一、', 72, 660)]);
    expect(lines.map((l) => l.text)).toEqual(['全年完成总产值', '86.4亿元', '一、']);
    expect(lines[0]).toMatchObject({ left: 72, right: 156, y: 700 });
  });
});

describe('joinPages', () => {
  const full = (text: string, y: number, left = 72) => line(text, left, 523, y);
  it('joins a wrapped line to the next without a break, and breaks after a short or before an indented line', () => {
    const { text, pageStarts } = joinPages([[
      line('标题', 250, 300, 760, 16),
      full('全年完成规模工业总产值86.4亿元，同比', 730, 96),
      line('增长7.2%。', 72, 140, 714),
      full('下一段从缩进开始，也写满了整整一行的', 698, 96),
      line('文字。', 72, 110, 682),
    ]]);
    expect(text).toBe('标题\n全年完成规模工业总产值86.4亿元，同比增长7.2%。\n下一段从缩进开始，也写满了整整一行的文字。\n');
    expect(pageStarts).toEqual([0]);
  });

  it('puts a space between words when a line wraps in Latin text, none in Chinese', () => {
    expect(joinPages([[full('The park reported', 700), line('growth.', 72, 120, 684)]]).text).toBe('The park reported growth.\n');
  });

  it('breaks at a gap wider than the page’s line spacing', () => {
    const lines = [full('第一行写满了整行文字内容', 700), full('第二行也写满了整行文字', 684), line('完。', 72, 100, 668), full('隔开的一段', 620)];
    expect(joinPages([lines]).text).toBe('第一行写满了整行文字内容第二行也写满了整行文字完。\n隔开的一段\n');
  });

  it('keeps the offset where every page starts, joining a paragraph that runs over the page break', () => {
    const { text, pageStarts } = joinPages([[full('第一页最后一行写满了', 100)], [line('第二页。', 72, 120, 760)], [line('第三页', 96, 200, 760)]]);
    expect(text).toBe('第一页最后一行写满了第二页。\n第三页\n');
    expect(pageStarts).toEqual([0, 10, 15]);
    expect(text.slice(pageStarts[1], pageStarts[2])).toBe('第二页。\n');
  });
});

describe('withoutPageNumbers', () => {
  it('drops a page-number line at the top or foot of a page, never a line with words', () => {
    const body = line('正文', 72, 100, 600);
    for (const n of ['- 3 -', '— 12 —', '3', '第3页', '第 3 页 共 10 页', '3/10', 'Page 3 of 10']) {
      expect(withoutPageNumbers([body, line(n, 280, 300, 40)]).map((l) => l.text)).toEqual(['正文']);
      expect(withoutPageNumbers([line(n, 280, 300, 800), body]).map((l) => l.text)).toEqual(['正文']);
    }
    expect(withoutPageNumbers([body, line('3个项目', 72, 120, 40)]).map((l) => l.text)).toEqual(['正文', '3个项目']);
  });
});

describe('pdfText', () => {
  it('refuses a PDF without a text layer, saying so', async () => {
    const error = await pdfText(await scannedPdf(2)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).message).toBe('is a PDF of 2 page(s) without a text layer (a scan?)');
    expect((error as SourceFormatError).hint).toContain('OCR');
  });

  it('refuses bytes that are not a PDF', async () => {
    const error = await pdfText(new TextEncoder().encode('%PDF-1.7 cut short')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFormatError);
    expect((error as SourceFormatError).message).toMatch(/^is not a PDF that can be read/u);
  });
});
