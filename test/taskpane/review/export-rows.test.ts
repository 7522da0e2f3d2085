import { formatCells } from '../../../src/taskpane/review/cell-list';
import { EXPORT_HEADER, exportRows } from '../../../src/taskpane/review/export-rows';
import { cell, finding, review } from '../support';

describe('exportRows', () => {
  const findings = [
    finding('T01-R01', {
      schedule: 'T01',
      at: ['表1!B14', '表1!B6'],
      message: '本年收入合计 3,197.03 ≠ 各项收入之和 3,198.03，相差 1.00 万元',
      expected: 31_980_300_00,
      actual: 31_970_300_00,
      difference: -1_000_000,
    }),
    finding('T07-R02b', { schedule: 'T01', at: ['表7!D7'], severity: 'warning' }),
    finding('T05-R03', { schedule: 'T03', outcome: 'not_applicable', severity: 'info' }),
  ];

  const titles = { 'T01-R01': '本年收入合计 = 各项收入之和', 'T07-R02b': '决算数超过预算数需说明' };

  it('writes a header and one row per finding, amounts in the finding\'s unit', () => {
    const rows = exportRows(review(findings, { ruleTitles: titles }), {});
    expect(rows[0]).toEqual(EXPORT_HEADER);
    expect(rows[1]).toEqual([
      'T01 收入支出决算总表',
      '表1',
      '本年收入合计 = 各项收入之和',
      '错误',
      '本年收入合计 3,197.03 ≠ 各项收入之和 3,198.03，相差 1.00 万元',
      '表1!B14、B6',
      3198.03,
      3197.03,
      -1,
      '万元',
      null,
      '待处理',
    ]);
    expect(rows).toHaveLength(4);
    expect(rows[3].slice(2, 6)).toEqual(['T05-R03', '不适用', 'T05-R03 不平衡', null]);
    expect(rows[3][11]).toBeNull();
  });

  it('carries the explanation and the ignore mark', () => {
    const rows = exportRows(review(findings, { ruleTitles: titles }), {
      'T07-R02b@表7!D7': { explanation: '出访任务增加', updatedAt: '2025-01-01T00:00:00.000Z' },
      'T01-R01@表1!B14,表1!B6': { ignored: true, updatedAt: '2025-01-01T00:00:00.000Z' },
    });
    expect(rows[1].slice(10)).toEqual([null, '已忽略']);
    expect(rows[2].slice(2, 4)).toEqual(['决算数超过预算数需说明', '警告']);
    expect(rows[2].slice(10)).toEqual(['出访任务增加', '已说明']);
  });
});

it('names the recogniser\'s checks in words, never by their codes', () => {
  const rows = exportRows(review([finding('hidden-sheet', { at: ['表9!A1'], severity: 'warning' })]), {});
  expect(rows[1][2]).toBe('隐藏的工作表');
});

describe('formatCells', () => {
  it('groups addresses by sheet and summarises long lists', () => {
    expect(formatCells(['表1!B7', '表1!C7', '表2!D9'].map(cell))).toBe('表1!B7、C7；表2!D9');
    expect(formatCells(['表1!A1', '表1!A2', '表1!A3'].map(cell), 2)).toBe('表1!A1、A2 等 3 个单元格');
    expect(formatCells([])).toBe('');
  });
});
