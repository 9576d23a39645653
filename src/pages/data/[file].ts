/** Serves each dataset file byte-for-byte as a download: /data/indicators.csv … */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData } from '../../data/site-data.ts';

export const DATA_FILES = ['parks.csv', 'documents.csv', 'indicator_defs.csv', 'indicators.csv', 'investments.csv', 'zones.csv', 'projects.csv'] as const;

export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const bytes = readFileSync(join(siteData().dir, String(params.file)));
  return new Response(bytes, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
