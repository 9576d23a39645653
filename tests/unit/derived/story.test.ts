/** The dataset's story copy: the data folder's own where it gives it, computed from the data where not. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatIssue } from '../../../src/data/issues.ts';
import { loadDataset, loadDatasetOrThrow } from '../../../src/data/load.ts';
import { fsReader } from '../../../src/data/node-fs.ts';
import { regionName, shortProvince, storyText } from '../../../src/derived/story.ts';

const tmp = mkdtempSync(join(tmpdir(), 'yuanqu-story-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of data/ with the story files replaced (null: removed). */
function dataWith(zh: string | null, en: string | null = null): string {
  const dir = mkdtempSync(join(tmp, 'data-'));
  cpSync('data', dir, { recursive: true });
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
  const embedded = loadDatasetOrThrow(fsReader('data'));
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

  it('names the region by its parks: one province, or the country', () => {
    expect(shortProvince('湖南省')).toBe('湖南');
    expect(shortProvince('广西壮族自治区')).toBe('广西');
    expect(regionName(['湖南省', '湖南省'], 'zh-CN')).toBe('湖南');
    expect(regionName(['湖南省'], 'en')).toBe('Hunan');
    expect(regionName(['湖南省', '湖北省'], 'zh-CN')).toBe('全国');
    expect(regionName(['湖南省', '湖北省'], 'en')).toBe('China');
  });

  it('rejects an unknown or repeated key with its line, and loads nothing', () => {
    const r = loadDataset(fsReader(dataWith('key,text\nhome.kicker,湖南\nhome.kiker,湖南\nhome.kicker,长沙\n')), { displayDir: 'data' });
    expect(r.dataset).toBeNull();
    expect(r.issues.filter((i) => i.severity === 'error').map(formatIssue)).toEqual([
      'data/story.zh-CN.csv:3:1: value "home.kiker" in column key is not allowed (expected one of home.kicker | home.lede | footer.sources | parks.description | map.kicker | map.lede | story.promise.p | story.trend.h | story.trend.p | story.garbled.h | story.garbled.p)',
      'data/story.zh-CN.csv:4:1: value "home.kicker" in column key repeats the key of line 2 (each key once per file)',
    ]);
  });
});
