import { CellInput, schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

const T01_FLOW = {
  kind: 'sum',
  schedule: 'T01',
  col: '金额',
  total: '收入总计',
  parts: ['本年收入合计', { row: '使用非财政拨款结余', optional: true }, '年初结转和结余'],
};

function t01(rows: [string, ...CellInput[]][], unit: '万元' | '元' = '万元') {
  return workbook('national', [schedule('T01', { unit, rows })]);
}

describe('sum', () => {
  it('passes when the total equals the sum, pointing at every operand', () => {
    const model = t01([['本年收入合计', 1000], ['使用非财政拨款结余', 23.26], ['年初结转和结余', 500], ['收入总计', 1523.26]]);
    const [f] = runOne(model, T01_FLOW);
    expect(f.outcome).toBe('pass');
    expect(f.actual).toBe(1_523_260_000);
    expect(f.expected).toBe(1_523_260_000);
    expect(addresses(f)).toEqual(['T01!C9', 'T01!C6', 'T01!C7', 'T01!C8']);
  });

  it('fails with error severity beyond the rounding tolerance', () => {
    const model = t01([['本年收入合计', 1000], ['使用非财政拨款结余', 22.9], ['年初结转和结余', 500], ['收入总计', 1523.26]]);
    const [f] = runOne(model, { ...T01_FLOW, label: '三项之和' });
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error', difference: 360_000, unit: '万元', schedule: 'T01' });
    expect(f.message).toBe('收入支出决算总表：收入总计 1,523.26 ≠ 三项之和 1,522.90，相差 0.36 万元');
  });

  it('reports a 万元 difference within 0.005 × (n + 1) as info', () => {
    // Three parts: tolerance 0.02 万元.
    const within = t01([['本年收入合计', 1000], ['使用非财政拨款结余', 23.24], ['年初结转和结余', 500], ['收入总计', 1523.26]]);
    const [f] = runOne(within, T01_FLOW);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'info', difference: 20_000 });
    expect(f.message).toContain('在四舍五入误差（0.02 万元）以内');
    const beyond = t01([['本年收入合计', 1000], ['使用非财政拨款结余', 23.23], ['年初结转和结余', 500], ['收入总计', 1523.26]]);
    expect(runOne(beyond, T01_FLOW)[0]).toMatchObject({ outcome: 'fail', severity: 'error', difference: 30_000 });
  });

  it('is exact in 元: one 分 of difference is an error', () => {
    const model = t01([['本年收入合计', 1000], ['使用非财政拨款结余', 0], ['年初结转和结余', 500], ['收入总计', 1500.01]], '元');
    const [f] = runOne(model, T01_FLOW);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error', difference: 1 });
    expect(f.message).toBe('收入支出决算总表：收入总计 1,500.01 ≠ 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余 1,500.00，相差 0.01 元');
  });

  it('counts an absent optional row as zero, and makes the rule not applicable when a required row is absent', () => {
    const noOptional = t01([['本年收入合计', 1000], ['年初结转和结余', 500], ['收入总计', 1500]]);
    const [ok] = runOne(noOptional, T01_FLOW);
    expect(ok.outcome).toBe('pass');
    expect(ok.cells).toHaveLength(3);
    const noOpening = t01([['本年收入合计', 1000], ['收入总计', 1500]]);
    const [na] = runOne(noOpening, T01_FLOW);
    expect(na).toMatchObject({ outcome: 'not_applicable', severity: 'info' });
    expect(na.message).toBe('收入支出决算总表没有“年初结转和结余”行，不适用');
  });

  it('reports insufficient data, never a pass, when an operand holds an error value', () => {
    const model = t01([['本年收入合计', '#REF!'], ['年初结转和结余', 500], ['收入总计', 1500]]);
    const [f] = runOne(model, T01_FLOW);
    expect(f.outcome).toBe('insufficient_data');
    expect(f.message).toBe('收入支出决算总表：无法核对：本年收入合计为错误值 #REF!');
    expect(addresses(f)).toContain('T01!C6');
  });

  it('treats a formula without a cached value and stray text as unreadable too', () => {
    const model = t01([['本年收入合计', { noValue: 'SUM(C2:C5)' }], ['年初结转和结余', '见附注'], ['收入总计', 1500]]);
    const [f] = runOne(model, T01_FLOW);
    expect(f.outcome).toBe('insufficient_data');
    expect(f.message).toContain('本年收入合计为没有计算结果的公式；年初结转和结余为文字“见附注”');
  });

  it('expands a row selector and subtracts negated operands (flow)', () => {
    const t04 = schedule('T04', {
      rows: [
        ['一般公共预算财政拨款', 100],
        ['年初财政拨款结转和结余/一般公共预算财政拨款', 20],
        ['201', 90, 90, 0, 0],
        ['206', 5, 5, 0, 0],
        ['本年支出合计', 95, 95, 0, 0],
        ['年末财政拨款结转和结余', 26, 26, 0, 0],
      ],
    });
    const model = workbook('national', [t04]);
    const flow = runOne(model, {
      kind: 'sum',
      schedule: 'T04',
      total: { row: '年末财政拨款结转和结余', col: '一般公共预算财政拨款' },
      parts: [
        { row: '年初财政拨款结转和结余/一般公共预算财政拨款', col: '金额' },
        { row: '一般公共预算财政拨款', col: '金额' },
        { row: '本年支出合计', col: '一般公共预算财政拨款', negate: true },
      ],
    })[0];
    expect(flow).toMatchObject({ outcome: 'fail', severity: 'error', actual: 26_000_000, expected: 25_000_000 });
    expect(flow.message).toBe(
      '财政拨款收入支出决算总表：年末财政拨款结转和结余（一般公共预算财政拨款） 26.00 ≠ 年初财政拨款结转和结余（一般公共预算财政拨款） + 一般公共预算财政拨款 − 本年支出合计（一般公共预算财政拨款） 25.00，相差 1.00 万元',
    );
    const classes = runOne(model, { kind: 'sum', schedule: 'T04', col: '合计', total: '本年支出合计', parts: [{ rows: 'classes' }] })[0];
    expect(classes).toMatchObject({ outcome: 'pass', expected: 95_000_000 });
    expect(classes.cells).toHaveLength(3);
  });

  it('uses the coarsest unit for the tolerance of operands in different schedules', () => {
    const model = workbook('national', [
      schedule('T01', { unit: '元', rows: [['本年收入合计', 1_000_000.4]] }),
      schedule('T02', { unit: '万元', rows: [['合计', 100, 100, 0, 0, 0, 0, 0]] }),
    ]);
    const [f] = runOne(model, { kind: 'equals', left: { schedule: 'T01', row: '本年收入合计', col: '金额' }, right: { schedule: 'T02', row: '合计', col: '本年收入合计' } });
    expect(f).toMatchObject({ outcome: 'fail', severity: 'info', difference: 40, unit: '元' });
    expect(f.message).toContain('收入支出决算总表“本年收入合计” 1,000,000.40 ≠ 收入决算表“合计（本年收入合计）” 1,000,000.00');
  });
});

