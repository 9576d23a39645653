/** The dataset files as the data page offers them: /data/indicators.csv … */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../data/csv.ts';

/**
 * Downloads are always UTF-8 with a BOM (what Excel needs to open Chinese correctly), even when an
 * editor saved the data folder's file as GBK: the bytes are decoded the way the loader read them.
 */
export function dataFileDownload(dir: string, file: string): string {
  const bytes = readFileSync(join(dir, file));
  const decoded = decodeBytes(bytes);
  const text = 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : new TextDecoder().decode(bytes);
  return `\uFEFF${text}`;
}
