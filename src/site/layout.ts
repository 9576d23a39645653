/** What the page layout (layouts/Base.astro) prints around every page: titles, links to both editions, the social card, the nav. */
import type { Dataset } from '../data/model.ts';
import { translator } from '../i18n/index.ts';
import { countWord, type Locale } from '../lib/format.ts';
import { editionOf, localized, routes, twinPath, withBase } from '../lib/paths.ts';
import { storyText } from '../derived/story.ts';
import { cardPageOf, cardPath } from './site-pages.ts';

export type Section = 'home' | 'parks' | 'indicators' | 'investments' | 'map' | 'sources' | 'data';

export interface LayoutProps {
  title: string;
  description?: string;
  locale?: Locale;
  /** Which nav entry is current. */
  section?: Section;
  /** Page path below the base whose social card to use (defaults to this page). */
  cardFor?: string;
  /** Keep out of search engines (embeds, 404). */
  noindex?: boolean;
  /** The page exists in one edition only (the 404 page): no language switch or hreflang. */
  single?: boolean;
  /** The dataset the page is built from (its social card and the footer's document count). */
  dataset: Dataset;
  /** A feed of this page's own (a park's), announced beside the edition's feed. */
  feed?: { title: string; path: string };
}

/** Where the page is: its URL, the site's origin and the base path. */
export interface PageAddress {
  url: URL;
  site: URL | undefined;
  base: string;
}

export function layoutModel(props: LayoutProps, { url, site, base }: PageAddress) {
  const { title, description, locale = 'zh-CN', section, cardFor, noindex = false, single = false, dataset, feed } = props;
  const t = translator(locale);
  const href = (p: string) => withBase(base, p);
  const nav = [
    ['home', routes.home(), t('nav.home')],
    ['parks', routes.parks(), t('nav.parks')],
    ['indicators', routes.indicators(), t('nav.indicators')],
    ['investments', routes.investments(), t('nav.investments')],
    ['map', routes.map(), t('nav.map')],
    ['sources', routes.sources(), t('nav.sources')],
    ['data', routes.data(), t('nav.data')],
  ] as const;
  const fullTitle = section === 'home' ? `${t('site.name')} — ${t('site.tagline')}` : `${title} · ${t('site.name')}`;
  const canonical = new URL(url.pathname, site).href;
  const pagePath = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname.replace(/^\/+/, '');
  const card = href(cardPath(cardFor ?? cardPageOf(dataset, pagePath)));
  // Both editions of this page, for hreflang and the language switch (which keeps the view: the
  // lang-switch island carries the query string and fragment across).
  const { path: neutralPath } = editionOf(pagePath);
  return {
    t, href, nav, fullTitle, canonical, card, locale, section, noindex, single, title,
    cardUrl: new URL(card, site).href,
    desc: description ?? t('site.tagline'),
    zhUrl: new URL(href(localized('zh-CN', neutralPath)), site).href,
    enUrl: new URL(href(localized('en', neutralPath)), site).href,
    twin: href(twinPath(pagePath)),
    feeds: [{ title: t('feed.title'), path: localized(locale, routes.feed()) }, ...(feed ? [feed] : [])].map((f) => ({ title: f.title, href: href(f.path) })),
    footerSources: storyText(dataset, locale, 'footer.sources', { docs: countWord(dataset.documents.length, locale) }),
  };
}
