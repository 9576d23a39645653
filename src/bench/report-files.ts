/**
 * Report files written the way a park's office writes them — a PDF printed from a word processor
 * (pdfkit with Noto Sans Hans from @embedpdf/fonts-sc: wrapped lines, first-line indents, a page
 * number at the foot of every page), a Word .docx (docx) — for the format fixtures
 * (tests/fixtures/reports/) and the extraction benchmark. The same paragraphs give the same bytes
 * every time: the dates each writer stamps into its file are fixed.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import PDFDocument from 'pdfkit';
import { fullFonts } from '../social-cards/card-render.ts';

/** When every file is said to be written: a fixed instant, so that the bytes do not depend on the clock. */
export const WRITTEN_AT = new Date(Date.UTC(2026, 0, 15, 8, 0, 0));

/** A report to write: a title, then pages of paragraphs (a .docx runs the pages together). */
export interface ReportContent {
  title: string;
  pages: readonly (readonly string[])[];
}

/** A PDF of `report`, A4, 12 pt, paragraphs indented two characters, "- n -" at each page's foot. */
export function reportPdf(report: ReportContent): Promise<Uint8Array> {
  const regular = fullFonts()[0] ?? '';
  const doc = new PDFDocument({ size: 'A4', margin: 72, autoFirstPage: false, info: { Title: report.title, Producer: 'yuanqu fixtures', Creator: 'yuanqu fixtures', CreationDate: WRITTEN_AT, ModDate: WRITTEN_AT } });
  const done = bytesOf(doc);
  doc.font(regular);
  report.pages.forEach((paragraphs, i) => {
    doc.addPage();
    if (i === 0) doc.fontSize(16).text(report.title, { align: 'center', paragraphGap: 12 });
    doc.fontSize(12);
    for (const p of paragraphs) doc.text(p, { indent: 24, lineGap: 4, paragraphGap: 6, align: 'justify' });
    const { margins } = doc.page;
    const bottom = margins.bottom;
    margins.bottom = 0;
    doc.fontSize(10).text(`- ${i + 1} -`, margins.left, doc.page.height - 48, { width: doc.page.width - margins.left - margins.right, align: 'center' });
    margins.bottom = bottom;
  });
  doc.end();
  return done;
}

/** Collects a pdfkit document's bytes once it ends. */
function bytesOf(doc: PDFDocument): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  return new Promise<Uint8Array>((resolve) => {
    doc.on('data', (c) => void chunks.push(c));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** A PDF of `pages` A4 pages with no text on them: what a scanner without OCR gives. */
export function scannedPdf(pages: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', autoFirstPage: false, info: { Producer: 'yuanqu fixtures', Creator: 'yuanqu fixtures', CreationDate: WRITTEN_AT, ModDate: WRITTEN_AT } });
  const done = bytesOf(doc);
  for (let i = 0; i < pages; i++) doc.addPage();
  doc.end();
  return done;
}

/**
 * Runs `write` with the clock stopped at WRITTEN_AT and the time zone at UTC: docx stamps the
 * document's created and modified dates and its zip entries' times from the clock.
 */
async function atWrittenTime<T>(write: () => Promise<T>): Promise<T> {
  const RealDate = globalThis.Date;
  const tz = process.env.TZ;
  process.env.TZ = 'UTC';
  const fixed = WRITTEN_AT.getTime();
  class StoppedDate extends RealDate {
    constructor(...args: [] | [string | number | Date]) {
      if (args.length === 0) super(fixed);
      else super(args[0]);
    }
    static override now(): number {
      return fixed;
    }
  }
  globalThis.Date = StoppedDate as DateConstructor;
  try {
    return await write();
  } finally {
    globalThis.Date = RealDate;
    if (tz === undefined) delete process.env.TZ;
    else process.env.TZ = tz;
  }
}

/** A .docx of `report`: the title as a heading, one Word paragraph per paragraph. */
export function reportDocx(report: ReportContent): Promise<Uint8Array> {
  return atWrittenTime(async () => {
    const doc = new Document({
      creator: 'yuanqu fixtures',
      title: report.title,
      sections: [{
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(report.title)] }),
          ...report.pages.flat().map((p) => new Paragraph({ children: [new TextRun(p)], indent: { firstLine: 480 } })),
        ],
      }],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  });
}
