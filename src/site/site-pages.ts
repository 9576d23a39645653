/**
 * Every page of the site with what its social card says. One list feeds the card images, the
 * sitemap and the tests that check every page has its card.
 */
import type { Dataset, DatasetIndex } from '../data/model.ts';
import { isPlottable } from '../data/model.ts';
import { COLORS } from '../lib/palette.ts';
import { t } from '../i18n/index.ts';
import { figureText, headlineFigures, periodText } from '../derived/value-text.ts';
import { formatMoney, type Locale } from '../lib/format.ts';
import { indicatorsInUse } from '../derived/indicator-rows.ts';
import { localized, routes } from '../lib/paths.ts';
import { parkName } from '../derived/names.ts';
import type { CardBar, CardContent } from '../social-cards/card-svg.ts';
import { isMoney, toBase } from '../lib/units.ts';
import { LIMITS } from '../lib/limits.ts';
import { cached } from '../lib/memo.ts';
import { storyText } from '../derived/story.ts';

export interface SitePage {
  /** Path below the base, e.g. "parks/linxiang/" ("" for the home page). */
  path: string;
  /** The page's own social card; absent when it shares another page's (see `cardPageOf`). */
  card?: CardContent;
  sitemap: boolean;
}

/** File name of a page's card: "parks/linxiang/" → "parks__linxiang". */
export function cardSlug(path: string): string {
  const p = path.replace(/^\/+|\/+$/g, '');
  return p === '' ? 'index' : p.replace(/\//g, '__');
}

export const cardPath = (path: string) => `og/${cardSlug(path)}.png`;

/** Which page's card a page shows: its own, its park's (source pages) or the parks index's. */
export function cardPageOf(d: Dataset, path: string): string {
  const m = /^(en\/)?(sources|parks)\/([^/]+)\/$/.exec(path);
  if (!m) return path;
  const prefix = m[1] ?? '';
  const { docPark, parkRank } = cached(d, 'cardIndex', () => ({
    docPark: new Map(d.documents.map((x) => [x.id, x.park_id])),
    parkRank: new Map(d.parks.map((p, i) => [p.id, i])),
  }));
  const parkId = m[2] === 'sources' ? docPark.get(m[3] ?? '') : m[3];
  const i = parkRank.get(parkId ?? '');
  if (i === undefined) return path;
  return i < LIMITS.parkSocialCards ? `${prefix}parks/${parkId}/` : `${prefix}parks/`;
}

/**
 * The pages of one edition. Computed once per dataset and edition (`index` must be the dataset's
 * own): the sitemap and the social-card route both ask for both editions.
 */
export function sitePages(d: Dataset, index: DatasetIndex, locale: Locale = 'zh-CN'): SitePage[] {
  return cached(d, `sitePages|${locale}`, () => editionPages(d, index, locale));
}

function editionPages(d: Dataset, index: DatasetIndex, locale: Locale): SitePage[] {
  const footer = `${t(locale, 'site.name')} · ${locale === 'zh-CN' ? '每个数字都能追溯到原文' : 'every number traced to its sentence'}`;
  const page = (path: string, card: Omit<CardContent, 'footer'>, sitemap = true): SitePage => ({ path: localized(locale, path), card: { ...card, footer }, sitemap });
  const moneyByPark: CardBar[] = d.parks
    .map((p) => ({
      label: parkName(p, locale),
      // The index's rows of one park, not a pass over every investment per park: that made this
      // list take 24 s of the sitemap alone at 2,543 parks.
      value: index.investmentsOf(p.id).filter((r) => isMoney(r.unitDef) && isPlottable(r)).reduce((s, r) => s + toBase(r.amount, r.unitDef).value, 0),
      color: COLORS.actual,
      text: '',
    }))
    .filter((b) => b.value > 0)
    .map((b) => ({ ...b, text: formatMoney(b.value, locale) }));
  const pages: SitePage[] = [
    page(routes.home(), { kicker: `${storyText(d, 'zh-CN', 'home.kicker')} · ${d.parks.length} 个园区 · ${d.documents.length} 份原文`, title: t(locale, 'site.tagline'), bars: moneyByPark }),
    page(routes.parks(), { kicker: t(locale, 'site.name'), title: t(locale, 'nav.parks'), headline: `${d.parks.length}`, headlineLabel: d.parks.map((p) => p.name).join('、') }),
    page(routes.sources(), { kicker: t(locale, 'site.name'), title: t(locale, 'nav.sources'), headline: `${d.documents.length}`, headlineLabel: locale === 'zh-CN' ? '份报告原文，逐字保存，引用的句子全部标出' : 'reports kept verbatim, every quoted sentence marked' }),
    page(routes.indicators(), { kicker: t(locale, 'site.name'), title: t(locale, 'nav.indicators'), headline: `${d.indicators.length}`, headlineLabel: locale === 'zh-CN' ? '个数字，每个都链接到原句' : 'figures, each linked to its sentence' }),
    page(routes.investments(), { kicker: t(locale, 'site.name'), title: t(locale, 'nav.investments'), bars: moneyByPark }),
    page(routes.compare(), { kicker: t(locale, 'nav.indicators'), title: t(locale, 'compare.title'), bars: moneyByPark }),
    page(routes.map(), { kicker: t(locale, 'site.name'), title: t(locale, 'nav.map'), headlineLabel: locale === 'zh-CN' ? '示意图，非标准地图' : 'Schematic, not a standard map' }),
    page(routes.data(), { kicker: t(locale, 'site.name'), title: t(locale, 'data.title'), headline: `${d.files.reduce((s, f) => s + f.rowsLoaded, 0)}`, headlineLabel: locale === 'zh-CN' ? '行数据，CSV 下载' : 'rows of data, CSV downloads' }),
  ];
  for (const [i, p] of d.parks.entries()) {
    if (i >= LIMITS.parkSocialCards) {
      pages.push({ path: localized(locale, routes.park(p.id)), sitemap: true });
      continue;
    }
    const figures = headlineFigures(index.indicatorsOf(p.id), 3);
    const first = figures[0];
    const name = (id: string) => (locale === 'zh-CN' ? index.indicatorDef(id).name : index.indicatorDef(id).name_en);
    const kind = (k: string) => t(locale, k === 'target' ? 'table.target' : 'table.actual');
    pages.push(page(routes.park(p.id), {
      kicker: [p.prefecture, p.county].filter(Boolean).join(' ') || p.province,
      title: parkName(p, locale),
      headline: first ? figureText(first, locale) : undefined,
      headlineLabel: first ? `${name(first.indicator)} · ${first.year} ${kind(first.kind)}${first.period !== '全年' ? ` · ${periodText(first.period, locale)}` : ''}` : undefined,
      bars: figures.filter((f) => isMoney(f.unitDef)).map((f) => ({ label: `${name(f.indicator)} ${f.year}`, value: toBase(f.value, f.unitDef).value, text: figureText(f, locale), color: f.kind === 'actual' ? COLORS.actual : COLORS.target })),
    }));
  }
  // A source page shares its park's card: the document is the park's, and at national scale one
  // card per document would be tens of thousands of images.
  for (const doc of d.documents) pages.push({ path: localized(locale, routes.source(doc.id)), sitemap: true });
  for (const u of indicatorsInUse(d)) {
    const rows = d.indicators.filter((r) => r.indicator === u.def.id && isPlottable(r));
    const sameDim = rows.filter((r) => r.unitDef.dimension === u.def.unitDef.dimension);
    pages.push(page(routes.indicator(u.def.id), {
      kicker: t(locale, 'nav.indicators'),
      title: locale === 'zh-CN' ? u.def.name : u.def.name_en,
      bars: sameDim
        .map((r) => ({ label: `${parkName(index.park(r.park_id), locale)} ${r.year}`, value: toBase(r.value, r.unitDef).value, text: figureText(r, locale), color: r.kind === 'actual' ? COLORS.actual : COLORS.target }))
        .sort((a, b) => b.value - a.value),
      headlineLabel: `${u.parks} ${locale === 'zh-CN' ? '个园区' : 'parks'} · ${u.rows} ${locale === 'zh-CN' ? '个数字' : 'figures'}`,
    }));
  }
  return pages;
}
