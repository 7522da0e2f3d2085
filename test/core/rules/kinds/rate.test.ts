import { schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

const RULE = { kind: 'rate', schedule: 'T05', actual: '合计', budget: ['全年预算数', '年初预算数'], rate: '完成预算' };
const COLUMNS = ['合计', '基本支出', '项目支出', '年初预算数', '全年预算数', '完成预算'];

function t05(rows: [string, ...(number | string | null)[]][], unit: '万元' | '元' = '万元') {
  return workbook('national', [schedule('T05', { unit, columns: COLUMNS, rows })]);
}

describe('rate', () => {
  it('computes 决算 ÷ 全年预算 and accepts a stated rate within 0.01 percentage point', () => {
    const [f] = runOne(t05([['合计', 255.75, 180.5, 75.25, 265, 270, 94.72]]), RULE);
    expect(f.outcome).toBe('pass');
    expect(f.message).toBe('一般公共预算财政拨款支出决算表：合计 完成预算 94.72% = 决算数 255.75 ÷ 全年预算数 270.00');
    expect(addresses(f)).toEqual(['T05!H6', 'T05!C6', 'T05!G6']);
  });

  it('fails a stated rate that the figures cannot explain', () => {
    const [f] = runOne(t05([['合计', 255.75, 180.5, 75.25, 265, 270, 95.72]]), RULE);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error' });
    expect(f.message).toBe('一般公共预算财政拨款支出决算表：合计 完成预算 95.72% ≠ 决算数 255.75 ÷ 全年预算数 270.00 = 94.72%，相差 1.00 个百分点');
  });

  it('reports as info a gap that the rounding of small 万元 amounts explains', () => {
    // 0.50 / 0.50 万元 may be 0.495 / 0.505 … 0.505 / 0.495: 98.0 % … 102.0 %.
    const [f] = runOne(t05([['合计', 0.5, 0.5, 0, 0.5, 0.5, 101]]), RULE);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'info' });
    expect(f.message).toContain('在金额四舍五入误差以内');
  });

  it('is exact in 元', () => {
    const [f] = runOne(t05([['合计', 5000, 5000, 0, 5000, 5000, 101]], '元'), RULE);
    expect(f).toMatchObject({ outcome: 'fail', severity: 'error' });
  });

  it('falls back to 年初预算数 and handles a zero budget', () => {
    const model = workbook('national', [
      schedule('T05', {
        columns: ['合计', '基本支出', '项目支出', '年初预算数', '完成预算'],
        rows: [['合计', 90, 90, 0, 100, 90], ['201', 10, 10, 0, 0, 5], ['206', 80, 80, 0, 0, null]],
      }),
    ]);
    const findings = runOne(model, RULE);
    expect(findings.map((f) => `${f.outcome}/${f.severity}`)).toEqual(['pass/info', 'fail/error', 'pass/info']);
    expect(findings[1].message).toBe('一般公共预算财政拨款支出决算表：201 一般公共服务支出 年初预算数为 0，完成预算却为 5.00%');
  });

  it('warns when the rate is left blank though there is a budget, and is not applicable without rate columns', () => {
    const [blank] = runOne(t05([['合计', 90, 90, 0, 100, 100, null]]), RULE);
    expect(blank).toMatchObject({ outcome: 'fail', severity: 'warning' });
    const none = runOne(workbook('national', [schedule('T05', { rows: [['合计', 1, 1, 0]] })]), RULE);
    expect(none.map((f) => f.outcome)).toEqual(['not_applicable']);
  });
});
