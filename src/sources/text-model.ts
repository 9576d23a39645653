/** What deriving a report's text gives: the text, where its pages start, and why it failed. */
import type { SourceFormat } from '../lib/source-formats.ts';

/** A text with the offset in it where each page starts (page 1 at index 0); empty for files without pages. */
export interface PagedText {
  text: string;
  pageStarts: readonly number[];
}

/** The text a report's quotes come from, derived from the file as received. */
export interface DerivedText extends PagedText {
  format: SourceFormat;
  /** How the bytes were read, for text files and web pages. */
  encoding?: 'utf-8' | 'utf-8-bom' | 'gb18030';
  /** A web page's title, as Readability read it (also the text's first line). */
  title?: string;
}

/** A file whose text cannot be derived: `message` says what the file is, `hint` what to do. */
export class SourceFormatError extends Error {
  readonly hint: string;
  constructor(message: string, hint: string) {
    super(message);
    this.name = 'SourceFormatError';
    this.hint = hint;
  }
}
