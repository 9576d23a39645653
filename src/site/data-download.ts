/**
 * The dataset files as the site offers them: /data/indicators.csv … for people (Excel), and
 * /data/package/indicators.csv … for programs, the data package's resources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeBytes } from '../data/csv.ts';

/**
 * A data folder file as UTF-8 text without a BOM, even when an editor saved it as GBK or with a
 * BOM: the bytes decoded the way the loader read them. What the data package's resources hold:
 * Frictionless readers take a BOM for part of the first column's name.
 */
export function dataFileText(dir: string, file: string): string {
  const bytes = readFileSync(join(dir, file));
  const decoded = decodeBytes(bytes);
  return 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : new TextDecoder().decode(bytes);
}

/** The same text with a UTF-8 BOM: what Excel needs to read it as UTF-8, not the system code page, and show the Chinese. */
export function dataFileDownload(dir: string, file: string): string {
  return `\uFEFF${dataFileText(dir, file)}`;
}
