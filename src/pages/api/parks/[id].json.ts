/** /api/parks/<id>.json: everything the park's page shows, each figure with its quote and source URL. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../data/site-data.ts';
import { jsonResponse, parkJson } from '../../../site/json-api.ts';
import { parkDataPaths } from '../../../site/static-paths.ts';

export const getStaticPaths = parkDataPaths;
export const GET: APIRoute = ({ params }) => jsonResponse(parkJson(siteData(), import.meta.env.BASE_URL, String(params.id)));
