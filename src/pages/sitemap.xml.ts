/** sitemap.xml with absolute URLs under SITE_ORIGIN and the base path. */
import type { APIRoute } from 'astro';
import { siteData } from '../data/site-data.ts';
import { sitePages } from '../site/site-pages.ts';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const { dataset, index } = siteData();
  const origin = site ?? new URL('http://localhost:4321');
  const urls = [...sitePages(dataset, index, 'zh-CN'), ...sitePages(dataset, index, 'en')]
    .filter((p) => p.sitemap)
    .map((p) => `<url><loc>${new URL(withBase(import.meta.env.BASE_URL, p.path), origin).href}</loc></url>`);
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
