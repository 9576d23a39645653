/**
 * One 1200×630 social card per page of both editions, rendered at build time. getStaticPaths
 * gives every card to worker threads (card-pool.ts); each route reads the PNG they drew.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../data/site-data.ts';
import { cardSvg } from '../../social-cards/card-svg.ts';
import { fontsFor } from '../../social-cards/card-render.ts';
import { cardKey, drawCards, type CardPool } from '../../social-cards/card-pool.ts';
import { cardSlug, sitePages } from '../../site/site-pages.ts';

let pool: CardPool | undefined;

export async function getStaticPaths() {
  const { dataset, index } = siteData();
  const cards = [...sitePages(dataset, index, 'zh-CN'), ...sitePages(dataset, index, 'en')].flatMap((p) => (p.card ? [{ path: p.path, card: p.card }] : [])).map((p) => ({ slug: cardSlug(p.path), svg: cardSvg(p.card) }));
  // One font subset for all cards: every character any card prints.
  const fonts = await fontsFor([...new Set(cards.map((c) => c.svg).join(''))].join(''));
  pool = drawCards(cards.map((c) => c.svg), fonts);
  return cards.map((c) => ({ params: { slug: c.slug }, props: { key: cardKey(c.svg) }, cacheKey: cardKey(c.svg) }));
}

export const GET: APIRoute = async ({ props }) => {
  if (!pool) throw new Error('social cards: getStaticPaths did not run');
  return new Response(Buffer.from(await pool.png(String(props.key))), { headers: { 'Content-Type': 'image/png' } });
};
