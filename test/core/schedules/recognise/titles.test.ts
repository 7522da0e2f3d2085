import { matchCode, matchTitle } from '../../../../src/core/schedules/recognise/titles';
import { labelOf, norm } from '../../../../src/core/schedules/recognise/text';
import { unitNameIn } from '../../../../src/core/schedules/recognise/furniture';

describe('title matching', () => {
  it.each([
    ['2024年度财政拨款收入支出决算总表', 'T04'],
    ['某某局收入支出决算总表', 'T01'],
    ['支出决算总表', 'T03'],
    ['一般公共预算财政拨款支出决算表', 'T05'],
    ['一般公共预算财政拨款基本支出决算表', 'T06'],
    ['一般公共预算财政拨款“三公”经费支出决算表', 'T07'],
    ['政府性基金预算财政拨款「三公」经费支出决算表', 'T08S'],
    ['国有资本经营预算财政拨款收入支出决算表', 'T09'],
    ['国有资本经营预算财政拨款支出决算表', 'T09E'],
    ['财政拨款支出决算明细表', 'T05D'],
    ['一般公共预算财政拨款支出决算明细表', 'T05DG'],
    ['一般公共预算财政拨款项目支出决算表', 'T05P'],
  ])('%s → %s (longest title wins)', (title, id) => {
    expect(matchTitle(norm(title))?.def.id).toBe(id);
  });

  it('finds schedules by 公开 and 财决 codes', () => {
    expect(matchCode(norm('Z01 收入支出决算总表(财决01表)'))?.id).toBe('T01');
    expect(matchCode('公开7表')?.id).toBe('T07');
    expect(matchCode('附表3')).toBeUndefined();
  });

  it('ignores text without a title', () => {
    expect(matchTitle('部门决算')).toBeUndefined();
  });
});

describe('text helpers', () => {
  it('strips numbering from row labels', () => {
    expect(labelOf('一、一般公共预算财政拨款收入')).toBe('一般公共预算财政拨款收入');
    expect(labelOf('（三） 其中：教育支出')).toBe('教育支出');
    expect(labelOf('1.因公出国(境)费')).toBe('因公出国（境）费');
    expect(labelOf('2010101')).toBe('2010101');
  });

  it('finds the unit name but never a 金额单位', () => {
    expect(unitNameIn('编制单位：某某局　　金额单位：万元')).toBe('某某局');
    expect(unitNameIn('部门：某某中心')).toBe('某某中心');
    expect(unitNameIn('单位：万元')).toBeUndefined();
    expect(unitNameIn('金额单位：元')).toBeUndefined();
  });
});
