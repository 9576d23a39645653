/** /data/datapackage.json: the Frictionless data package of the CSVs in package/ beside it (one file for both editions). */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { dataPackage } from '../../site/data-package.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(dataPackage(siteData().dataset, site, import.meta.env.BASE_URL), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
