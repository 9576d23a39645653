/** /en/feed.xml: the English edition's Atom feed of documents. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { atomResponse, siteFeed } from '../../site/feeds.ts';

export const GET: APIRoute = ({ site }) => atomResponse(siteFeed(siteData(), 'en', site, import.meta.env.BASE_URL));
