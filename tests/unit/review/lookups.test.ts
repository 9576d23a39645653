import { describe, expect, it } from 'vitest';
import { countySeats, indicatorChoices, listUnits, searchCounties, searchIndicators } from '../../../src/review/lookups.ts';

const DEFS = 'id,name,name_en,group,unit,higher_is_better,description,aliases\n'
  + 'exports,出口总额,Exports,trade,亿美元,true,,出口;出口额\n'
  + 'industrial_output,规模工业总产值,Gross industrial output,economy,亿元,true,,\n'
  + 'industrial_output_growth,规模工业总产值增速,Growth,growth,%,true,,\n';

describe('indicator search', () => {
  const defs = indicatorChoices(DEFS);
  it('reads the aliases column when the file has one', () => {
    expect(defs[0]?.aliases).toEqual(['出口', '出口额']);
    expect(indicatorChoices('id,name,unit\na,甲,亿元\n')[0]?.aliases).toEqual([]);
  });
  it('finds a definition by alias, by unit and by name, the name that is the query first', () => {
    expect(searchIndicators(defs, '出口').map((d) => d.id)).toEqual(['exports']);
    expect(searchIndicators(defs, '%').map((d) => d.id)).toEqual(['industrial_output_growth']);
    expect(searchIndicators(defs, '规模工业总产值').map((d) => d.id)).toEqual(['industrial_output', 'industrial_output_growth']);
    expect(searchIndicators(defs, '总产值 %').map((d) => d.id)).toEqual(['industrial_output_growth']);
    expect(searchIndicators(defs, '没有')).toEqual([]);
  });
});

describe('county search', () => {
  const seats = countySeats('adcode,name,lat,lon\n430682,临湘市,29.4741,113.4448\n120116,滨海新区,39.0032,117.7107\nbad,x,1,1\n');
  it('drops rows without a 6-digit code and names the province from the code when the file has no province column', () => {
    expect(seats.map((s) => [s.adcode, s.province])).toEqual([['430682', '湖南省'], ['120116', '天津市']]);
  });
  it('matches name, province or code prefix', () => {
    expect(searchCounties(seats, '滨海').map((s) => s.adcode)).toEqual(['120116']);
    expect(searchCounties(seats, '湖南').map((s) => s.adcode)).toEqual(['430682']);
    expect(searchCounties(seats, '12').map((s) => s.adcode)).toEqual(['120116']);
    expect(searchCounties(seats, '')).toEqual([]);
  });
});

it('lists the units of units.csv', () => {
  expect(listUnits('unit,dimension,base,factor,name_en\n亿美元,money_usd,万美元,10000,100m US dollars\n户,count,户,1,\n')).toEqual(['亿美元', '户']);
});
