/** /en/parks/<id>/feed.xml: a park's documents and figures as an Atom feed, in English. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../../data/site-data.ts';
import { atomResponse, parkFeed } from '../../../../site/feeds.ts';
import { parkDataPaths } from '../../../../site/static-paths.ts';

export const getStaticPaths = parkDataPaths;
export const GET: APIRoute = ({ site, params }) => atomResponse(parkFeed(siteData(), 'en', site, import.meta.env.BASE_URL, String(params.id)));
