/** /map/prefectures/NNNN.svg: the base shapes a prefecture's park maps draw with <use> (both editions). */
import type { APIRoute } from 'astro';
import { siteData } from '../../../data/site-data.ts';
import { siteBasemap } from '../../../map/load-basemap.ts';
import { parkMapPrefectures, prefectureShapesFile } from '../../../map/park-map.ts';
import { prefecturePathKey } from '../../../site/static-paths.ts';

export const getStaticPaths = () => parkMapPrefectures(siteData().dataset.parks).map((code) => ({ params: { code }, cacheKey: prefecturePathKey() }));

export const GET: APIRoute = ({ params }) =>
  new Response(prefectureShapesFile(siteBasemap().basemap, siteData().dataset.parks, String(params.code)), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
