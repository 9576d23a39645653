/** Serves each dataset file as a download: /data/indicators.csv … */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { DATA_FILES } from '../../data/load.ts';
import { dataFileDownload } from '../../site/data-download.ts';
import { digestOf } from '../../site/page-keys.ts';

export function getStaticPaths() {
  const { dir } = siteData();
  return DATA_FILES.map((file) => ({ params: { file }, cacheKey: digestOf([dataFileDownload(dir, file)]) }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(dataFileDownload(siteData().dir, String(params.file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
