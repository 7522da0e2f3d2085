import { getFen, getValue } from '../../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { Cell, part, sheet, titleLines, workbook } from '../factories';

const W = 1_000_000;

describe('T06 基本支出决算表, one code column per block', () => {
  const head = part([
    ['人员经费', undefined, undefined, '公用经费'],
    ['科目编码', '科目名称', '决算数', '科目编码', '科目名称', '决算数'],
  ], [
    { top: 0, left: 0, bottom: 0, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 5 },
  ]);
  const rows: Cell[][] = [
    ['301', '工资福利支出', 100, '302', '商品和服务支出', 30],
    ['30101', '基本工资', 60, '30201', '办公费', 10],
    ['30102', '津贴补贴', 40, '30211', '差旅费', 20],
    ['303', '对个人和家庭的补助', 5, '310', '资本性支出', 8],
    ['30302', '退休费', 5, '31002', '办公设备购置', 8],
    ['人员经费合计', undefined, 105, '公用经费合计', undefined, 38],
  ];
  const grid = sheet('表6', titleLines('一般公共预算财政拨款基本支出决算表', { width: 6 }), head, part(rows, [
    { top: 5, left: 0, bottom: 5, right: 1 },
    { top: 5, left: 3, bottom: 5, right: 4 },
  ]));
  const model = recogniseWorkbook(workbook('t06.xlsx', grid));
  const t06 = model.schedules.get('T06')!;

  it('keys rows by code with level and side', () => {
    expect(t06.rows.map((r) => [r.key, r.level, r.block])).toEqual([
      ['301', 1, 'personnel'],
      ['302', 1, 'public'],
      ['30101', 2, 'personnel'],
      ['30201', 2, 'public'],
      ['30102', 2, 'personnel'],
      ['30211', 2, 'public'],
      ['303', 1, 'personnel'],
      ['310', 1, 'public'],
      ['30302', 2, 'personnel'],
      ['31002', 2, 'public'],
      ['人员经费合计', undefined, 'personnel'],
      ['公用经费合计', undefined, 'public'],
    ]);
  });

  it('reads 决算数 of both blocks and the bottom totals', () => {
    expect(t06.columns.map((c) => c.key)).toEqual(['决算数']);
    expect(getValue(model, 'T06', '30211', '决算数')).toEqual({
      ref: { sheet: '表6', address: 'F7' },
      parsed: { kind: 'number', fen: 20 * W, fromText: false },
    });
    expect(getValue(model, 'T06', '人员经费合计', '决算数')!.ref.address).toBe('C10');
    expect(getFen(model, 'T06', '公用经费合计', '决算数')).toBe(38 * W);
    expect(model.issues).toEqual([]);
  });
});

describe('T06 with the code split 类 | 款', () => {
  const head = part([
    ['科目编码', undefined, '科目名称', '决算数', '科目编码', undefined, '科目名称', '决算数'],
    ['类', '款', undefined, undefined, '类', '款'],
  ], [
    { top: 0, left: 0, bottom: 0, right: 1 },
    { top: 0, left: 2, bottom: 1, right: 2 },
    { top: 0, left: 3, bottom: 1, right: 3 },
    { top: 0, left: 4, bottom: 0, right: 5 },
    { top: 0, left: 6, bottom: 1, right: 6 },
    { top: 0, left: 7, bottom: 1, right: 7 },
  ]);
  const rows: Cell[][] = [
    ['301', undefined, '工资福利支出', '100.00', '302', undefined, '商品和服务支出', '30.00'],
    [undefined, '01', '基本工资', '60.00', undefined, '17', '公务接待费', '30.00'],
    [undefined, '02', '津贴补贴', '40.00'],
    ['人员经费合计', undefined, undefined, '100.00', '公用经费合计', undefined, undefined, '30.00'],
  ];
  const grid = sheet('附表8', titleLines('2023年一般公共预算财政拨款基本支出决算明细表', { width: 8 }), head, part(rows));
  const model = recogniseWorkbook(workbook('t06b.xlsx', grid));
  const t06 = model.schedules.get('T06')!;

  it('joins class and 款 fragments, carrying the class down', () => {
    expect(t06.rows.map((r) => r.key)).toEqual(['301', '302', '30101', '30217', '30102', '人员经费合计', '公用经费合计']);
    expect(getValue(model, 'T06', '30217', '决算数')).toEqual({
      ref: { sheet: '附表8', address: 'H6' },
      parsed: { kind: 'number', fen: 30 * W, fromText: true },
    });
    expect(model.year).toBe(2023);
  });
});
