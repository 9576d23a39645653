import { describe, expect, it } from 'vitest';
import { quoteSpan } from '../../../src/extract/clauses.ts';
import { indicatorEntries, wantsSubject } from '../../../src/extract/classify.ts';
import { FIXTURE_LEXICON } from '../../fixtures/units.ts';
import { decideKind, decidePeriodYear, findSections, fiveYearPlanEnd, guessDocKind, modeAt } from '../../../src/extract/context.ts';
import { findFigures } from '../../../src/extract/numbers.ts';

/** The quote drafted for the figure whose value is `value`. */
function quoteOf(m: string, value: string): string {
  const figure = findFigures(m, FIXTURE_LEXICON.units).find((f) => f.value === value);
  if (!figure) throw new Error(`no figure ${value}`);
  const span = quoteSpan(m, figure, { wantsSubject: wantsSubject(m, figure, indicatorEntries(FIXTURE_LEXICON.defs)) });
  return m.slice(span.start, span.end);
}

describe('quoteSpan', () => {
  it.each([
    ['完成技工贸总收入66.23亿元,同比增长14.02%;完成高新', '14.02', '完成技工贸总收入66.23亿元,同比增长14.02%'],
    ['力争建成垃圾库2座、公厕2所。', '2', '力争建成垃圾库2座'],
    ['1-11月,园区工业集中度为69.81%(指标值80%),为增加', '80', '园区工业集中度为69.81%(指标值80%)'],
    ['正式启动吉兴生物、万雨合业(二期)等7个项目,启动', '7', '正式启动吉兴生物、万雨合业(二期)等7个项目'],
    ['今年以鑫泉市政公司为承贷主体,完成融资贷款2亿余元三是设立产业发展基金', '2', '完成融资贷款2亿余元'],
    ['    9、启动智能管理，投资1000万元建设智慧园区一期工程；', '1000', '投资1000万元建设智慧园区一期工程'],
    ['引进1-2家综合性的制药企业。', '1', '引进1-2家综合性的制药企业'],
    ['5、根底配套。完成水、电、路、管网等根底配套工程2023个,提升承载力。', '2023', '完成水、电、路、管网等根底配套工程2023个'],
    ['其中主导产业(纺织服装、机械、能源)55亿元,同比增长', '55', '其中主导产业(纺织服装、机械、能源)55亿元'],
    ['实现国、地两税突破1亿元。', '1', '实现国、地两税突破1亿元'],
  ])('%s → %s', (m, value, quote) => {
    expect(quoteOf(m, value)).toBe(quote);
  });

  it('never crosses a sentence boundary', () => {
    expect(quoteOf('完成了。2家', '2')).toBe('2家');
  });
});

describe('target or actual', () => {
  it.each([
    ['完成规模工业总产值', 'plan', 'target'],
    ['园区已征存量土地有', 'plan', 'actual'],
    ['争取在去年', 'plan', 'actual'],
    ['1-11月,园区共完成规模工业总产值', 'report', 'actual'],
    ['园区共完成规模工业总产值50.6亿元(指标值', 'report', 'target'],
    ['规模工业总产值50.6亿元(指标值55亿元),同比增长', 'report', 'actual'],
    ['力争年内完成签约项目', 'report', 'target'],
  ] as const)('%s (%s section) → %s', (before, mode, kind) => {
    expect(decideKind(before, mode).kind).toBe(kind);
  });
});

describe('sections', () => {
  const m = '一、2024年工作情况(一)坚持政治建设,学习9次。二、2025年工作安排(一)紧盯中心任务,签约项目20个以上。';
  it('switches a report to plan mode at a plan heading, without line breaks too', () => {
    const sections = findSections(m);
    expect(sections.map((s) => [s.mode, s.year])).toEqual([['report', 2024], ['plan', 2025]]);
    expect(modeAt(sections, m.indexOf('9次'), 'report_and_plan')).toMatchObject({ mode: 'report', headingYear: 2024 });
    expect(modeAt(sections, m.indexOf('20个'), 'report_and_plan')).toMatchObject({ mode: 'plan', headingYear: 2025 });
  });

  it('guesses the document kind from its title', () => {
    expect(guessDocKind('双牌工业集中区2017年工作总结及2018年工作打算')).toBe('report_and_plan');
    expect(guessDocKind('临湘工业园区2017年工作规划')).toBe('plan');
    expect(guessDocKind('2024年园区工作情况汇报')).toBe('report');
  });
});

describe('period and year', () => {
  const at = (m: string, value: string, kind: 'target' | 'actual', base = 2017, shift = 0) => {
    const f = findFigures(m, FIXTURE_LEXICON.units).find((x) => x.value === value);
    if (!f) throw new Error(value);
    return decidePeriodYear(m, quoteSpan(m, f, { wantsSubject: false }), f.numStart, kind, base, shift);
  };
  it('reads 十三五末 as 2020 and the five-year-plan arithmetic holds', () => {
    expect(at('到“十三五”末，园区新增工业总产值100亿元，实现国、地两税3到5亿元。', '3', 'target')).toMatchObject({ period: '十三五末', year: 2020 });
    expect(fiveYearPlanEnd(14)).toBe(2025);
  });
  it('reads 1-9月 across ；, 截止11月底, 去年 and an explicit year', () => {
    expect(at('1-9月,园区规模工业增加值增速9.9%;上缴税收1.92亿元。', '1.92', 'actual')).toMatchObject({ period: '1-9月' });
    expect(at('截止11月底,新增入园工业项目6个', '6', 'actual')).toMatchObject({ period: '截至11月底' });
    expect(at('争取在去年7家基础上', '7', 'actual', 2022)).toMatchObject({ period: '全年', year: 2021 });
    expect(at('2018年力争土地储备1000亩', '1000', 'target', 2017)).toMatchObject({ period: '全年', year: 2018 });
    expect(at('2023年力争土地储备1000亩', '1000', 'target', 2014, -9)).toMatchObject({ year: 2014 });
  });
});
