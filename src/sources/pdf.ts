/**
 * A PDF's text layer → the report's text, through pdfjs-dist (the legacy build, which runs on
 * Node; no worker thread, no canvas, no network: character maps and standard font data are read
 * from the package's own folders).
 *
 * pdfjs gives text runs in content-stream order, which is reading order for the PDFs that word
 * processors and browsers print. Runs are put on lines by their position; a line that wraps
 * (it reaches the text's right edge and the next line is not indented and not set apart) is joined
 * to the next one without a break, and a break between lines is a paragraph end. Spaces pdfjs
 * guesses from glyph gaps are dropped next to Chinese characters and punctuation, where a report
 * has none. A line that is only a page number (“- 3 -”, “第3页 共10页”, “3/10”) at the top or
 * bottom of a page is dropped; the page itself is kept as an offset. Radicals that a font's
 * glyph sharing put in place of ideographs are mapped back (radicals.ts).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { isTraditional, unifyRadicals } from './radicals.ts';
import { SourceFormatError, type PagedText } from './text-model.ts';

/** A run of text as pdfjs reports it (the fields used here). */
interface Run {
  str: string;
  x: number;
  y: number;
  width: number;
  size: number;
  hasEOL: boolean;
}

/** One visual line of a page. */
export interface PdfLine {
  text: string;
  left: number;
  right: number;
  y: number;
  size: number;
}

