import { describe, expect, it } from 'vitest';
import { findFigures, readUnit } from '../../../src/extract/numbers.ts';
import { FIXTURE_UNITS as UNITS } from '../../fixtures/units.ts';

/** "value[-high] unit comparator" for every figure of a (simplified, half-width) text. */
const figures = (m: string): string[] => findFigures(m, UNITS).map((f) => `${f.value}${f.high ? `-${f.high}` : ''} ${f.unit} ${f.comparator}`);

describe('findFigures', () => {
  it.each([
    ['完成规模工业总产值274.14亿元', ['274.14 亿元 =']],
    ['实现国、地两税突破1亿元', ['1 亿元 >']],
    ['实现国、地两税3到5亿元', ['3-5 亿元 =']],
    ['招商引进8-2023个工程入园', ['8-2023 个 =']],
    ['实缴税收4亿元以上', ['4 亿元 >=']],
    ['签约项目不少于60个', ['60 个 >=']],
    ['完成融资贷款2亿余元', ['2 亿元 about']],
    ['解决了122余万元的产业发展扶持资金', ['122 万元 about']],
    ['实现2万多平方米标准化厂房的腾笼换鸟', ['2 万平方米 about']],
    ['累计参加人员800多人次', ['800 人次 about']],
    ['总投资约24000万元', ['24000 万元 about']],
    ['供汽能力提升到75吨/小时', ['75 吨/小时 =']],
    ['启动园区11万伏专用变电站', ['11 万伏 =']],
    ['完成2023千伏电力专线增容改造', ['2023 千伏 =']],
    ['执行率实现20230%', ['20230 % =']],
    ['将园区规划从原来的3.51平方公里扩大到5.08平方公里', ['3.51 平方公里 =', '5.08 平方公里 =']],
    ['紧扣招商引资400亿,签约', ['400 亿元 =']],
    ['召开专题恳谈会3场次', ['3 场次 =']],
    ['组织举办3期以上企业家素质培训活动', ['3 期 >=']],
    ['出口完成190亿美元', ['190 亿美元 =']],
    ['实际利用外资35亿美元以上', ['35 亿美元 >=']],
    ['新增规模企业4户', ['4 户 =']],
    ['新建道路12公里，管网800米', ['12 公里 =', '800 米 =']],
    ['新增装机5万千瓦', ['5 万千瓦 =']],
    ['年吞吐量30万吨', ['30 万吨 =']],
    ['新增就业1.2万人', ['1.2 万人 =']],
    ['在全省五好园区考核排名力争进前50位', ['50 位 <=']],
    ['在岳阳市综合排名进入前二;', ['2 位 <=']],
    ['园区已征存量土地有1,038.884亩', ['1038.884 亩 =']],
    ['成立了指挥部,7次修改完善,9万平方米标准化厂房', ['7 次 =', '9 万平方米 =']],
  ])('%s', (text, expected) => {
    expect(figures(text)).toEqual(expected);
  });

  it.each([
    ['dates and periods', '2017年12月29日,1-11月份,于5月3日召开,10月初,晚上10点,2025年3月份之前'],
    ['list numbers', '1、资金保障。2、土地保障。3、6组的整体搬迁'],
    ['document, index and phone numbers', '索引号:4311230009/2018-00034,网站客服:3074922707,湘政发〔2017〕12号'],
    ['ordinals and congresses', '市政府2016年第16次常务会议,第十三次党代会,党的十八届三中全会,第3位'],
    ['slogans in quotes', '全面贯彻落实“2124”工程,“135”配套路网,“1235”行动'],
    ['durations and prices', '建设周期6个月,租金10元/平方米'],
    ['size classes, not amounts', '新增入园投资5000万元以上工业项目,5亿元项目,年产值5000万元以上的规模企业'],
    ['Chinese numerals other than ranks', '三个倍增,一个项目、一名领导,前三季度'],
  ])('%s are not figures', (_what, text) => {
    expect(figures(text)).toEqual([]);
  });

  it('keeps the count next to a size class', () => {
    expect(figures('引进1个30亿元以上项目、2个10亿元项目')).toEqual(['1 个 =', '2 个 =']);
    expect(figures('其中新增年产值5000万元以上的规模企业3家')).toEqual(['3 家 =']);
  });

  it('spans the comparator words, so an investment note can quote them', () => {
    const [f] = findFigures('总投资约24000万元，', UNITS);
    expect(f && '总投资约24000万元，'.slice(f.start, f.end)).toBe('约24000万元');
    const [g] = findFigures('腾出厂房面积5万平方米以上,', UNITS);
    expect(g && '腾出厂房面积5万平方米以上,'.slice(g.start, g.end)).toBe('5万平方米以上');
  });
});

describe('readUnit', () => {
  it('reads 余/多 around 万/亿, keeps the unit as written, and reads a measure word the table lacks without a table row', () => {
    expect(readUnit('2亿余元', 1, UNITS)).toMatchObject({ unit: '亿元', about: true });
    expect(readUnit('190亿美元', 3, UNITS)).toMatchObject({ unit: '亿美元', unitDef: { dimension: 'money_usd' } });
    const wanMu = readUnit('5万亩', 1, UNITS);
    expect(wanMu).toMatchObject({ unit: '万亩' });
    expect(wanMu?.unitDef).toBeUndefined();
    expect(readUnit('5000千瓦时', 4, UNITS)).toMatchObject({ unit: '千瓦时', unitDef: undefined });
    expect(readUnit('3个月', 1, UNITS)).toBeNull();
    expect(readUnit('400亿,', 3, UNITS)).toMatchObject({ unit: '亿元', note: '原文“亿”后没有单位词，按亿元起草。' });
  });
});
