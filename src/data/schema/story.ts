import { z } from 'zod';
import { oneOf, requiredText } from './fields.ts';

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

/** story.<locale>.csv — one row per piece of copy; {parks} and {docs} are filled with the counts. */
export const storyRow = z.object({
  key: oneOf(STORY_KEYS),
  text: requiredText('the copy'),
});

export type StoryRow = z.output<typeof storyRow>;
