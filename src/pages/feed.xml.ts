/** /feed.xml: the Chinese edition's Atom feed of documents. */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import { atomResponse, siteFeed } from '../site/feeds.ts';

export const GET: APIRoute = ({ site }) => atomResponse(siteFeed(siteData(), 'zh-CN', site, import.meta.env.BASE_URL));
