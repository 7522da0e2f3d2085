import { INCOME_ITEMS } from '../../../src/core/schedules/catalogue/schedules';
import { builtInPack } from '../../../src/core/rules/packs';

describe('the income items', () => {
  it('are the eight rows of 收入支出决算总表 before 本年收入合计, in table order', () => {
    expect(INCOME_ITEMS).toEqual(['一般公共预算财政拨款收入', '政府性基金预算财政拨款收入', '国有资本经营预算财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入']);
  });

  it('are what T01-R01 of the common pack sums (the JSON cannot import the catalogue, so this keeps them in step)', () => {
    const rule = builtInPack('national').rules.find((r) => r.id === 'T01-R01');
    const parts = rule?.kind === 'sum' ? rule.parts : [];
    expect(parts.map((p) => ('row' in p ? p.row : undefined))).toEqual(INCOME_ITEMS);
  });
});
