/**
 * The reports exactly as received. In a build they are copied after the pages by the rawSources()
 * integration (src/integrations/raw-sources.ts), much faster than one route per file; this route serves them
 * on the dev server only, each with the Content-Type of its format (a PDF as a PDF).
 */
import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteData } from '../../data/site-data.ts';
import { CONTENT_TYPES, publishedName, sourceFormat } from '../../lib/source-formats.ts';

export function getStaticPaths() {
  if (import.meta.env.PROD) return [];
  return siteData().dataset.documents.map((d) => ({ params: { file: publishedName(d.source_file) }, props: { source: d.source_file } }));
}

/** Typed by the name it is published under: a saved web page (x.html.txt) as text. */
export const GET: APIRoute = ({ params, props }) =>
  new Response(readFileSync(join(siteData().dir, 'sources', String(props.source))), { headers: { 'Content-Type': CONTENT_TYPES[sourceFormat(String(params.file))] } });
