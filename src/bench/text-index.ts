/**
 * The index's own floor: what Pagefind costs to index the text our search index holds, handed to it
 * as plain text records (no HTML to read, parse or exclude from). That text is what readers search
 * — each page's content as Pagefind took it from the page, read back from the fragments it wrote —
 * so no index that finds what ours finds can be built for less on this stack, whatever the pages'
 * markup. bench:build sets it beside the stack's floor (src/bench/floor.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { SHARDS_FILE } from '../integrations/search-index.ts';

/** One page of the index as a Pagefind custom record. */
export interface TextRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

/** What a decompressed fragment file begins with, before its JSON. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * A fragment file (`<language>_<hash>.pf_fragment`, gzipped JSON) as a record. Pagefind writes
 * Chinese content with a zero-width space between the words it segmented; those are taken out, so
 * that indexing the record segments the text again as indexing the page did.
 */
export function fragmentRecord(fileName: string, gzipped: Uint8Array): TextRecord {
  const language = /^(.+)_[0-9a-f]+\.pf_fragment$/.exec(fileName)?.[1];
  if (!language) throw new Error(`not a Pagefind fragment file name: ${fileName}`);
  const text = gunzipSync(gzipped).toString('utf8');
  if (!text.startsWith(FRAGMENT_SIGNATURE)) throw new Error(`${fileName}: no Pagefind fragment signature`);
  const f = JSON.parse(text.slice(FRAGMENT_SIGNATURE.length)) as { url?: unknown; content?: unknown; meta?: Record<string, string> };
  if (typeof f.url !== 'string' || typeof f.content !== 'string') throw new Error(`${fileName}: fragment without url or content`);
  return { url: f.url, content: f.content.replaceAll('\u200b', ''), language, meta: f.meta ?? {} };
}

/** The fragment folders of a bundle written by src/integrations/search-index.ts: pagefind/fragment, then those of the shards its shards.json lists. */
export function fragmentFolders(bundle: string): string[] {
  const listed = JSON.parse(readFileSync(join(bundle, SHARDS_FILE), 'utf8')) as Record<string, string[]>;
  const shards = [...new Set(Object.values(listed).flat())].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [join(bundle, 'fragment'), ...shards.map((s) => join(bundle, s, 'fragment'))];
}

/** The records of one fragment folder, by language (each indexed by a Pagefind process of its own, as the pages were). */
export function recordsByLanguage(folder: string): Map<string, TextRecord[]> {
  const out = new Map<string, TextRecord[]>();
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const r = fragmentRecord(name, readFileSync(join(folder, name)));
    const list = out.get(r.language) ?? [];
    list.push(r);
    out.set(r.language, list);
  }
  return out;
}

export interface TextIndexResult {
  /** Pages indexed per language. */
  languages: Record<string, number>;
  /** Characters of text indexed. */
  chars: number;
  /** Time to read the fragments back, and to index their text (Pagefind processes started, fed, their files made in memory). */
  readMs: number;
  indexMs: number;
}

/**
 * Indexes the text of the bundle in `bundle` (pagefind/ of a built site) again, as custom records:
 * shard by shard and language by language, each in a Pagefind process of its own, as
 * src/integrations/search-index.ts indexed the pages. The files are made but not written.
 */
export async function indexText(bundle: string): Promise<TextIndexResult> {
  const { close, createIndex } = await import('pagefind');
  const languages: Record<string, number> = {};
  let chars = 0;
  let readMs = 0;
  let indexMs = 0;
  for (const folder of fragmentFolders(bundle)) {
    let t = performance.now();
    const byLanguage = recordsByLanguage(folder);
    readMs += performance.now() - t;
    for (const [language, records] of byLanguage) {
      t = performance.now();
      try {
        const { index, errors } = await createIndex();
        if (!index) throw new Error(errors.join('; ') || 'no index');
        for (const r of records) {
          const added = await index.addCustomRecord(r);
          if (added.errors.length > 0) throw new Error(added.errors.join('; '));
          chars += r.content.length;
        }
        const files = await index.getFiles();
        if (files.errors.length > 0) throw new Error(files.errors.join('; '));
      } finally {
        await close();
      }
      indexMs += performance.now() - t;
      languages[language] = (languages[language] ?? 0) + records.length;
    }
  }
  return { languages, chars, readMs: Math.round(readMs), indexMs: Math.round(indexMs) };
}

/** The line src/cli/index-text.ts prints, which bench:build reads back. */
export function textIndexLine(r: TextIndexResult): string {
  const langs = Object.entries(r.languages).map(([l, n]) => `${n} ${l}`).join(', ');
  return `indexed the text of ${langs} pages (${r.chars} characters) in ${r.indexMs} ms; fragments read in ${r.readMs} ms`;
}

/** The indexing time and characters of a `textIndexLine`, or null for any other line. */
export function parseTextIndexLine(line: string): { indexMs: number; chars: number } | null {
  const m = /^indexed the text of .* pages \((\d+) characters\) in (\d+) ms;/.exec(line);
  return m ? { chars: Number(m[1]), indexMs: Number(m[2]) } : null;
}
