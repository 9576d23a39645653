/**
 * Item names, routing and basis of investment rows, and the words that govern a list, as tables
 * of cases: what the issue reported (黄花路, 鸿洲包装) and the shapes park reports use.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../src/extract/draft.ts';
import { isClassOfProjects, isSpecific } from '../../../src/extract/items.ts';
import { parseLexicon } from '../../../src/extract/review.ts';

const defs = parseLexicon(readFileSync(join(import.meta.dirname, '../../../data/indicator_defs.csv'), 'utf8'), readFileSync(join(import.meta.dirname, '../../../data/units.csv'), 'utf8'));
const report = (text: string, kind: 'report' | 'plan' = 'report', year = 2017) => draftReport(text, { id: 't', parkId: 'p', kind, year }, defs);
const items = (text: string, kind: 'report' | 'plan' = 'report'): string[] => report(text, kind).investments.map((r) => `${r.amount}${r.unit} ${r.project} ${r.basis}`);

describe('the item of an investment row', () => {
  it('takes a heading before a colon, carried over to 该道路 and to the next sentence (the issue’s report)', () => {
    expect(items('黃花路:該道路全程3.5公裏,總投資4.3億元。目前該道路完成投資1.2億元。鴻洲包裝:目前已完成投資3000萬元。')).toEqual([
      '3.5公里 黃花路 completed', '4.3亿元 黃花路 planned', '1.2亿元 黃花路 completed', '3000万元 鴻洲包裝 completed',
    ]);
  });

  it.each([
    ['佳诚二期：已建成厂房2.6万平方米，总投资1.5亿元，年底前完成设备安装。', ['2.6万平方米 佳诚二期 completed', '1.5亿元 佳诚二期 planned']],
    ['园区北片区道路及管网工程：总投资2.4亿元，其中滨河路已完成投资8600万元。', ['2.4亿元 园区北片区道路及管网工程 planned', '8600万元 滨河路 completed']],
    ['湘瑞食品：总投资6亿元，一期已投产，二期总投资3.5亿元。', ['6亿元 湘瑞食品 planned', '3.5亿元 湘瑞食品二期 planned']],
    ['园区污水处理厂一期工程于8月建成投运，总投资4500万元；二期工程已完成前期工作，计划总投资6000万元。', ['4500万元 园区污水处理厂一期工程 completed', '6000万元 园区污水处理厂二期工程 planned']],
    ['投资3.5亿元的石门大道改造工程全面完工，投资1.2亿元的园区污水处理厂提标改造项目完成主体工程。', ['3.5亿元 石门大道改造工程 completed', '1.2亿元 园区污水处理厂提标改造项目 planned']],
    ['启动科技孵化中心项目，该项目总投资1.8亿元，规划建筑面积3.5万平方米。', ['1.8亿元 科技孵化中心项目 planned', '3.5万平方米 科技孵化中心项目 planned']],
    ['在三湾浮标园新建2万平方米标准厂房，总投资约4000万元。', ['2万平方米 三湾浮标园标准厂房 completed', '4000万元 三湾浮标园标准厂房 planned']],
    ['（1）园区东区污水管网工程。新建污水管网5.2公里，总投资2600万元。', ['5.2公里 园区东区污水管网工程 completed', '2600万元 园区东区污水管网工程 planned']],
    ['华茂纺织：总投资3亿元，项目已竣工投产。', ['3亿元 华茂纺织 completed']],
    ['恒瑞化工：总投资5.5亿元，预计明年3月投产。', ['5.5亿元 恒瑞化工 planned']],
  ])('%s', (text, expected) => {
    expect(items(text)).toEqual(expected);
  });

  it('leaves park-level money of a class of projects in indicators.csv', () => {
    const draft = report('全年实施重点项目32个，重点项目完成投资21.4亿元。');
    expect(draft.investments).toEqual([]);
    expect(draft.indicators.map((r) => `${r.value}${r.unit} ${r.indicator}`)).toEqual(['32个 key_projects', '21.4亿元 project_investment']);
  });

  it('tells a class of projects and a generic thing from a named item', () => {
    expect(['重点项目', '省市重点项目', '在建项目', '扩产项目', '项目建设'].filter((n) => !isClassOfProjects(n))).toEqual([]);
    expect(isClassOfProjects('万华新材料项目')).toBe(false);
    expect(['标准厂房', '仓储设施', '道路'].filter(isSpecific)).toEqual([]);
    expect(['滨河路', '园区污水处理厂二期工程', '万华新材料项目'].filter((n) => !isSpecific(n))).toEqual([]);
  });

  it('says where the name came from', () => {
    const notes = report('黄花路：总投资4.3亿元，目前该道路完成投资1.2亿元。').investments.map((r) => r.review_note.split(';')[0]);
    expect(notes).toEqual(['project “黄花路” from the heading before the colon', 'project “黄花路” from the heading before the colon']);
  });
});

describe('what governs a list governs each item', () => {
  it('2025年力争A增长8%，B增长10%，C增长12%: three 2025 targets, each its own indicator, in a report section', () => {
    const draft = report('2024年，园区完成规模工业总产值86.5亿元。2025年力争规模工业增加值增长8%，固定资产投资增长10%，税收增长12%。', 'report', 2024);
    expect(draft.indicators.map((r) => `${r.value}${r.unit} ${r.indicator} ${r.kind} ${r.year}`)).toEqual([
      '86.5亿元 industrial_output actual 2024',
      '8% industrial_value_added_growth target 2025',
      '10% fixed_asset_investment_growth target 2025',
      '12% tax_revenue_growth target 2025',
    ]);
  });

  it('a clause with its own word keeps it (计划总投资…，上半年完成投资…)', () => {
    const draft = report('比亚迪电池配套项目：计划总投资30亿元，上半年完成投资6.8亿元。', 'report', 2022);
    expect(draft.investments.map((r) => `${r.amount} ${r.basis}`)).toEqual(['30 planned', '6.8 completed']);
  });

  it('a year in another clause of the sentence does not date the figure (对接2021年已立项…，争取…3亿元)', () => {
    const draft = report('抓紧对接2021年已立项申报的基础设施建设项目，争取发行政府专项债券3亿元。', 'plan', 2022);
    expect(draft.indicators.map((r) => `${r.value} ${r.year}`)).toEqual(['3 2022']);
  });

  it('stock or new: 新增规模工业企业9家，总数达到87家', () => {
    const draft = report('园区新增规模工业企业9家，总数达到87家。');
    expect(draft.indicators.map((r) => `${r.value} ${r.indicator}`)).toEqual(['9 new_scale_enterprises', '87 scale_enterprises']);
  });
});
