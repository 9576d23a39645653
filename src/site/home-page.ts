/** The home page: the findings (one chart per story), the garbled-document story and the first park cards. */
import { max, min } from 'd3';
import type { ChartFigure } from '../charts/figure.ts';
import type { SiteData } from '../data/site-data.ts';
import { capitalize, countWord, type Locale } from '../lib/format.ts';
import { LIMITS } from '../lib/limits.ts';
import { routes } from '../lib/paths.ts';
import { overviewCharts, parkCharts, type ParkCharts } from './page-charts.ts';
import { pageContext } from './page-context.ts';
import { storyText } from '../derived/story.ts';
import { STORY_KEYS, type StoryKey } from '../data/schema/story.ts';
import type { StringKey } from '../i18n/index.ts';

const STORY = new Set<string>(STORY_KEYS);

export function homePage({ dataset, index }: SiteData, locale: Locale, base: string) {
  const ctx = pageContext(locale, base);
  const env = { dataset, index, locale, base };
  const overview = overviewCharts(env);
  // The first park that has each kind of story (charts are built lazily: a national dataset has thousands of parks).
  const firstChart = (pick: (c: ParkCharts) => ChartFigure | null) => {
    for (const p of dataset.parks) {
      const c = pick(parkCharts(env, p.id));
      if (c) return c;
    }
    return null;
  };
  const garbledDoc = dataset.documents.find((d) => d.year_basis === 'inferred');
  const parks = countWord(dataset.parks.length, locale);
  const docs = countWord(dataset.documents.length, locale);
  // The dataset's own story where it has one (story.<locale>.csv), the interface strings otherwise.
  const copy = (key: string) => (STORY.has(key) ? storyText(dataset, locale, key as StoryKey) : ctx.t(key as StringKey));
  return {
    ...ctx,
    dataset,
    index,
    // d3's min/max walk the rows: Math.max(...rows) overflows the call stack at ~100,000 rows.
    years: { from: min(dataset.documents, (d) => d.year), to: max(dataset.indicators, (r) => r.year) },
    parks,
    docs,
    parksHeading: { parks: capitalize(parks), docs },
    kicker: storyText(dataset, locale, 'home.kicker'),
    lede: storyText(dataset, locale, 'home.lede', { parks }),
    stories: ([
      ['story.promise', firstChart((c) => c.promise)],
      ['story.trend', firstChart((c) => c.trend)],
      ['story.invest', overview.investmentsByPark],
      ['story.pipeline', overview.pipeline],
      ['story.land', overview.land],
    ] as const).map(([key, figure]) => ({ h: copy(`${key}.h`), p: copy(`${key}.p`), figure })),
    garbledStory: { h: copy('story.garbled.h'), p: copy('story.garbled.p') },
    garbled: dataset.indicators.filter((r) => r.flag === 'garbled').length + dataset.investments.filter((r) => r.flag === 'garbled').length,
    garbledLink: garbledDoc ? ctx.link(routes.source(garbledDoc.id)) : undefined,
    cards: dataset.parks.slice(0, LIMITS.homeParkCards),
    allParksLink: ctx.link(routes.parks()),
  };
}
