import { describe, expect, it } from 'vitest';
import { unitDef } from '../../fixtures/units.ts';
import { findGarbledSpans, isRareHanzi, yearOverwrite, yearsInText } from '../../../src/extract/garble.ts';

const spans = (m: string): string[] => findGarbledSpans(m).map((s) => `${s.kind}:${m.slice(s.start, s.end)}`);

describe('findGarbledSpans', () => {
  it('finds mojibake: rare characters next to each other or to stray ASCII', () => {
    expect(spans('开展党工委理论学习中心组学习9次,确!皟蓚维护”落到实处。')).toEqual(['mojibake:确!皟蓚维']);
  });

  it('finds broken bytes', () => {
    expect(spans('完成规模工业\uFFFD\uFFFD值274.14亿元')).toEqual(['broken-bytes:\uFFFD\uFFFD']);
    expect(spans('锟斤拷锟斤拷')).toEqual(['broken-bytes:锟斤拷锟斤拷']);
  });

  it('finds a year standing where the next list number should be', () => {
    expect(spans('8、土地开发。\n9、建设。\n2023、品牌创立。')).toEqual(['year-as-list-number:2023、']);
  });

  it('leaves ordinary text, names with one rare character and traditional text (after simplification) alone', () => {
    expect(spans('引进千喜鹤现代农业融合发展示范园、吉兴生物质能源加工等10个优质项目')).toEqual([]);
    expect(spans('永州阳明学校已建成,堃元科技投产')).toEqual([]);
    expect(isRareHanzi('堃')).toBe(true);
    expect(isRareHanzi('产')).toBe(false);
  });
});

describe('yearOverwrite', () => {
  const years = yearsInText('2023年是产业园爬坡过坳的关键之年');
  it.each([
    ['2023', '个', 'garbled'],
    ['2023', '家', 'garbled'],
    ['20230', '%', 'garbled'],
    ['20230', '亩', 'garbled'],
    ['2023', '千伏', 'garbled'],
    ['2023', '万平方米', 'garbled'],
    ['2022', '万元', 'suspect'],
    ['2000', '万元', null],
    ['2200', '亩', null],
    ['10', '个', null],
    ['2024', '个', null],
  ] as const)('%s %s → %s', (digits, unit, flag) => {
    expect(yearOverwrite(digits, unitDef(unit).dimension, years)?.flag ?? null).toBe(flag);
  });
});
