/** /api/indicators/<id>.json: an indicator's definition and its target/actual pairs across parks. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../data/site-data.ts';
import { indicatorJson, jsonResponse } from '../../../site/json-api.ts';
import { indicatorPaths } from '../../../site/static-paths.ts';

export const getStaticPaths = indicatorPaths();
export const GET: APIRoute = ({ params }) => jsonResponse(indicatorJson(siteData(), import.meta.env.BASE_URL, String(params.id)));
