// sources/: the report files as received (PDF, Word .docx, saved web page, text) → the text their quotes come from.
/**
 * One entry for the extractor and the build: a report file's bytes and name → its text, the same
 * text for the same bytes every time (no clock, no locale, no network; the libraries pinned in
 * package.json). Plain text is decoded as the loader decodes it (UTF-8 or GBK); a PDF is read
 * from its text layer (pdf.ts), a .docx through mammoth (docx.ts), a web page through
 * Readability (web-page.ts). A file whose text cannot be derived — a scanned PDF, a broken
 * file — throws a SourceFormatError saying what the file is and what to do.
 */
import { decodeBytes } from '../data/csv.ts';
import { sourceFormat } from '../lib/source-formats.ts';
import { SourceFormatError, type DerivedText } from './text-model.ts';

export { SourceFormatError, type DerivedText, type PagedText } from './text-model.ts';

function plainText(bytes: Uint8Array): DerivedText {
  const decoded = decodeBytes(bytes);
  if ('binary' in decoded) throw new SourceFormatError('is not a plain-text file', 'save the report as plain text (.txt, UTF-8 or GBK), or keep it as .pdf, .docx or .html');
  return { text: decoded.text.replace(/^\uFEFF/u, ''), pageStarts: [], format: 'text', encoding: decoded.encoding };
}

/**
 * The text of the report file `fileName` (only its ending matters) holding `bytes`. Each format's
 * reader is loaded when first needed: a folder of text reports never loads pdfjs, mammoth or
 * Readability.
 */
export async function deriveText(bytes: Uint8Array, fileName: string): Promise<DerivedText> {
  const format = sourceFormat(fileName);
  switch (format) {
    case 'pdf':
      return { ...(await (await import('./pdf.ts')).pdfText(bytes)), format };
    case 'docx':
      return { ...(await (await import('./docx.ts')).docxText(bytes)), format };
    case 'html':
      return { ...(await import('./web-page.ts')).webPageText(bytes), format };
    case 'text':
      return plainText(bytes);
  }
}
