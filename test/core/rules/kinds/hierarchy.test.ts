import { schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

const HIER = { kind: 'hierarchy', schedule: 'T05' };

describe('hierarchy', () => {
  it('checks 合计 = Σ类, 类 = Σ款, 款 = Σ项 for every amount column', () => {
    const model = workbook('national', [
      schedule('T05', {
        rows: [
          ['合计', 100, 60, 40],
          ['201', 100, 60, 40],
          ['20103', 100, 60, 40],
          ['2010301', 70, 60, 10],
          ['2010302', 30, 0, 30],
        ],
      }),
    ]);
    const findings = runOne(model, HIER);
    // Three parents (合计, 201, 20103) × three columns.
    expect(findings).toHaveLength(9);
    expect(findings.every((f) => f.outcome === 'pass')).toBe(true);
  });

  it('names the parent, the column and the children level in a failure', () => {
    const model = workbook('national', [
      schedule('T05', {
        rows: [
          ['合计', 100, 60, 40],
          ['201', 100, 60, 40],
          ['20103', 100, 60, 40],
          ['2010301', 70, 60, 10],
          ['2010302', 31, 0, 31],
        ],
      }),
    ]);
    const fails = runOne(model, HIER).filter((f) => f.outcome === 'fail');
    // The builder labels 款 rows 科目<code>.
    expect(fails.map((f) => f.message)).toEqual([
      '一般公共预算财政拨款支出决算表：20103 科目20103（合计） 100.00 ≠ 各项之和 101.00，相差 1.00 万元',
      '一般公共预算财政拨款支出决算表：20103 科目20103（项目支出） 40.00 ≠ 各项之和 41.00，相差 1.00 万元',
    ]);
    expect(addresses(fails[0])).toEqual(['T05!C8', 'T05!C9', 'T05!C10']);
  });

  it('sums 项 straight into the class when the 款 row is absent, and skips repeated codes', () => {
    const model = workbook('national', [
      schedule('T03', {
        rows: [
          ['合计', 50, 50, 0, 0, 0, 0],
          ['206', 50, 50, 0, 0, 0, 0],
          ['2060101', 20, 20, 0, 0, 0, 0],
          ['2060102', 30, 30, 0, 0, 0, 0],
          ['2060102#2', 30, 30, 0, 0, 0, 0],
        ],
      }),
    ]);
    const findings = runOne(model, { kind: 'hierarchy', schedule: 'T03', cols: ['本年支出合计'] });
    expect(findings.map((f) => [f.outcome, f.expected])).toEqual([
      ['pass', 50_000_000],
      ['pass', 50_000_000],
    ]);
  });

  it('checks economic classes of T06 against their items', () => {
    const model = workbook('national', [schedule('T06', { rows: [['301', 80], ['30101', 50], ['30102', 30.5], ['302', 10], ['30201', 10]] })]);
    const findings = runOne(model, { kind: 'hierarchy', schedule: 'T06' });
    expect(findings.map((f) => [f.outcome, f.severity])).toEqual([
      ['fail', 'error'],
      ['pass', 'info'],
    ]);
    expect(findings[0].message).toBe('一般公共预算财政拨款基本支出决算表：301 工资福利支出 80.00 ≠ 各款之和 80.50，相差 0.50 万元');
  });

  it('is not applicable to an empty fund table', () => {
    const model = workbook('national', [schedule('T08', { rows: [], emptyStatement: '本单位无政府性基金收支，故本表无数据' })]);
    expect(runOne(model, { kind: 'hierarchy', schedule: 'T08' })).toEqual([
      expect.objectContaining({ outcome: 'not_applicable', message: '政府性基金预算财政拨款收入支出决算表没有可核对的上下级科目，不适用' }),
    ]);
  });
});
