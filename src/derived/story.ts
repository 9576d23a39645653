/**
 * The dataset's story copy: the data folder's own (story.<locale>.csv) where it gives a key,
 * else text computed from the data — the region its parks are in, how many documents let a
 * promise be checked — so that any dataset, a generated national one too, reads true.
 */
import type { Dataset, StoryEntry } from '../data/model.ts';
import type { StoryKey } from '../data/schema/story.ts';
import { t, type StringKey } from '../i18n/index.ts';
import { capitalize, countWord, type Locale } from '../lib/format.ts';
import { regionAttribute, regionName } from '../lib/region.ts';
import { cached } from '../lib/memo.ts';
import { pairPromises } from './promises.ts';

type Vars = Record<string, string | number>;

/** What the computed copy says, counted once per dataset. */
function storyFacts(d: Dataset) {
  return cached(d, 'storyFacts', () => {
    const higher = new Map(d.indicatorDefs.map((x) => [x.id, x.higher_is_better]));
    // A document lets a promise be checked when it gives both the target and the actual of one.
    const checkable = new Set(
      pairPromises(d.indicators, (id) => higher.get(id) ?? true)
        .filter((p) => (p.status === 'met' || p.status === 'behind') && p.target && p.target.doc_id === p.actual?.doc_id)
        .map((p) => p.target?.doc_id),
    );
    return {
      provinces: [...new Set(d.parks.map((p) => p.province))],
      checkable: checkable.size,
      inferred: d.documents.filter((x) => x.year_basis === 'inferred').length,
    };
  });
}

/**
 * The documents a finding counts, in the data as it is now (schema/story.ts, STORY_COUNTS):
 * every document, every document of its documents' parks, or its own documents where they exist.
 */
export function countedDocuments(d: Dataset, entry: StoryEntry): string[] {
  const listed = new Set(entry.documents);
  if (entry.counts === 'all') return d.documents.map((x) => x.id);
  if (entry.counts === 'parks') {
    const parks = new Set(d.documents.filter((x) => listed.has(x.id)).map((x) => x.park_id));
    return d.documents.filter((x) => parks.has(x.park_id)).map((x) => x.id);
  }
  return d.documents.filter((x) => listed.has(x.id)).map((x) => x.id);
}

/** A finding is shown while the documents it counts are exactly the ones it names; other copy always. */
export function findingHolds(d: Dataset, entry: StoryEntry): boolean {
  if (entry.documents.length === 0) return true;
  const counted = new Set(countedDocuments(d, entry));
  return counted.size === new Set(entry.documents).size && entry.documents.every((id) => counted.has(id));
}

/** The copy for `key` in `locale`, with `vars` (and the computed counts and places) filled in. */
export function storyText(d: Dataset, locale: Locale, key: StoryKey, vars: Vars = {}): string {
  const facts = storyFacts(d);
  const all: Vars = {
    region: regionName(facts.provinces, locale),
    regionOf: regionAttribute(facts.provinces, locale),
    checkable: countWord(facts.checkable, locale),
    inferred: countWord(facts.inferred, locale),
    docs: countWord(d.documents.length, locale),
    parks: countWord(d.parks.length, locale),
    parksCap: capitalize(countWord(d.parks.length, locale)),
    ...vars,
  };
  const entry = d.story[locale].get(key);
  const own = entry && findingHolds(d, entry) ? entry.text : undefined;
  // "None of the documents" reads better than "zero of them".
  const computed = key === 'story.promise.p' && facts.checkable === 0 ? 'storyDefault.story.promise.none' : `storyDefault.${key}`;
  const text = own ?? t(locale, computed as StringKey);
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in all ? String(all[k]) : m));
}
