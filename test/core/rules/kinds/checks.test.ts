import { schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

describe('non-negative', () => {
  it('fails each negative cell and passes once otherwise', () => {
    const t07 = schedule('T07', { rows: [['合计', 10, 9], ['因公出国（境）费', 10, -1], ['公务接待费', 0, 10]] });
    const findings = runOne(workbook('national', [t07]), { kind: 'non-negative', schedule: 'T07' });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ outcome: 'fail', severity: 'error', actual: -1_000_000 });
    expect(findings[0].message).toBe('一般公共预算财政拨款三公经费支出决算表：因公出国（境）费（决算数） 为负数 -1.00 万元，应不小于 0');
    expect(addresses(findings[0])).toEqual(['T07!D7']);
    const ok = runOne(workbook('national', [schedule('T07', { rows: [['合计', 1, 1]] })]), { kind: 'non-negative', schedule: 'T07' });
    expect(ok.map((f) => f.outcome)).toEqual(['pass']);
  });
});

describe('required', () => {
  it('fails a missing mandatory schedule and a missing row; absent optional schedules are not applicable', () => {
    const model = workbook('national', [schedule('T01', { rows: [['收入总计', 1]] })]);
    const [t02] = runOne(model, { kind: 'required', schedule: 'T02' });
    expect(t02).toMatchObject({ outcome: 'fail', severity: 'error', message: '缺少必需的表：收入决算表' });
    const [rows] = runOne(model, { kind: 'required', schedule: 'T01', rows: ['收入总计', '支出总计'] });
    expect(rows).toMatchObject({ outcome: 'fail', message: '收入支出决算总表：没有找到“支出总计”行' });
    const [t08] = runOne(model, { kind: 'required', schedule: 'T08' });
    expect(t08.outcome).toBe('not_applicable');
    const [t05d] = runOne(model, { kind: 'required', schedule: 'T05D' });
    expect(t05d).toMatchObject({ outcome: 'not_applicable', message: '本模板没有财政拨款支出决算明细表，不适用' });
  });
});

describe('fund-presence (X-06)', () => {
  const RULE = {
    kind: 'fund-presence',
    targets: ['T08'],
    emptyOnly: ['T08S'],
    source: [
      { schedule: 'T04', row: '政府性基金预算财政拨款', col: '金额' },
      { schedule: 'T04', row: '本年支出合计', col: '政府性基金预算财政拨款' },
    ],
  };
  const t04 = (income: number, spent: number) =>
    schedule('T04', { rows: [['政府性基金预算财政拨款', income], ['本年支出合计', spent, 0, spent, 0]] });

  it('fails when the fund has money but its table is absent', () => {
    const [f] = runOne(workbook('national', [t04(15, 12)]), RULE);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error', schedule: 'T08' });
    expect(f.message).toBe('财政拨款收入支出决算总表政府性基金预算财政拨款有数（政府性基金预算财政拨款 15.00、本年支出合计 12.00 万元），但缺少政府性基金预算财政拨款收入支出决算表');
    expect(addresses(f)).toEqual(['T04!C6', 'T04!F7']);
  });

  it('warns when the fund is zero but its tables hold figures, and passes an empty table', () => {
    const t08 = schedule('T08', { rows: [['合计', 0, 1, 1, 0, 1, 0]] });
    const t08s = schedule('T08S', { rows: [['合计', 0, 0]] });
    const findings = runOne(workbook('sichuan2021', [t04(0, 0), t08, t08s]), RULE);
    expect(findings.map((f) => `${f.schedule}:${f.outcome}/${f.severity}`)).toEqual(['T08:fail/warning', 'T08S:pass/info']);
    expect(findings[0].message).toBe('财政拨款收入支出决算总表政府性基金预算财政拨款为 0，但政府性基金预算财政拨款收入支出决算表有 3 个非零金额，本表应为空表并注明无数据');
  });
});
