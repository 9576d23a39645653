/** /api/parks.json: every park with its counts, and the dataset's totals. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { jsonResponse, parksJson } from '../../site/json-api.ts';

export const GET: APIRoute = () => jsonResponse(parksJson(siteData(), import.meta.env.BASE_URL));
