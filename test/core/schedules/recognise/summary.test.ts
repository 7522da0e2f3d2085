import { getFen, getValue } from '../../../../src/core/schedules/model';
import { recogniseWorkbook } from '../../../../src/core/schedules/recognise';
import { Cell, part, sheet, titleLines, workbook } from '../factories';

const W = 1_000_000;

/** T01 with 行次 columns: income rows left, expenditure rows right, padded to equal length. */
function t01Body(income: [string, number | null][], expenditure: [string, number | null][]): Cell[][] {
  const n = Math.max(income.length, expenditure.length);
  return Array.from({ length: n }, (_, i) => {
    const inc = income[i];
    const exp = expenditure[i];
    return [inc?.[0], inc ? i + 1 : undefined, inc?.[1] ?? undefined, exp?.[0], exp ? income.length + i + 1 : undefined, exp?.[1] ?? undefined];
  });
}

describe('T01 收入支出决算总表', () => {
  const head = part(
    [
      ['收入', undefined, undefined, '支出'],
      ['项目', '行次', '金额', '项目', '行次', '金额'],
      ['栏次', undefined, '1', '栏次', undefined, '2'],
    ],
    [
      { top: 0, left: 0, bottom: 0, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 },
    ],
  );
  const body = part(
    t01Body(
      [
        ['一、一般公共预算财政拨款收入', 1000],
        ['二、政府性基金预算财政拨款收入', null],
        ['三、国有资本经营预算财政拨款收入', null],
        ['四、上级补助收入', null],
        ['五、事业收入', 200],
        ['六、经营收入', null],
        ['七、附属单位上缴收入', null],
        ['八、其他收入', 23.26],
        ['', null],
        ['本年收入合计', 1223.26],
        ['使用非财政拨款结余（含专用结余）', null],
        ['年初结转和结余', 300],
        ['总计', 1523.26],
      ],
      [
        ['一、一般公共服务支出', 1000],
        ['二、教育支出', 122.9],
        ['三、卫生健康支出', 100],
        ['', null],
        ['本年支出合计', 1222.9],
        ['结余分配', null],
        ['年末结转和结余', 300.36],
        ['总计', 1523.26],
      ],
    ),
  );
  const grid = sheet('Z01 收入支出决算总表(财决01表)', titleLines('收入支出决算总表', { code: '财决01表', width: 6 }), head, body, part([['注：本表反映部门本年度的总收支和年末结转结余情况。']]));
  const model = recogniseWorkbook(workbook('t01.xlsx', grid));
  const t01 = model.schedules.get('T01')!;

  it('keys income items, class rows by code and the two 总计 by block', () => {
    expect(t01.rows.filter((r) => r.block === 'income').map((r) => r.key)).toEqual([
      '一般公共预算财政拨款收入',
      '政府性基金预算财政拨款收入',
      '国有资本经营预算财政拨款收入',
      '上级补助收入',
      '事业收入',
      '经营收入',
      '附属单位上缴收入',
      '其他收入',
      '本年收入合计',
      '使用非财政拨款结余',
      '年初结转和结余',
      '收入总计',
    ]);
    expect(t01.rows.filter((r) => r.block === 'expenditure').map((r) => r.key)).toEqual(['201', '205', '210', '本年支出合计', '结余分配', '年末结转和结余', '支出总计']);
    expect(t01.rows.find((r) => r.key === '210')).toMatchObject({ code: '210', level: 1, label: '卫生健康支出' });
  });

  it('reads both blocks into the 金额 column with addresses', () => {
    expect(t01.columns.map((c) => c.key)).toEqual(['金额']);
    expect(getValue(model, 'T01', '收入总计', '金额')).toEqual({
      ref: { sheet: 'Z01 收入支出决算总表(财决01表)', address: 'C18' },
      parsed: { kind: 'number', fen: 1523.26 * W, fromText: false },
    });
    expect(getValue(model, 'T01', '支出总计', '金额')!.ref.address).toBe('F13');
    expect(getFen(model, 'T01', '年末结转和结余', '金额')).toBe(300_360_000);
    expect(getValue(model, 'T01', '政府性基金预算财政拨款收入', '金额')!.parsed).toEqual({ kind: 'blank' });
  });

  it('skips padding rows without issues', () => {
    expect(model.issues).toEqual([]);
    expect(model.template).toBe('national');
  });
});

describe('T04 财政拨款收入支出决算总表 with fund sub-rows', () => {
  const head = part([
    ['项目', '决算数', '项目', '决算数'],
    [undefined, undefined, undefined, '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'],
  ], [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 1, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 6 },
  ]);
  // Columns: A income item, B amount, C expenditure item, D 合计, E–G funds.
  const rows: Cell[][] = [
    ['一、一般公共预算财政拨款', 900, '一、一般公共服务支出', 850, 800, 50, null],
    ['二、政府性基金预算财政拨款', 100, '二、城乡社区支出', 150, 100, 50, null],
    ['三、国有资本经营预算财政拨款', null, undefined, undefined],
    ['本年收入合计', 1000, '本年支出合计', 1000, 900, 100, null],
    ['年初财政拨款结转和结余', 60, '年末财政拨款结转和结余', 60, null, null, null],
    ['一般公共预算财政拨款', 40, '一般公共预算财政拨款', 40],
    ['政府性基金预算财政拨款', 20, '政府性基金预算财政拨款', 20],
    ['国有资本经营预算财政拨款', null, '国有资本经营预算财政拨款', null],
    ['收入总计', 1060, '支出总计', 1060, 940, 120, null],
  ];
  const grid = sheet('表4', titleLines('2024年度财政拨款收入支出决算总表', { width: 7 }), head, part(rows));
  const model = recogniseWorkbook(workbook('t04.xlsx', grid));
  const t04 = model.schedules.get('T04')!;

  it('reads 年初 sub-rows as items of their own', () => {
    expect(t04.rows.filter((r) => r.block === 'income').map((r) => r.key)).toEqual([
      '一般公共预算财政拨款',
      '政府性基金预算财政拨款',
      '国有资本经营预算财政拨款',
      '本年收入合计',
      '年初财政拨款结转和结余',
      '年初财政拨款结转和结余/一般公共预算财政拨款',
      '年初财政拨款结转和结余/政府性基金预算财政拨款',
      '年初财政拨款结转和结余/国有资本经营预算财政拨款',
      '收入总计',
    ]);
    expect(getFen(model, 'T04', '年初财政拨款结转和结余/政府性基金预算财政拨款', '金额')).toBe(20 * W);
  });

  it('stores 年末 sub-row × 合计 as (年末财政拨款结转和结余, fund)', () => {
    expect(t04.rows.filter((r) => r.block === 'expenditure').map((r) => r.key)).toEqual(['201', '212', '本年支出合计', '年末财政拨款结转和结余', '支出总计']);
    expect(getValue(model, 'T04', '年末财政拨款结转和结余', '一般公共预算财政拨款')).toEqual({
      ref: { sheet: '表4', address: 'D10' },
      parsed: { kind: 'number', fen: 40 * W, fromText: false },
    });
    expect(getValue(model, 'T04', '年末财政拨款结转和结余', '政府性基金预算财政拨款')!.ref.address).toBe('D11');
    expect(getFen(model, 'T04', '年末财政拨款结转和结余', '合计')).toBe(60 * W);
  });

  it('maps income and expenditure columns by block', () => {
    expect(t04.columns.map((c) => c.key)).toEqual(['金额', '合计', '一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款']);
    expect(getFen(model, 'T04', '212', '政府性基金预算财政拨款')).toBe(50 * W);
    expect(model.issues).toEqual([]);
  });
});
