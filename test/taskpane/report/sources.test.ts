import { reportFileName } from '../../../src/taskpane/report/file-name';
import { cellLabel, describeSource, selectableRefs } from '../../../src/taskpane/report/sources';

describe('describeSource', () => {
  it('names schedule, row, column, year and cell', () => {
    expect(describeSource({ schedule: 'T01', row: '收入总计', col: '金额', year: 2024, ref: { sheet: '财决01表', address: 'B9' } })).toBe(
      '收入支出决算总表 · 行：收入总计 · 列：金额 · 2024年 · 单元格 财决01表!B9',
    );
    expect(describeSource({ supplement: '政府采购支出总额', year: 2024 })).toBe('补充信息：政府采购支出总额 · 2024年 · 无单元格');
  });

  it('quotes sheet names Excel would quote', () => {
    expect(cellLabel({ sheet: '表 1', address: 'C3' })).toBe("'表 1'!C3");
    expect(cellLabel({ sheet: "O'Neil", address: 'A1' })).toBe("'O''Neil'!A1");
  });
});

describe('selectableRefs', () => {
  it('keeps this year\'s cells and leaves out last year\'s workbook', () => {
    const now = { sheet: '表1', address: 'B9' };
    const before = { sheet: '表1', address: 'B9' };
    const sup = { sheet: '补充信息', address: 'B3' };
    expect(selectableRefs([{ year: 2024, ref: now }, { year: 2023, ref: before }, { supplement: 'x', ref: sup }, { year: 2024 }], 2024)).toEqual([now, sup]);
  });
});

describe('reportFileName', () => {
  it('is {year}年度{unit}决算情况说明.docx, safe for any file system', () => {
    expect(reportFileName(2024, '某市科学技术局')).toBe('2024年度某市科学技术局决算情况说明.docx');
    expect(reportFileName(2024, '某局/机关')).toBe('2024年度某局_机关决算情况说明.docx');
    expect(reportFileName(undefined, undefined)).toBe('决算情况说明.docx');
  });
});
