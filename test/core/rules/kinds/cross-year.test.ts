import { schedule, workbook } from '../../../factories/model-builder';
import { runOne } from '../helpers';

const Y01 = {
  kind: 'cross-year',
  current: { schedule: 'T01', row: '年初结转和结余', col: '金额' },
  prior: { schedule: 'T01', row: '年末结转和结余', col: '金额' },
};

const t01 = (opening: number, income: number, closing: number) =>
  workbook('national', [schedule('T01', { rows: [['本年收入合计', income], ['年初结转和结余', opening], ['年末结转和结余', closing]] })]);

describe('cross-year', () => {
  it('is not applicable without last year', () => {
    expect(runOne(t01(10, 100, 20), Y01)).toEqual([expect.objectContaining({ outcome: 'not_applicable', message: '未提供上年决算表，跨年核对不适用' })]);
  });

  it('compares this year 年初 with last year 年末, pointing only at this year’s cell', () => {
    const [ok] = runOne(t01(20, 100, 30), Y01, { prior: t01(5, 90, 20) });
    expect(ok.outcome).toBe('pass');
    const [bad] = runOne(t01(21, 100, 30), Y01, { prior: t01(5, 90, 20) });
    expect(bad).toMatchObject({ outcome: 'fail', severity: 'error', difference: 1_000_000 });
    expect(bad.message).toBe('收入支出决算总表“年初结转和结余” 21.00 ≠ 上年收入支出决算总表“年末结转和结余” 20.00，相差 1.00 万元');
    expect(bad.cells).toEqual([{ sheet: 'T01', address: 'C7' }]);
  });

  it('compares across units: last year in 元, this year in 万元', () => {
    const prior = workbook('national', [schedule('T01', { unit: '元', rows: [['年末结转和结余', 200_000]] })]);
    expect(runOne(t01(20, 100, 30), Y01, { prior })[0].outcome).toBe('pass');
  });
});

describe('change (Y-03)', () => {
  const Y03 = { kind: 'change', threshold: 0.2, operands: [{ schedule: 'T01', row: '本年收入合计', col: '金额' }] };

  it('warns about a change beyond the threshold', () => {
    const [f] = runOne(t01(0, 125, 0), Y03, { prior: t01(0, 100, 0) });
    expect(f).toMatchObject({ outcome: 'fail', severity: 'warning', expected: 100_000_000, actual: 125_000_000 });
    expect(f.message).toBe('收入支出决算总表“本年收入合计” 125.00 万元，上年 100.00 万元，增长 25.00%，超过 20% 的提示阈值，请说明原因');
  });

  it('passes a change within the threshold; the caller’s threshold overrides the pack’s', () => {
    expect(runOne(t01(0, 85, 0), Y03, { prior: t01(0, 100, 0) })[0].outcome).toBe('pass');
    const [f] = runOne(t01(0, 85, 0), Y03, { prior: t01(0, 100, 0), yoyThreshold: 0.1 });
    expect(f.message).toContain('下降 15.00%，超过 10% 的提示阈值');
  });
});
