/**
 * A data folder's sources: which files documents.csv names, and the text derived from each one
 * that is not plain text, ready for the loader (LoadOptions.sourceTexts). The loader itself is
 * synchronous and reads text files as before; this runs first, wherever a folder is loaded —
 * the build's data check, check-data, extract --apply.
 */
import { decodeBytes, parseCsvText } from '../data/csv.ts';
import { loadDataset, type LoadOptions, type LoadResult, type ReadFile } from '../data/load.ts';
import type { SourceText, SourceTextFailure, SourceTexts } from '../data/model.ts';
import { isDerivedFormat } from '../lib/source-formats.ts';
import { deriveText, SourceFormatError } from './derive.ts';

/** The `source_file` of every row of documents.csv, each once, in file order. */
export function sourceFiles(documentsCsv: Uint8Array): string[] {
  const decoded = decodeBytes(documentsCsv);
  if ('binary' in decoded) throw new Error(`documents.csv is not text: ${decoded.what}`);
  const csv = parseCsvText(decoded.text);
  const column = csv.header.indexOf('source_file');
  if (column < 0) throw new Error('documents.csv has no source_file column');
  return [...new Set(csv.rows.map((r) => (r.cells[column] ?? '').trim()).filter((f) => f !== ''))];
}

/** One file's derived text, or why there is none. */
export async function sourceTextOf(bytes: Uint8Array, name: string): Promise<SourceText | SourceTextFailure> {
  try {
    const { text, pageStarts } = await deriveText(bytes, name);
    return { text, pageStarts };
  } catch (e) {
    if (e instanceof SourceFormatError) return { error: e.message, hint: e.hint };
    return { error: `could not be read (${e instanceof Error ? e.message : String(e)})`, hint: 'open it in its program and save it again; if it opens there, please report this with the file' };
  }
}

/**
 * The derived text of every PDF, .docx and web page documents.csv names. Files that are missing
 * or unreadable, and a documents.csv that cannot be read, are left for the loader to report.
 */
export async function deriveSourceTexts(read: ReadFile): Promise<SourceTexts> {
  const out = new Map<string, SourceText | SourceTextFailure>();
  let names: string[];
  try {
    const csv = read('documents.csv');
    names = csv === null ? [] : sourceFiles(csv);
  } catch {
    return out;
  }
  for (const name of names.filter(isDerivedFormat)) {
    let bytes: Uint8Array | null;
    try {
      bytes = read(`sources/${name}`);
    } catch {
      continue;
    }
    if (bytes !== null) out.set(name, await sourceTextOf(bytes, name));
  }
  return out;
}

/** loadDataset with the sources' texts derived first: what check-data, extract --apply and the build load. */
export async function loadDataFolder(read: ReadFile, options: Omit<LoadOptions, 'sourceTexts'> = {}): Promise<LoadResult> {
  return loadDataset(read, { ...options, sourceTexts: await deriveSourceTexts(read) });
}
