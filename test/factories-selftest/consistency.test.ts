import { FIXTURE_VARIANTS, buildFixture, departmentYear, priorYearFixture } from '../factories';
import { total } from '../factories/department';
import { checkFixture, figureLookup } from './rule-check';

describe('department data', () => {
  it('derives 2024 openings from 2023 closings (Y-01, Y-02 at leaf level)', () => {
    const y23 = departmentYear(2023);
    const y24 = departmentYear(2024);
    expect(y24.gpbOpening).toBe(y23.gpbClosing);
    expect(y24.nfOpening).toBe(y23.nfClosing);
    for (const l of y24.leaves) expect(l.fundOpening).toBe(y23.leaves.find((p) => p.code === l.code)!.fundClosing);
  });

  it('keeps clean data in whole 万元 with two decimals', () => {
    const d = departmentYear(2024);
    const amounts = d.leaves.flatMap((l) => [...Object.values(l.basic), ...Object.values(l.project), ...Object.values(l.fund), l.gpbIncome, l.budgetFull]);
    expect(amounts.every((a) => a % 10_000 === 0)).toBe(true);
    const noisy = departmentYear(2024, { noiseSeed: 3 });
    expect(noisy.leaves.flatMap((l) => Object.values(l.basic)).some((a) => a % 10_000 !== 0)).toBe(true);
  });

  it('adds up to the figures the schedules show', () => {
    const f = buildFixture();
    const get = figureLookup(f);
    const d = f.data;
    const sum = (fn: (l: (typeof d.leaves)[number]) => number) => d.leaves.reduce((a, l) => a + fn(l), 0);
    const spent = sum((l) => total(l.basic) + total(l.project) + total(l.fund) + l.nfBasic + l.nfProject);
    expect(get('T01', '本年支出合计', '金额')).toBe(spent);
    expect(get('T01', '本年支出合计', '金额')).toBe(3_181_830_000);
    expect(get('T01', '收入总计', '金额')).toBe(get('T01', '支出总计', '金额'));
    expect(get('T04', '本年支出合计', '一般公共预算财政拨款')).toBe(sum((l) => total(l.basic) + total(l.project)));
    expect(get('T05', '合计', '基本支出')).toBe(get('T06', '人员经费合计', '决算数')! + get('T06', '公用经费合计', '决算数')!);
    expect(get('T06', '30101', '决算数')).toBe(sum((l) => l.basic['30101'] ?? 0));
    expect(get('T07', '因公出国（境）费', '决算数')).toBe(12_300_000);
    expect(get('T02', '合计', '财政拨款收入')).toBe(get('T04', '本年收入合计', '金额'));
  });

  it('carries 2023 into 2024 in the published figures', () => {
    const now = figureLookup(buildFixture());
    const before = figureLookup(priorYearFixture());
    expect(now('T01', '年初结转和结余', '金额')).toBe(before('T01', '年末结转和结余', '金额'));
    expect(now('T04', '年初财政拨款结转和结余/政府性基金预算财政拨款', '金额')).toBe(before('T04', '年末财政拨款结转和结余', '政府性基金预算财政拨款'));
    expect(before('T07', '公务用车购置费', '决算数')).toBe(22_800_000);
  });
});

describe('every rule of rules.md §2–§4 holds', () => {
  it.each(FIXTURE_VARIANTS.map((v) => [v.name, v.options] as const))('%s', (_name, options) => {
    const f = buildFixture(options);
    expect(checkFixture(f, priorYearFixture(options))).toEqual([]);
    expect(checkFixture(priorYearFixture(options))).toEqual([]);
  });

  it('the checker itself catches a broken figure', () => {
    const f = buildFixture();
    const e = f.expected.find((x) => x.schedule === 'T03' && x.row === '2060101' && x.col === '基本支出')!;
    e.fen += 10_000;
    const problems = checkFixture(f);
    expect(problems.some((p) => p.startsWith('T03 20601/基本支出'))).toBe(true);
    expect(problems.some((p) => p.startsWith('T03 2060101 本年支出合计'))).toBe(true);
  });

  it('the rounded variant differs from exact sums somewhere, within tolerance', () => {
    const f = buildFixture({ rounding: true, seed: 3 });
    const get = figureLookup(f);
    const classes = f.expected.filter((e) => e.schedule === 'T03' && e.row.length === 3 && e.col === '本年支出合计');
    const diffs = [
      get('T03', '合计', '本年支出合计')! - classes.reduce((a, e) => a + e.fen, 0),
      ...f.expected.filter((e) => e.schedule === 'T06' && e.row.length === 3).map((e) => {
        const items = f.expected.filter((x) => x.schedule === 'T06' && x.row.length === 5 && x.row.startsWith(e.row));
        return e.fen - items.reduce((a, x) => a + x.fen, 0);
      }),
    ];
    expect(diffs.some((d) => d !== 0)).toBe(true);
  });
});
