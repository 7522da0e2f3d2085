import { schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

describe('per-row', () => {
  const model = workbook('national', [
    schedule('T01', { rows: [['201', 100], ['206', 50], ['208', 0], ['本年支出合计', 150]] }),
    schedule('T03', {
      rows: [
        ['合计', 160, 100, 60, 0, 0, 0],
        ['201', 100, 60, 40, 0, 0, 0],
        ['20103', 100, 60, 40, 0, 0, 0],
        ['206', 49, 40, 9, 0, 0, 0],
        ['213', 11, 0, 11, 0, 0, 0],
      ],
    }),
    schedule('T05', { rows: [['合计', 120, 90, 30], ['201', 90, 61, 29], ['206', 30, 29, 1]] }),
  ]);

  it('compares class rows of two schedules, treating a row on one side only as zero there', () => {
    const rule = { kind: 'per-row', rows: 'classes', left: { schedule: 'T01', col: '金额' }, right: { schedule: 'T03', col: '本年支出合计' } };
    const findings = runOne(model, rule);
    // 208 is zero in T01 and absent from T03: skipped.
    expect(findings.map((f) => [f.outcome, f.difference])).toEqual([
      ['pass', 0],
      ['fail', 1_000_000],
      ['fail', -11_000_000],
    ]);
    expect(findings[1].message).toBe('收入支出决算总表“206 科学技术支出” 50.00 ≠ 支出决算表“206 科学技术支出（本年支出合计）” 49.00，相差 1.00 万元');
    expect(findings[2].message).toBe('收入支出决算总表“213 农林水支出” 0.00 ≠ 支出决算表“213 农林水支出（本年支出合计）” 11.00，相差 11.00 万元');
    expect(addresses(findings[2])).toEqual(['T03!C10']);
  });

  it('checks ≤ for every row (X-07: fiscal spending within all spending)', () => {
    const rule = { kind: 'per-row', relation: 'le', left: { schedule: 'T05', col: '基本支出' }, right: { schedule: 'T03', col: '基本支出' } };
    const findings = runOne(model, rule);
    const bad = findings.filter((f) => f.outcome === 'fail');
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toBe('一般公共预算财政拨款支出决算表“201 一般公共服务支出（基本支出）” 61.00 大于 支出决算表“201 一般公共服务支出（基本支出）” 60.00，超出 1.00 万元');
  });

  it('gives a warning, not an error, for 三公 spending above budget', () => {
    const t07 = schedule('T07', { rows: [['合计', 10, 12], ['因公出国（境）费', 5, 4], ['公务接待费', 5, 8]] });
    const rule = { kind: 'per-row', severity: 'warning', relation: 'le', left: { schedule: 'T07', col: '决算数' }, right: { schedule: 'T07', col: '预算数' } };
    const findings = runOne(workbook('national', [t07]), rule);
    expect(findings.map((f) => `${f.outcome}/${f.severity}`)).toEqual(['fail/warning', 'pass/info', 'fail/warning']);
    expect(findings[2].message).toBe('一般公共预算财政拨款三公经费支出决算表：公务接待费（决算数） 8.00 大于 公务接待费（预算数） 5.00，超出 3.00 万元');
  });
});
