/**
 * A Word .docx → its paragraphs, one per line, through mammoth (its HTML, so that headings,
 * list items and table rows each make a line, as in the document; images are left out).
 */
import { htmlLines } from './html-text.ts';
import { SourceFormatError, type PagedText } from './text-model.ts';

export async function docxText(bytes: Uint8Array): Promise<PagedText> {
  let html: string;
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })) });
    html = result.value;
  } catch (e) {
    throw new SourceFormatError(`is not a Word document that can be read (${e instanceof Error ? e.message : String(e)})`, 'open it in Word or WPS and save it again as .docx (an old .doc must be saved as .docx)');
  }
  const lines = htmlLines(html);
  if (lines.length === 0) throw new SourceFormatError('is a Word document with no text', 'is the report an image pasted into Word? ask for the report as text');
  return { text: `${lines.join('\n')}\n`, pageStarts: [] };
}