/** Chinese characters, CJK punctuation and full-width forms: no space belongs next to them. */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+|[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');
const ENDS_CJK = new RegExp(`[${CJK}]$`, 'u');
const STARTS_CJK = new RegExp(`^[${CJK}]`, 'u');

/** A line that is only a page number. */
const PAGE_NUMBER = /^(?:[-—–－\s]*\d{1,4}[-—–－\s]*|第\s*\d{1,4}\s*页(?:\s*[，,]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|page\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/iu;

/** Spaces inside a line as a reader of the report would have them. */
export function tidyLine(s: string): string {
  return s.replace(/[ \t\u00a0\u3000]+/gu, ' ').replace(SPACE_NEXT_TO_CJK, '').trim();
}

/** Runs → lines: a new line after a run that ends one, or where the baseline moves. */
export function linesOf(runs: readonly Run[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let parts: Run[] = [];
  const flush = () => {
    const text = tidyLine(parts.map((r) => r.str).join(''));
    const inked = parts.filter((r) => r.str.trim() !== '');
    if (text !== '' && inked.length > 0) {
      lines.push({
        text,
        left: Math.min(...inked.map((r) => r.x)),
        right: Math.max(...inked.map((r) => r.x + r.width)),
        y: inked[0]?.y ?? 0,
        size: Math.max(...inked.map((r) => r.size)),
      });
    }
    parts = [];
  };
  for (const run of runs) {
    const first = parts.find((r) => r.str.trim() !== '');
    if (first && run.str.trim() !== '' && Math.abs(run.y - first.y) > Math.max(first.size, run.size) * 0.5) flush();
    parts.push(run);
    if (run.hasEOL) flush();
  }
  flush();
  return lines;
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] ?? 0);
}

/** The page's text column: its left margin, right edge and usual line spacing. */
interface Column {
  left: number;
  right: number;
  gap: number;
}

/**
 * The column of a page: the document's margins, the page's own line spacing. The right edge is at
 * least the page width less the left margin (margins are as wide on both sides), so that a
 * document of short paragraphs, no line of which fills the column, does not read as one paragraph.
 */
function columnOf(lines: readonly PdfLine[], all: readonly PdfLine[], pageWidth: number): Column {
  const gaps = lines.slice(1).map((l, i) => (lines[i]?.y ?? 0) - l.y).filter((g) => g > 0);
  const left = Math.min(...all.map((l) => l.left));
  return { left, right: Math.max(...all.map((l) => l.right), pageWidth - left), gap: median(gaps) };
}

/** A line ending a sentence or a heading: a paragraph ends there even if it fills the column (a wrong break costs a quote nothing). */
const ENDS_PARAGRAPH = /[。！？：!?:]$/u;

/** True when `line` wraps into `next`: it fills the column and `next` is neither indented nor set apart. */
function wraps(line: PdfLine, col: Column, next: PdfLine, nextCol: Column, samePage: boolean): boolean {
  const full = line.right >= col.right - 1.5 * line.size && !ENDS_PARAGRAPH.test(line.text);
  const indented = next.left > nextCol.left + 0.8 * next.size;
  const apart = samePage && col.gap > 0 && line.y - next.y > col.gap * 1.4;
  return full && !indented && !apart;
}

/** What goes between a line and the line it wraps into: nothing in Chinese, a space between words. */
function wrapJoin(a: string, b: string): string {
  return ENDS_CJK.test(a) || STARTS_CJK.test(b) || a.endsWith('-') ? '' : ' ';
}

/** Drops a page-number line at the top or bottom of a page. */
export function withoutPageNumbers(lines: readonly PdfLine[]): PdfLine[] {
  const out = [...lines];
  if (out.length > 1 && PAGE_NUMBER.test(out.at(-1)?.text ?? '')) out.pop();
  if (out.length > 1 && PAGE_NUMBER.test(out[0]?.text ?? '')) out.shift();
  return out;
}

/** Pages of lines (and each page's width, 0 when unknown) → one text, paragraphs one per line, with the offset where each page starts. */
export function joinPages(pages: readonly (readonly PdfLine[])[], pageWidths: readonly number[] = []): PagedText {
  let text = '';
  const pageStarts: number[] = [];
  let prev: { line: PdfLine; col: Column } | null = null;
  const all = pages.flat();
  pages.forEach((lines, p) => {
    const col = lines.length > 0 ? columnOf(lines, all, pageWidths[p] ?? 0) : null;
    let startedAt: number | null = null;
    lines.forEach((line, i) => {
      if (col === null) return;
      if (prev !== null) {
        const samePage = i > 0;
        text += wraps(prev.line, prev.col, line, col, samePage) ? wrapJoin(prev.line.text, line.text) : '\n';
      }
      startedAt ??= text.length;
      text += line.text;
      prev = { line, col };
    });
    pageStarts.push(startedAt ?? text.length);
  });
  return { text: text === '' ? '' : `${text}\n`, pageStarts };
}

let pdfjs: Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> | null = null;

/** Where pdfjs-dist keeps its character maps and standard font data, as folder paths. */
function pdfjsFolders(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: `${join(root, 'cmaps')}/`, standardFontDataUrl: `${join(root, 'standard_fonts')}/` };
}

/** The runs of one page's text layer, positioned. */
function runsOf(items: readonly unknown[]): Run[] {
  const runs: Run[] = [];
  for (const item of items) {
    if (typeof item !== 'object' || item === null || !('str' in item)) continue;
    const { str, transform, width, height, hasEOL } = item as { str: string; transform: number[]; width: number; height: number; hasEOL: boolean };
    runs.push({ str, x: transform[4] ?? 0, y: transform[5] ?? 0, width, size: height || Math.abs(transform[3] ?? 0), hasEOL });
  }
  return runs;
}

/** A PDF's text, page by page; a PDF with no text at all (a scan) is an error. */
export async function pdfText(bytes: Uint8Array): Promise<PagedText> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  const { getDocument } = await pdfjs;
  // pdfjs may detach the buffer it is given: hand it a copy so the caller's bytes stay whole.
  const task = getDocument({ data: bytes.slice(), ...pdfjsFolders(), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = e instanceof Error ? e.name : '';
    if (name === 'PasswordException') throw new SourceFormatError('is a password-protected PDF', 'save it again without a password, or ask for the report as text or Word');
    throw new SourceFormatError(`is not a PDF that can be read (${e instanceof Error ? e.message : String(e)})`, 'is the file complete? open it in a PDF reader and save it again');
  }
  try {
    const runs: Run[][] = [];
    const widths: number[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      runs.push(runsOf((await page.getTextContent()).items));
      widths.push(page.getViewport({ scale: 1 }).width);
      page.cleanup();
    }
    const traditional = isTraditional(runs.flat().map((r) => r.str).join(''));
    const pages = runs.map((page) => withoutPageNumbers(linesOf(page.map((r) => ({ ...r, str: unifyRadicals(r.str, traditional) })))));
    const joined = joinPages(pages, widths);
    if (joined.text.trim() === '') {
      throw new SourceFormatError(`is a PDF of ${doc.numPages} page(s) without a text layer (a scan?)`, 'run it through OCR, or ask for the report as text, Word or a PDF printed from the original');
    }
    return joined;
  } finally {
    await task.destroy();
  }
}
