/** robots.txt pointing at the sitemap (absolute, so it must know the origin and base path). */
import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths.ts';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(withBase(import.meta.env.BASE_URL, 'sitemap.xml'), site ?? 'http://localhost:4321').href;
  return new Response(`User-agent: *\nAllow: /\nSitemap: ${sitemap}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
