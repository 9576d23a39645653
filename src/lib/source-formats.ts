/**
 * The kinds of report file `data/sources/` may hold, told by the file name's ending: plain text is
 * read as it is; a PDF, a Word .docx or a saved web page has its text derived from it
 * (src/sources/). Shared by the loader (which text to expect), the raw-file route (its
 * Content-Type) and the derivation itself.
 */
export type SourceFormat = 'text' | 'pdf' | 'docx' | 'html';

const ENDINGS: readonly (readonly [RegExp, SourceFormat])[] = [
  [/\.pdf$/iu, 'pdf'],
  [/\.docx$/iu, 'docx'],
  [/\.html?$/iu, 'html'],
];

/** The format a source file's name says it has; anything not listed is text, as before. */
export function sourceFormat(fileName: string): SourceFormat {
  return ENDINGS.find(([ending]) => ending.test(fileName))?.[1] ?? 'text';
}

/** True when the text the quotes come from is derived from the file rather than read from it. */
export function isDerivedFormat(fileName: string): boolean {
  return sourceFormat(fileName) !== 'text';
}

/**
 * The name a source is published under in sources-raw/: its own, except that a saved web page
 * gets `.txt` after its name. Served as HTML from the site's origin, a saved page would run its
 * scripts there and fetch its stylesheets, images and trackers from other sites; as text, any
 * static server shows it as its source, and the download link saves it under its own name.
 */
export function publishedName(fileName: string): string {
  return sourceFormat(fileName) === 'html' ? `${fileName}.txt` : fileName;
}

/** How a server should label the file as received. */
export const CONTENT_TYPES: Readonly<Record<SourceFormat, string>> = {
  text: 'text/plain; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html',
};

/** What an editor may drop into data/sources/, as the messages name it. */
export const FORMAT_NAMES: Readonly<Record<SourceFormat, string>> = {
  text: 'a text file (.txt, UTF-8 or GBK)',
  pdf: 'a PDF with a text layer (.pdf)',
  docx: 'a Word document (.docx)',
  html: 'a saved web page (.html, .htm)',
};
