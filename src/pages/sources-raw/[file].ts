/** The five reports exactly as received, for anyone who wants to check a quote themselves. */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData } from '../../data/site-data.ts';

export function getStaticPaths() {
  return siteData().dataset.documents.map((d) => ({ params: { file: d.source_file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(siteData().dir, 'sources', String(params.file))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
