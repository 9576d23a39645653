/** The dataset's story copy: the data folder's own where it gives it, computed from the data where not. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/data/issues.ts';
import { loadDataset, loadDatasetOrThrow } from '../../../src/data/load.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import { findingHolds, storyText } from '../../../src/derived/story.ts';
import { regionAttribute, regionName, shortProvince } from '../../../src/lib/region.ts';

/** The Hunan fixture (a frozen copy of the embedded data), and the same with a park in Tianjin. */
const HUNAN = 'tests/fixtures/datasets/hunan';
const TIANJIN = 'tests/fixtures/datasets/tianjin';

const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-story-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the Hunan fixture with the story files replaced (null: removed). */
function dataWith(zh: string | null, en: string | null = null, from = HUNAN): string {
  const dir = mkdtempSync(join(tmp, 'data-'));
  cpSync(from, dir, { recursive: true });
  for (const [file, text] of [['story.zh-CN.csv', zh], ['story.en.csv', en]] as const) {
    rmSync(join(dir, file), { force: true });
    if (text !== null) writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** The same, without the story files and without the indicator rows of the given kind. */
function dataWithout(kind: 'report' | 'target'): string {
  const dir = dataWith(null);
  const csv = readFileSync(join(dir, 'indicators.csv'), 'utf8').split('\n');
  const kindColumn = (csv[0] ?? '').split(',').indexOf('kind');
  writeFileSync(join(dir, 'indicators.csv'), csv.filter((l, i) => i === 0 || l.split(',')[kindColumn] !== (kind === 'report' ? 'actual' : 'target')).join('\n'));
  return dir;
}

describe('story copy', () => {
  const embedded = loadDatasetOrThrow(fsReader(HUNAN));
  const tianjin = loadDatasetOrThrow(fsReader(TIANJIN));
  const computed = loadDatasetOrThrow(fsReader(dataWith(null)));

  it('is the data folder\'s own where it gives a key, with the counts filled in', () => {
    expect(storyText(embedded, 'zh-CN', 'home.lede', { parks: '四' })).toMatch(/^湖南四个开发区的年度工作规划与总结/);
    expect(storyText(embedded, 'en', 'story.trend.h')).toBe('The same park, five years on');
    expect(storyText(embedded, 'zh-CN', 'footer.sources', { docs: '五' })).toBe('数据来自五份湖南园区年度工作规划、总结与计划原文；每个数字均链接到原句。');
  });

  it('is computed from the data where the folder has no story files', () => {
    expect(computed.story['zh-CN'].size).toBe(0);
    expect(storyText(computed, 'zh-CN', 'home.kicker')).toBe('湖南');
    expect(storyText(computed, 'en', 'map.kicker')).toBe('Hunan · schematic');
    // Only Shuangpai's report gives both the target and the actual of a promise: what the curated copy says too.
    expect(storyText(computed, 'zh-CN', 'story.promise.p')).toContain('五份文件里有一份做到了这一点');
    expect(storyText(computed, 'en', 'story.promise.p')).toContain('Documents that do: one of five.');
    expect(storyText(computed, 'zh-CN', 'story.garbled.p')).toMatch(/^一份文件标注的年份/);
    expect(storyText(computed, 'zh-CN', 'story.trend.p')).not.toMatch(/临湘|双牌/);
  });

  it('says so when no document lets a promise be checked', () => {
    const plansOnly = loadDatasetOrThrow(fsReader(dataWithout('report')));
    expect(storyText(plansOnly, 'zh-CN', 'story.promise.p')).toMatch(/份文件里没有一份做到这一点。$/);
    expect(storyText(plansOnly, 'en', 'story.promise.p')).toMatch(/None of the \w+ documents does\.$/);
  });

  it('names the region by its parks: one province, a few, or how many', () => {
    expect(shortProvince('湖南省')).toBe('湖南');
    expect(shortProvince('广西壮族自治区')).toBe('广西');
    expect(regionName(['湖南省', '湖南省'], 'zh-CN')).toBe('湖南');
    expect(regionName(['湖南省'], 'en')).toBe('Hunan');
    expect(regionName(['湖南省', '天津市'], 'zh-CN')).toBe('湖南、天津');
    expect(regionName(['湖南省', '天津市'], 'en')).toBe('Hunan and Tianjin');
    expect(regionName(['湖南省', '天津市', '广东省'], 'en')).toBe('Hunan, Tianjin and Guangdong');
    const four = ['湖南省', '天津市', '广东省', '新疆维吾尔自治区'];
    expect(regionName(four, 'zh-CN')).toBe('四个省份');
    expect(regionName(four, 'en')).toBe('four provinces');
    expect(regionAttribute(four, 'zh-CN')).toBe('四个省份的');
    expect(regionAttribute(four, 'en')).toBe('Chinese');
    expect(regionAttribute(['湖南省', '天津市'], 'zh-CN')).toBe('湖南、天津');
  });

  it('fills the places and counts of the data folder\'s own copy from the data, so a park in another province changes them', () => {
    expect(storyText(embedded, 'zh-CN', 'home.lede')).toMatch(/^湖南四个开发区/);
    expect(storyText(tianjin, 'zh-CN', 'home.lede')).toMatch(/^湖南、天津五个开发区/);
    expect(storyText(tianjin, 'en', 'footer.sources')).toBe('Data from six annual work plans and reports of Hunan and Tianjin parks; every number links to its sentence.');
    expect(storyText(tianjin, 'zh-CN', 'parks.description')).toMatch(/^湖南、天津五个开发区：/);
    expect(storyText(tianjin, 'en', 'map.kicker')).toBe('Hunan and Tianjin · schematic');
  });

  it('shows a finding only while the documents it counts are the ones it names', () => {
    const promise = embedded.story['zh-CN'].get('story.promise.p');
    const trend = embedded.story['zh-CN'].get('story.trend.p');
    const garbled = embedded.story['zh-CN'].get('story.garbled.p');
    if (!promise || !trend || !garbled) throw new Error('fixture story');
    // counts=all: one more document anywhere makes "of the five documents" false.
    expect(findingHolds(embedded, promise)).toBe(true);
    expect(findingHolds(tianjin, promise)).toBe(false);
    expect(storyText(tianjin, 'zh-CN', 'story.promise.p')).toContain('六份文件里有一份做到了这一点');
    expect(storyText(tianjin, 'zh-CN', 'story.promise.p')).not.toContain('五份文件');
    // counts=parks: Linxiang's documents did not change, so "Linxiang's two plans" stays.
    expect(findingHolds(tianjin, trend)).toBe(true);
    const third = { ...embedded, documents: [...embedded.documents, { ...(embedded.documents[0] ?? embedded.documents[1]!), id: 'linxiang-2024' }] };
    expect(findingHolds(third, trend)).toBe(false);
    // counts=listed: true of its own document while it exists.
    expect(findingHolds(third, garbled)).toBe(true);
    expect(findingHolds({ ...embedded, documents: embedded.documents.filter((d) => d.id !== 'xx-health-food') }, garbled)).toBe(false);
  });

  it('refuses copy that writes a count or a place down without naming its documents, and a finding without counts', () => {
    const r = loadDataset(fsReader(dataWith('key,text,documents,counts\nhome.kicker,湖南,,\nhome.lede,{region}五个开发区,,\nstory.trend.p,临湘的两份计划,linxiang-2017;linxiang-2022,\nstory.garbled.p,某文件,nope-2020,listed\n')), { displayDir: 'data' });
    expect(r.dataset).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'data/story.zh-CN.csv:2:2: value "湖南" in column text writes "湖南" down, but names no documents: the copy turns false when a park is added (write {parks}, {docs}, {region} or {regionOf} instead, or name the documents the sentence is about in documents and counts (README, "Story copy"))',
      'data/story.zh-CN.csv:3:2: value "{region}五个开发区" in column text writes "五个" down, but names no documents: the copy turns false when a park is added (write {parks}, {docs}, {region} or {regionOf} instead, or name the documents the sentence is about in documents and counts (README, "Story copy"))',
      'data/story.zh-CN.csv:4:4: value "" in column counts is empty for a finding that names documents (write all, parks or listed: what the finding counts (README, "Story copy"))',
      'data/story.zh-CN.csv:5:3: value "nope-2020" in column documents names document(s) nope-2020 that documents.csv does not have (list the ids of the documents the finding is about, separated by ;)',
    ]);
  });

  it('rejects an unknown or repeated key with its line, and loads nothing', () => {
    const r = loadDataset(fsReader(dataWith('key,text,documents,counts\nhome.kicker,{region},,\nhome.kiker,{region},,\nhome.kicker,{region} ·,,\n')), { displayDir: 'data' });
    expect(r.dataset).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'data/story.zh-CN.csv:3:1: value "home.kiker" in column key is not allowed (expected one of home.kicker | home.lede | footer.sources | parks.description | map.kicker | map.lede | story.promise.p | story.trend.h | story.trend.p | story.garbled.h | story.garbled.p)',
      'data/story.zh-CN.csv:4:1: value "home.kicker" in column key repeats the key of line 2 (each key once per file)',
    ]);
  });
});
