/** One 1200×630 social card per page of both editions, rendered at build time. */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { cardSvg } from '../../lib/social-card.ts';
import { fontsFor, svgToPng } from '../../lib/card-render.ts';
import { cardSlug, sitePages } from '../../lib/site-pages.ts';

export function getStaticPaths() {
  const { dataset, index } = siteData();
  const cards = [...sitePages(dataset, index, 'zh-CN'), ...sitePages(dataset, index, 'en')].flatMap((p) => (p.card ? [{ path: p.path, card: p.card }] : [])).map((p) => ({ slug: cardSlug(p.path), svg: cardSvg(p.card) }));
  // One font subset for all cards: every character any card prints.
  const charset = [...new Set(cards.map((c) => c.svg).join(''))].join('');
  return cards.map((c) => ({ params: { slug: c.slug }, props: { svg: c.svg, charset } }));
}

export const GET: APIRoute = async ({ props }) => {
  const fonts = await fontsFor(String(props.charset));
  return new Response(Buffer.from(svgToPng(String(props.svg), fonts)), { headers: { 'Content-Type': 'image/png' } });
};