describe('equals and less-or-equal', () => {
  const model = workbook('national', [
    schedule('T01', { rows: [['收入总计', 1523.26], ['年初结转和结余', 50], ['支出总计', 1522.9]] }),
    schedule('T04', { rows: [['年初财政拨款结转和结余', 60]] }),
  ]);

  it('names both totals and the difference', () => {
    const [f] = runOne(model, { kind: 'equals', schedule: 'T01', col: '金额', left: '收入总计', right: '支出总计' });
    expect(f.message).toBe('收入支出决算总表：收入总计 1,523.26 ≠ 支出总计 1,522.90，相差 0.36 万元');
    expect(addresses(f)).toEqual(['T01!C6', 'T01!D8']); // the expenditure block's 金额 column
  });

  it('fails when the left side exceeds the right', () => {
    const rule = { kind: 'less-or-equal', left: { schedule: 'T04', row: '年初财政拨款结转和结余', col: '金额' }, right: { schedule: 'T01', row: '年初结转和结余', col: '金额' } };
    const [f] = runOne(model, rule);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error', difference: 10_000_000 });
    expect(f.message).toBe('财政拨款收入支出决算总表“年初财政拨款结转和结余” 60.00 大于 收入支出决算总表“年初结转和结余” 50.00，超出 10.00 万元');
  });

  it('is not applicable when an optional schedule is absent, insufficient when a mandatory one is', () => {
    const t08 = runOne(model, { kind: 'equals', left: { schedule: 'T04', row: '年初财政拨款结转和结余', col: '金额' }, right: { schedule: 'T08', row: '合计', col: '年初结转和结余' } })[0];
    expect(t08).toMatchObject({ outcome: 'not_applicable', message: '没有政府性基金预算财政拨款收入支出决算表，不适用' });
    const t02 = runOne(model, { kind: 'equals', left: { schedule: 'T01', row: '收入总计', col: '金额' }, right: { schedule: 'T02', row: '合计', col: '本年收入合计' } })[0];
    expect(t02).toMatchObject({ outcome: 'insufficient_data', message: '缺少收入决算表，无法核对' });
  });
});
