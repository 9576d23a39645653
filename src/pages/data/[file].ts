/** Serves each dataset file as a download: /data/indicators.csv … */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { DATA_FILES } from '../../data/load.ts';
import { dataFileDownload } from '../../site/data-download.ts';

export function getStaticPaths() {
  return DATA_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(dataFileDownload(siteData().dir, String(params.file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
