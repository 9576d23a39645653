/**
 * The language rules of issue 29 on short made-up sentences: a target list's scope across
 * sentences, 预计 actuals, completion ratios, flattened tables, what an item needs, works progress.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport, type Draft } from '../../../src/extract/draft.ts';
import { ESTIMATED_NOTE, findSections, tableColumnKind, targetScopeAt, templateShift } from '../../../src/extract/context.ts';
import { progressItem } from '../../../src/extract/classify.ts';
import { parseLexicon } from '../../../src/extract/review.ts';
import { UNITS_CSV } from '../../fixtures/units.ts';

const defs = parseLexicon(readFileSync(join(import.meta.dirname, '../../fixtures/extract/seeds/indicator_defs.csv'), 'utf8'), UNITS_CSV);
const draft = (text: string, kind: 'report' | 'plan' | 'report_and_plan' = 'report', year = 2025): Draft => draftReport(text, { id: 't', parkId: 'p', kind, year }, defs);
const kinds = (d: Draft): string[] => d.indicators.map((r) => `${r.value}${r.unit} ${r.kind} ${r.year}`);

describe('target lists across sentences', () => {
  it('keeps every figure after “主要预期目标是：” a target until the paragraph ends, 完成/实现 included', () => {
    const d = draft('今年主要预期目标是：产值实现300亿元，增长8%以上。税收完成9亿元，增长5%。招商到位资金完成60亿元。\n全年已走访企业200家。');
    expect(kinds(d)).toEqual(['300亿元 target 2025', '8% target 2025', '9亿元 target 2025', '5% target 2025', '60亿元 target 2025', '200家 actual 2025']);
  });

  it('ends the list at a sentence about what was done, and dates it by its introducer', () => {
    const d = draft('2024年实现税收8亿元。2025年的主要目标是：税收完成9亿元。工业投资完成40亿元。截至目前已完成工业投资3亿元。', 'report_and_plan', 2024);
    expect(kinds(d)).toEqual(['8亿元 actual 2024', '9亿元 target 2025', '40亿元 target 2025', '3亿元 actual 2024']);
  });

  it('dates the sentences after “明年的目标是：” a year on', () => {
    const d = draft('园区实现产值118亿元。明年的目标是：产值达到130亿元。新增规模工业企业8家。', 'report_and_plan', 2024);
    expect(kinds(d)).toEqual(['118亿元 actual 2024', '130亿元 target 2025', '8家 target 2025']);
  });

  it('opens no list at a single target (目标为275亿元) nor at a completion ratio (占目标任务…的)', () => {
    const m = '上半年完成产值142亿元，全年目标为275亿元。完成固定资产投资33亿元。';
    expect(targetScopeAt(m, findSections(m), m.indexOf('33'))).toBeNull();
    const r = '预计完成产值168亿元，占目标任务180亿元的93.3%，同比增长7.6%。';
    expect(targetScopeAt(r, findSections(r), r.indexOf('7.6'))).toBeNull();
  });
});

describe('预计 and completion ratios', () => {
  const d = draft('预计全年完成规模工业总产值168亿元，占目标任务180亿元的93.3%，同比增长7.6%；完成工业投资42亿元，完成全年任务的105%。', 'report', 2024);
  it('drafts 预计 figures as actuals with the estimated note, the target beside them as a target', () => {
    const row = (v: string) => d.indicators.find((r) => r.value === v);
    expect(row('168')).toMatchObject({ kind: 'actual', year: '2024' });
    expect(row('168')?.note).toContain(ESTIMATED_NOTE);
    expect(row('7.6')).toMatchObject({ kind: 'actual' });
    expect(row('7.6')?.note).toContain(ESTIMATED_NOTE);
    expect(row('42')?.note).toContain(ESTIMATED_NOTE);
    expect(row('180')).toMatchObject({ kind: 'target' });
    expect(row('180')?.note ?? '').not.toContain(ESTIMATED_NOTE);
    // The flag the site shows as a badge (预计数), not only a note.
    expect([row('168')?.flag, row('7.6')?.flag, row('42')?.flag]).toEqual(['estimated', 'estimated', 'estimated']);
    expect(row('180')?.flag).toBe('ok');
  });

  it('does not mark an actual with its own period before 预计 as estimated', () => {
    const e = draft('1-10月完成固定资产投资52亿元，完成全年任务的87%，预计全年完成61亿元。', 'report', 2024);
    expect(e.indicators.find((r) => r.value === '52')?.note ?? '').not.toContain(ESTIMATED_NOTE);
    expect(e.indicators.find((r) => r.value === '61')?.note).toContain(ESTIMATED_NOTE);
  });
});

describe('flattened tables', () => {
  const m = '指标 年度目标 完成情况\n工业投资 30亿元 32.4亿元\n税收 4.5亿元 4.1亿元';
  it('takes each figure’s kind from its column header', () => {
    expect(tableColumnKind(m, m.indexOf('30'))?.kind).toBe('target');
    expect(tableColumnKind(m, m.indexOf('32.4'))?.kind).toBe('actual');
    expect(tableColumnKind(m, m.indexOf('4.1'))?.kind).toBe('actual');
    expect(tableColumnKind('全年完成工业投资30亿元，增长8%。', 8)).toBeNull();
  });
});

describe('items: needs and progress', () => {
  it('drafts what a road needs (需征地, 拆迁房屋) as planned', () => {
    const d = draft('滨江大道：总投资3.6亿元，需征地186亩，拆迁房屋28栋。目前该道路已完成投资1.9亿元。', 'report', 2023);
    const basis = (v: string) => d.investments.find((r) => r.amount === v)?.basis;
    expect([basis('186'), basis('28'), basis('1.9')]).toEqual(['planned', 'planned', 'completed']);
  });

  it('ties a works-progress percentage to the item whose paragraph it is in', () => {
    const d = draft('华瑞新材料二期：项目总投资12亿元，目前已完成投资7.5亿元，主体工程完成90%。\n园区服务中心：总投资1.5亿元，装修工程完成60%。', 'report', 2023);
    const progress = d.indicators.filter((r) => r.indicator === 'works_progress').map((r) => `${r.value} ${progressItem(r.note)}`);
    expect(progress).toEqual(['90 华瑞新材料二期', '60 园区服务中心']);
  });
});

describe('completion ratios are not figures', () => {
  it.each([
    ['预计全年完成产值168亿元，占目标任务180亿元的93.3%。', '93.3'],
    ['1-10月完成固定资产投资52亿元，完成全年任务的87%。', '87'],
    ['上半年完成产值142亿元，完成全年目标的51.6%。', '51.6'],
  ])('%s: %s% skipped as a completion ratio', (text, value) => {
    const d = draft(text, 'report', 2024);
    expect(d.indicators.map((r) => r.value)).not.toContain(value);
    const at = d.text.indexOf(value);
    expect(d.skipped.find((s) => s.start === at)?.reason).toBe('completion-ratio');
  });

  it('keeps a share that is not of a target (占全区工业总产值的58%)', () => {
    expect(draft('高新技术产业产值占全区工业总产值的58%。').indicators.map((r) => r.value)).toContain('58');
  });
});

describe('park-wide figures and needs', () => {
  it('keeps 招商引资协议总投资 after an item’s paragraph an indicator of the park', () => {
    const d = draft('新能源产业园项目：总投资45亿元，占地800亩。全年签约项目36个，招商引资协议总投资218亿元。', 'report', 2024);
    expect(d.indicators.find((r) => r.value === '218')).toMatchObject({ indicator: 'contract_investment', kind: 'actual' });
    expect(d.investments.map((r) => r.amount)).not.toContain('218');
  });

  it('names a road’s houses to relocate after the road, not “拆迁房屋”', () => {
    const d = draft('滨江大道：总投资3.6亿元，需拆迁房屋28栋。', 'report', 2023);
    expect(d.investments.find((r) => r.amount === '28')?.project).toBe('滨江大道');
  });
});

describe('templateShift', () => {
  it('re-dates only a text that never names its documents.csv year and is years off', () => {
    expect(templateShift('2023年园区工作方案。2023年力争…', 2014)).toBe(-9);
    expect(templateShift('二、2025年工作目标\n力争产值增长10%。', 2024)).toBe(0);
    expect(templateShift('2023年工作方案。回顾2014年…', 2014)).toBe(0);
  });
});

describe('an item’s description', () => {
  it('drafts what follows 总投资 as planned until a clause says how far the item has got', () => {
    const d = draft('华瑞新材料二期：项目总投资12亿元，新建电池隔膜生产线4条，目前已完成投资7.5亿元。', 'report', 2023);
    const basis = (v: string) => d.investments.find((r) => r.amount === v)?.basis;
    expect([basis('12'), basis('4'), basis('7.5')]).toEqual(['planned', 'planned', 'completed']);
  });
});

describe('a comparator before the number', () => {
  it('does not hide what the money is (总投资逾5亿元 is an item’s planned cost)', () => {
    const d = draft('园区东环路：总投资逾5亿元，总建筑面积逾1.2万平方米。', 'report', 2024);
    expect(d.indicators).toEqual([]);
    expect(d.investments.map((r) => `${r.amount}${r.unit} ${r.basis}`)).toEqual(['5亿元 planned', '1.2万平方米 planned']);
  });
});

describe('introducers that open no target list', () => {
  it.each([
    '主要经济指标：全年完成规模工业总产值96亿元，增长9%。实现税收5亿元。',
    '全面完成年初确定的目标任务：规模工业总产值完成96亿元，增长9%。实现税收5亿元。',
  ])('%s', (text) => {
    expect(draft(text, 'report', 2024).indicators.map((r) => r.kind)).toEqual(['actual', 'actual', 'actual']);
  });
});

describe('news items announcing targets', () => {
  it('reads 今年，园区将实现… and what follows in the sentence as targets', () => {
    expect(kinds(draft('记者了解到，今年，园区将实现规模工业总产值300亿元，增长10%；新增规模工业企业20家。'))).toEqual(['300亿元 target 2025', '10% target 2025', '20家 target 2025']);
  });

  it('reads a meeting’s 2025年主要经济指标为： list as 2025 targets in a 2024 document', () => {
    const d = draft('会议提出，2025年全区主要经济指标为：规模工业增加值增长8%，固定资产投资增长7%。税收增长5%。', 'report', 2024);
    expect(kinds(d)).toEqual(['8% target 2025', '7% target 2025', '5% target 2025']);
  });
});

describe('an aim is not a target list', () => {
  it('reads the actuals after “园区的目标是：打造千亿园区。” as actuals', () => {
    expect(kinds(draft('园区的目标是：打造千亿园区。全年完成规模工业总产值96亿元，增长9%。', 'report', 2024))).toEqual(['96亿元 actual 2024', '9% actual 2024']);
  });
});
