import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { SUPPLEMENT_ITEMS, readSupplement, supplementTemplate } from '../../../src/core/supplement';

const other = gridFromRows('收入支出决算总表', [['收入支出决算总表']]);

describe('readSupplement', () => {
  it('is undefined when the workbook has no 补充信息 sheet', () => {
    expect(readSupplement([other])).toBeUndefined();
  });

  it('reads facts, text numbers, unit suffixes, blank rows, reasons and budgets', () => {
    const sheet = gridFromRows(' 补充信息 ', [
      ['本表由说明助手读取'],
      [],
      ['项目', '内容'],
      ['政府采购支出总额（万元）', '1,234.50'],
      [],
      ['政府采购货物支出', 200],
      ['公务用车保有量（辆）', '12辆'],
      ['【政府采购】', null],
      ['绩效自评项目数（个）', '  '],
      ['原因：reason:收支总计', '主要是项目支出增加。'],
      ['预算:2060101 行政运行', '700.5'],
      ['预算：合计', 3000],
      ['预算:abc', 5],
      ['政府采购支出总额（万元）', 999],
    ]);
    const s = readSupplement([other, sheet])!;
    expect(s.sheet).toBe(' 补充信息 ');
    expect(s.facts.get('政府采购支出总额')).toMatchObject({ number: 1234.5, text: '1,234.50', ref: { sheet: ' 补充信息 ', address: 'B4' } });
    expect(s.facts.get('政府采购货物支出')?.number).toBe(200);
    expect(s.facts.get('公务用车保有量')?.number).toBe(12);
    expect(s.facts.has('绩效自评项目数')).toBe(false);
    expect(s.facts.has('【政府采购】')).toBe(false);
    expect(s.reasons.get('reason:收支总计')?.text).toBe('主要是项目支出增加。');
    expect(s.budgets.get('2060101')?.number).toBe(700.5);
    expect(s.budgets.get('合计')?.number).toBe(3000);
    expect(s.budgets.size).toBe(2);
  });

  it('uses columns A and B when there is no header row', () => {
    const s = readSupplement([gridFromRows('补充信息', [['车辆总数', 3]])])!;
    expect(s.facts.get('车辆总数')?.number).toBe(3);
  });

  it('finds the header wherever its columns are', () => {
    const s = readSupplement([gridFromRows('补充信息', [[null, '项目', '说明', '内容'], [null, '车辆总数', '含租用', 4]])])!;
    expect(s.facts.get('车辆总数')?.number).toBe(4);
  });
});

describe('supplementTemplate', () => {
  it('lists every item once under its group, with a header and the reason and budget rows', () => {
    const rows = supplementTemplate();
    expect(rows[0]).toEqual(['项目', '内容']);
    for (const item of SUPPLEMENT_ITEMS) {
      expect(rows.filter((r) => r[0] === `${item.name}（${item.unit}）`)).toHaveLength(1);
    }
    expect(rows.some((r) => r[0] === '预算:合计（万元）')).toBe(true);
    expect(rows.some((r) => r[0] === '原因:reason:收支总计')).toBe(true);
  });

  it('reads back as empty, and once filled, as the facts typed', () => {
    const rows = supplementTemplate();
    expect(readSupplement([gridFromRows('补充信息', rows)])).toMatchObject({ facts: new Map(), reasons: new Map(), budgets: new Map() });
    const filled = rows.map((r, i) => (i > 0 && r[0] && !r[0].startsWith('【') ? [r[0], String(i)] : r));
    const s = readSupplement([gridFromRows('补充信息', filled)])!;
    expect(s.facts.size).toBe(SUPPLEMENT_ITEMS.length);
    for (const item of SUPPLEMENT_ITEMS) expect(s.facts.get(item.name)?.number).toBeGreaterThan(0);
    expect(s.budgets.get('合计')?.number).toBeGreaterThan(0);
    expect(s.reasons.has('reason:收支总计')).toBe(true);
  });
});
