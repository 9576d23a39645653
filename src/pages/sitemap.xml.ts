/** sitemap.xml with absolute URLs under SITE_ORIGIN and the base path. */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import { sitePages } from '../site/site-pages.ts';
import { absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const { dataset, index } = siteData();
  const urls = [...sitePages(dataset, index, 'zh-CN'), ...sitePages(dataset, index, 'en')]
    .filter((p) => p.sitemap)
    .map((p) => `<url><loc>${absoluteUrl(site, import.meta.env.BASE_URL, p.path)}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
