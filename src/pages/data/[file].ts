/** Serves each dataset file byte-for-byte as a download: /data/indicators.csv … */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData } from '../../data/site-data.ts';
import { decodeBytes } from '../../data/csv.ts';

export const DATA_FILES = ['parks.csv', 'documents.csv', 'indicator_defs.csv', 'indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv'] as const;

export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file } }));
}

/**
 * Downloads are always UTF-8 with a BOM (what Excel needs to open Chinese correctly), even when an
 * editor saved the data folder's file as GBK: the bytes are decoded the way the loader read them.
 */
export const GET: APIRoute = ({ params }) => {
  const bytes = readFileSync(join(siteData().dir, String(params.file)));
  const decoded = decodeBytes(bytes);
  const text = 'text' in decoded ? decoded.text.replace(/^\uFEFF/, '') : new TextDecoder().decode(bytes);
  return new Response(`\uFEFF${text}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
