import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { SUPPLEMENT_ITEMS, readSupplement, supplementItem } from '../../../src/core/supplement';
import { openSession } from '../../../src/core/session';
import { emptyStored } from '../../../src/core/stored';
import { SUPPLEMENT_FORM_SHEET, SupplementValues, formBlockedReason, formGroups, formProblems, formValues, supplementRows, valueProblem } from '../../../src/taskpane/supplement-form';
import { buildFixture } from '../../factories';

const sheetOf = (rows: (string | number | null)[][], name = SUPPLEMENT_FORM_SHEET) => gridFromRows(name, rows);

describe('supplement form rows', () => {
  it('groups every item under its heading in catalogue order', () => {
    const groups = formGroups();
    expect(groups.map((g) => g.heading)).toEqual(['机关运行经费', '政府采购', '国有资产', '“三公”经费', '预算绩效管理']);
    expect(groups.flatMap((g) => g.items)).toEqual([...SUPPLEMENT_ITEMS]);
  });

  it('writes 项目 | 内容 rows that read back as the same facts, and keeps reasons and budgets', () => {
    const before = readSupplement([
      sheetOf([
        ['项目', '内容'],
        ['政府采购支出总额（万元）', 12.5],
        ['预算:2060101 行政运行', '30'],
        ['原因:reason:收支总计', '主要是科技项目经费增加'],
      ]),
    ]);
    const values: SupplementValues = { ...formValues(before), 因公出国团组数: '3', 单价50万元以上通用设备: '2', 绩效自评资金: '1,234.5' };
    expect(values.政府采购支出总额).toBe('12.5');
    expect(values.车辆总数).toBe('');
    const rows = supplementRows(values, before);
    expect(rows[0]).toEqual(['项目', '内容']);
    expect(rows[1]).toEqual(['【机关运行经费】', null]);
    expect(rows).toContainEqual(['因公出国团组数（个）', 3]);
    expect(rows).toContainEqual(['单价50万元以上通用设备（台（套））', 2]);
    expect(rows.slice(-4)).toEqual([['【预算数（万元）】', null], ['预算:2060101', 30], ['【原因】', null], ['原因:reason:收支总计', '主要是科技项目经费增加']]);

    const after = readSupplement([sheetOf(rows)]);
    expect(after?.facts.get('政府采购支出总额')?.number).toBe(12.5);
    expect(after?.facts.get('单价50万元以上通用设备')?.number).toBe(2);
    expect(after?.facts.get('绩效自评资金')?.number).toBe(1234.5);
    expect(after?.facts.has('车辆总数')).toBe(false);
    expect(after?.budgets.get('2060101')?.number).toBe(30);
    expect(after?.reasons.get('reason:收支总计')?.text).toBe('主要是科技项目经费增加');
    expect(formValues(after)).toEqual({ ...values, 绩效自评资金: '1234.5' });
  });

  it('checks values: numbers, not negative, whole numbers for counts', () => {
    const count = supplementItem('因公出国团组数')!;
    const money = supplementItem('政府采购支出总额')!;
    expect(valueProblem(count, '')).toBeUndefined();
    expect(valueProblem(count, '2.5')).toBe('“因公出国团组数”应为整数（单位：个）。');
    expect(valueProblem(money, '2.5')).toBeUndefined();
    expect(valueProblem(money, '-1')).toBe('“政府采购支出总额”不能为负数。');
    expect(valueProblem(money, '很多')).toBe('“政府采购支出总额”应填写数字（单位：万元）。');
    expect(formProblems({ ...formValues(undefined), 车辆总数: 'x' })).toEqual(['“车辆总数”应填写数字（单位：辆）。']);
  });

  it('refuses to save over the user\'s own 补充信息 sheet', () => {
    const own = readSupplement([sheetOf([['项目', '内容']], '补充信息')]);
    expect(formBlockedReason(own)).toMatch(/^本工作簿已有“补充信息”工作表/);
    expect(formBlockedReason(readSupplement([sheetOf([['项目', '内容']])]))).toBeUndefined();
    expect(formBlockedReason(undefined)).toBeUndefined();
  });

  it('is read by the pane\'s check although it is an add-in sheet', () => {
    const fixture = buildFixture({ template: 'national', year: 2024 });
    const form = sheetOf(supplementRows({ ...formValues(undefined), 政府采购支出总额: '88' }));
    const review = openSession({ file: 'x.xlsx', sheets: [...fixture.sheets, form] }, emptyStored());
    expect(review.supplement?.sheet).toBe(SUPPLEMENT_FORM_SHEET);
    expect(review.supplement?.facts.get('政府采购支出总额')?.number).toBe(88);
  });
});
