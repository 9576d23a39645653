import { z } from 'zod';
import { list, oneOf, optionalOneOf, requiredText } from './fields.ts';

/**
 * The copy that tells this dataset's story (the home page's findings, ledes that name the region),
 * as opposed to the interface strings of src/i18n. Optional: a key a data folder does not give is
 * computed from the data (derived/story.ts), so a generated national dataset reads sensibly.
 */
export const STORY_KEYS = [
  'home.kicker', 'home.lede', 'footer.sources', 'parks.description', 'map.kicker', 'map.lede',
  'story.promise.p', 'story.trend.h', 'story.trend.p', 'story.garbled.h', 'story.garbled.p',
] as const;

export type StoryKey = (typeof STORY_KEYS)[number];

/** The story files, one per edition. */
export const STORY_FILES = { 'zh-CN': 'story.zh-CN.csv', en: 'story.en.csv' } as const;

/**
 * What a finding counts, to be true: `all` — every document of the dataset ("of the five
 * documents only Shuangpai's…"); `parks` — every document of the parks its documents belong to
 * ("Linxiang's two plans…"); `listed` — only the documents it lists ("this plan says 2023…").
 */
export const STORY_COUNTS = ['all', 'parks', 'listed'] as const;
export type StoryCounts = (typeof STORY_COUNTS)[number];

/**
 * story.<locale>.csv — one row per piece of copy. {parks}, {docs}, {region}, {regionOf},
 * {checkable} and {inferred} are filled from the data. A curated finding names the documents it
 * is about (`documents`, ids separated by ;) and what it counts (`counts`); it is shown only while
 * the documents it counts are exactly those, and the computed copy is shown otherwise. Copy with
 * no documents is not a finding: it must take its counts and places from the placeholders.
 */
export const storyRow = z.object({
  key: oneOf(STORY_KEYS),
  text: requiredText('the copy'),
  documents: list(),
  counts: optionalOneOf(STORY_COUNTS),
});

export type StoryRow = z.output<typeof storyRow>;
