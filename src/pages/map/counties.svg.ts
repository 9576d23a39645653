/** /map/counties.svg: the province map's county shapes, which /map/ and /en/map/ draw with <use>. */
import type { APIRoute } from 'astro';
import { siteBasemap } from '../../map/load-basemap.ts';
import { provinceShapesFile } from '../../map/province-map.ts';
import { siteData } from '../../data/site-data.ts';

export const GET: APIRoute = () => new Response(provinceShapesFile(siteBasemap().basemap, siteData().dataset.parks), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
