/** robots.txt pointing at the sitemap (absolute, so it must know the origin and base path). */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = absoluteUrl(site, import.meta.env.BASE_URL, 'sitemap.xml');
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
