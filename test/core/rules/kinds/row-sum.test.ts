import { schedule, workbook } from '../../../factories/model-builder';
import { addresses, runOne } from '../helpers';

const T02_RULE = {
  kind: 'row-sum',
  schedule: 'T02',
  total: '本年收入合计',
  label: '各栏收入之和',
  parts: ['财政拨款收入', '上级补助收入', '事业收入', '经营收入', '附属单位上缴收入', '其他收入'],
};

describe('row-sum', () => {
  it('checks every row and points at the row total and its parts', () => {
    const model = workbook('national', [
      schedule('T02', {
        rows: [
          ['合计', 110, 100, 0, 10, 0, 0, 0],
          ['206', 110, 100, 0, 9, 0, 0, 0],
        ],
      }),
    ]);
    const [total, cls] = runOne(model, T02_RULE);
    expect(total.outcome).toBe('pass');
    expect(cls).toMatchObject({ outcome: 'fail', severity: 'error', difference: 1_000_000 });
    expect(cls.message).toBe('收入决算表：206 科学技术支出（本年收入合计） 110.00 ≠ 各栏收入之和 109.00，相差 1.00 万元');
    expect(addresses(cls)).toEqual(['T02!C7', 'T02!D7', 'T02!E7', 'T02!F7', 'T02!G7', 'T02!H7', 'T02!I7']);
  });

  it('subtracts negated columns (T08 年末 = 年初 + 本年收入 − 本年支出合计)', () => {
    const model = workbook('national', [schedule('T08', { rows: [['合计', 2, 15, 12, 0, 12, 5]] })]);
    const [f] = runOne(model, { kind: 'row-sum', schedule: 'T08', total: '年末结转和结余', parts: ['年初结转和结余', '本年收入', { col: '本年支出合计', negate: true }] });
    expect(f).toMatchObject({ outcome: 'pass', expected: 5_000_000 });
    expect(f.message).toBe('政府性基金预算财政拨款收入支出决算表：合计（年末结转和结余） 5.00 = 年初结转和结余 + 本年收入 − 本年支出合计 5.00 万元');
  });

  it('is not applicable when a required column is missing, and counts a missing optional column as zero', () => {
    const t04 = schedule('T04', {
      columns: ['金额', { key: '合计', block: 'expenditure' }, { key: '一般公共预算财政拨款', block: 'expenditure' }, { key: '政府性基金预算财政拨款', block: 'expenditure' }],
      rows: [['本年支出合计', 30, 20, 10]],
    });
    const model = workbook('national', [t04]);
    const required = runOne(model, { kind: 'row-sum', schedule: 'T04', rows: 'expenditure', total: '合计', parts: ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'] });
    expect(required).toEqual([expect.objectContaining({ outcome: 'not_applicable', message: '财政拨款收入支出决算总表没有“国有资本经营预算财政拨款”栏，不适用' })]);
    const optional = runOne(model, {
      kind: 'row-sum',
      schedule: 'T04',
      rows: 'expenditure',
      total: '合计',
      parts: ['一般公共预算财政拨款', '政府性基金预算财政拨款', { col: '国有资本经营预算财政拨款', optional: true }],
    });
    expect(optional.map((f) => f.outcome)).toEqual(['pass']);
  });

  describe('open detail columns', () => {
    const columns = [
      { key: '合计' },
      { key: '基本支出小计', label: '基本支出/小计' },
      { key: '工资福利支出', label: '基本支出/工资福利支出' },
      { key: '商品和服务支出', label: '基本支出/商品和服务支出' },
      { key: '项目支出', label: '项目支出' },
    ];
    const model = workbook('sichuan2021', [schedule('T05D', { columns, rows: [['合计', 100, 70, 50, 20, 30], ['201', 100, 71, 50, 20, 30]] })]);

    it('sums the leaf columns, leaving 小计 columns out', () => {
      const findings = runOne(model, { kind: 'row-sum', schedule: 'T05D', total: '合计', parts: 'leaves' });
      expect(findings.map((f) => [f.outcome, f.expected])).toEqual([
        ['pass', 100_000_000],
        ['pass', 100_000_000],
      ]);
      expect(findings[0].cells).toHaveLength(4);
    });

    it('checks each 小计 column against the leaves of its group', () => {
      const findings = runOne(model, { kind: 'row-sum', schedule: 'T05D', total: '合计', parts: 'groups' });
      expect(findings.map((f) => f.outcome)).toEqual(['pass', 'fail']);
      expect(findings[1].message).toBe('财政拨款支出决算明细表：201 一般公共服务支出（基本支出小计） 71.00 ≠ 工资福利支出 + 商品和服务支出 70.00，相差 1.00 万元');
    });
  });
});
