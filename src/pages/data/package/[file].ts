/** The data package's resources: /data/package/indicators.csv … (UTF-8 without a BOM; the Excel downloads are /data/indicators.csv …). */
import type { APIRoute } from 'astro';
import { siteData } from '../../../data/site-data.ts';
import { DATA_TABLES } from '../../../data/schema/tables.ts';
import { dataFileText } from '../../../site/data-download.ts';
import { digestOf } from '../../../site/page-keys.ts';

export function getStaticPaths() {
  const { dir } = siteData();
  return DATA_TABLES.map((table) => ({ params: { file: table.file }, cacheKey: digestOf([dataFileText(dir, table.file)]) }));
}

export const GET: APIRoute = ({ params }) =>
  new Response(dataFileText(siteData().dir, String(params.file)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
