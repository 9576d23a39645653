import { z } from 'zod';
import { cellType, isoDateOrEmpty, oneOf, optionalText, requiredText, slug, year } from './fields.ts';

export const DOCUMENT_KINDS = ['plan', 'report', 'report_and_plan'] as const;

/** documents.csv — one row per source document. */
export const documentRow = z.object({
  id: slug(),
  park_id: slug(),
  title: requiredText('the document title'),
  kind: oneOf(DOCUMENT_KINDS),
  /** The year the document is about; see year_basis. */
  year: year(),
  /** stated: the document says so; inferred: the evidence in quality_note says otherwise. */
  year_basis: oneOf(['stated', 'inferred'] as const),
  published: isoDateOrEmpty(),
  /**
   * File name in data/sources/, byte-for-byte as received: text (.txt), or a PDF, Word .docx or
   * saved web page (.html, .htm) whose text the build derives (src/sources/).
   */
  source_file: cellType(
    z.string().transform((s, ctx) => {
      const t = s.trim();
      if (/^[\w.-]+\.(?:txt|pdf|docx|html?)$/.test(t)) return t;
      ctx.addIssue({ code: 'custom', message: 'is not a file name in data/sources/', params: { expected: 'e.g. 000_2821043ce948ac82.txt (or .pdf, .docx, .html, .htm)' } });
      return z.NEVER;
    }),
    { type: 'string', constraints: { required: true, pattern: '[A-Za-z0-9_.\\-]+\\.(txt|pdf|docx|html?)' } },
  ),
  /** What a reader should know about the document's state: garbling, partial periods, missing names. */
  quality_note: optionalText(),
});

export type DocumentRow = z.output<typeof documentRow>;
export const DOCUMENT_COLUMNS = Object.keys(documentRow.shape);
