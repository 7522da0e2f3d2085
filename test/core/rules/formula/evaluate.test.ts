import { schedule, setCell, workbook } from '../../../factories/model-builder';
import { cleanModel } from '../fixtures/clean-model';
import { addresses, runOne } from '../helpers';

const formula = (text: string, extra: Record<string, unknown> = {}) => ({ formula: text, ...extra });

describe('formula rules on a workbook', () => {
  it('passes a balance by printed labels, pointing at both cells, in the amount column', () => {
    const [f] = runOne(cleanModel(), formula('T01[收入总计] = T01[支出总计]'));
    expect(f).toMatchObject({ rule: 'TEST', outcome: 'pass', severity: 'info', actual: 322_750_000, expected: 322_750_000, difference: 0, unit: '万元', schedule: 'T01' });
    expect(f.message).toBe('收入支出决算总表：收入总计 322.75 = 支出总计 322.75 万元');
    expect(addresses(f)).toEqual(['T01!C17', 'T01!D25']);
  });

  it('fails beyond the rounding tolerance with the rule severity and fills the message template', () => {
    const model = cleanModel();
    setCell(model, 'T01', '收入总计', '金额', 323.75);
    const [f] = runOne(model, formula('T01[收入总计] = T01[支出总计]', { severity: 'warning', message: '收入总计 {left} 与支出总计 {right} 相差 {difference} {unit}' }));
    expect(f).toMatchObject({ outcome: 'fail', severity: 'warning', difference: 1_000_000 });
    expect(f.message).toBe('收入总计 323.75 与支出总计 322.75 相差 1.00 万元');
    const [plain] = runOne(model, formula('T01[收入总计] = T01[支出总计]'));
    expect(plain.message).toBe('收入支出决算总表：收入总计 323.75 ≠ 支出总计 322.75，相差 1.00 万元');
  });

  it('adds and subtracts, and reads printed labels with their numbering and catalogue aliases', () => {
    const flow = runOne(cleanModel(), formula('T01[收入总计] - T01[本年收入合计] - T01[使用非财政拨款结余] = T01[年初结转和结余]'))[0];
    expect(flow.outcome).toBe('pass');
    expect(flow.cells).toHaveLength(4);
    expect(runOne(cleanModel(), formula('T01[一、一般公共预算财政拨款收入] = T04[一般公共预算财政拨款]'))[0]).toMatchObject({ outcome: 'pass', actual: 260_750_000 });
    // 国有资本经营预算财政拨款 is an alias of the T01 income row.
    expect(runOne(cleanModel(), formula('T01[国有资本经营预算财政拨款] = T09[合计].本年收入'))[0]).toMatchObject({ outcome: 'pass', actual: 8_000_000 });
  });

  it('reads rows by subject code and columns by printed header, across schedules', () => {
    const [f] = runOne(cleanModel(), formula('T05[2010301].基本支出 <= T03[2010301].基本支出'));
    expect(f).toMatchObject({ outcome: 'pass', actual: 120_500_000, expected: 130_500_000 });
    expect(f.message).toBe('一般公共预算财政拨款支出决算表“2010301 科目2010301（基本支出）” 120.50 ≤ 支出决算表“2010301 科目2010301（基本支出）” 130.50 万元');
    expect(addresses(f)).toEqual(['T05!D9', 'T03!D9']);
  });

  it('takes the column of the row’s block in a two-block schedule (T04: 金额 for income, 合计 for expenditure)', () => {
    const [f] = runOne(cleanModel(), formula('T04[本年收入合计] + T04[年初财政拨款结转和结余] = T04[支出总计]'));
    expect(f).toMatchObject({ outcome: 'pass', actual: 305_750_000 });
    expect(addresses(f)).toEqual(['T04!C9', 'T04!C10', 'T04!D21']);
    expect(runOne(cleanModel(), formula('T04[本年支出合计].政府性基金预算 = T08[合计].本年支出合计'))[0]).toMatchObject({ outcome: 'pass', actual: 12_000_000 });
  });

  it('sums over a code prefix, each amount once, pointing at every row it read', () => {
    const model = cleanModel();
    const [classes] = runOne(model, formula('T05[合计] = SUM(T05[2*])'));
    expect(classes).toMatchObject({ outcome: 'pass', expected: 255_750_000 });
    expect(addresses(classes)).toEqual(['T05!C6', 'T05!C7', 'T05!C11']);
    // 2010* holds 20103 and its 项 rows: only the 款 counts.
    const [kuan] = runOne(model, formula('SUM(T05[2010*].项目支出) = T05[201].项目支出'));
    expect(kuan).toMatchObject({ outcome: 'pass', actual: 75_250_000 });
    expect(addresses(kuan)).toEqual(['T05!E8', 'T05!E7']);
    expect(kuan.message).toContain('代码以2010开头的各科目之和（项目支出） 75.25');
    // A prefix no row has adds nothing.
    expect(runOne(model, formula('SUM(T05[212*]) = 0'))[0]).toMatchObject({ outcome: 'pass', actual: 0 });
  });

  it('applies every comparison', () => {
    const model = cleanModel();
    const check = (text: string) => runOne(model, formula(text))[0].outcome;
    expect(check('T01[收入总计] >= T01[本年收入合计]')).toBe('pass');
    expect(check('T01[收入总计] > T01[本年收入合计]')).toBe('pass');
    expect(check('T01[收入总计] < T01[本年收入合计]')).toBe('fail');
    expect(check('T01[收入总计] <= T01[本年收入合计]')).toBe('fail');
    expect(check('T01[收入总计] < T01[支出总计]')).toBe('fail');
    expect(check('T01[收入总计] <= T01[支出总计]')).toBe('pass');
    expect(check('T01[收入总计] > T01[支出总计]')).toBe('fail');
    const [f] = runOne(model, formula('T01[本年收入合计] >= T01[收入总计]'));
    expect(f.message).toBe('收入支出决算总表：本年收入合计 293.75 不满足 ≥ 收入总计 322.75，相差 29.00 万元');
  });

  it('reads numbers in the unit of the finding', () => {
    expect(runOne(cleanModel(), formula('T01[年初结转和结余] = 29'))[0].outcome).toBe('pass');
    expect(runOne(cleanModel('national', { unit: '元' }), formula('T01[年初结转和结余] = 290000'))[0].outcome).toBe('pass');
    expect(runOne(cleanModel(), formula('T01[年初结转和结余] - 30 = -1'))[0].outcome).toBe('pass');
  });

  it('checks only when the condition holds, and then points at the condition’s cells too', () => {
    const model = cleanModel();
    const [no] = runOne(model, formula('T08[合计].本年支出合计 = T04[本年支出合计].政府性基金预算财政拨款', { when: 'T01[结余分配] > 0' }));
    expect(no).toMatchObject({ outcome: 'not_applicable', severity: 'info' });
    expect(no.message).toBe('条件 收入支出决算总表“结余分配” 0.00 > 0.00 不成立，不适用');
    const [yes] = runOne(model, formula('T08[合计].本年支出合计 = T04[本年支出合计].政府性基金预算财政拨款', { when: 'T08[合计].本年支出合计 > 0' }));
    expect(yes.outcome).toBe('pass');
    expect(addresses(yes)).toEqual(['T08!E6', 'T04!F19']);
  });

  it('forgives a difference within the rounding tolerance unless the rule sets its own', () => {
    const model = cleanModel();
    setCell(model, 'T01', '收入总计', '金额', 322.76);
    const [within] = runOne(model, formula('T01[收入总计] = T01[支出总计]'));
    expect(within).toMatchObject({ outcome: 'fail', severity: 'info' });
    expect(within.message).toContain('在四舍五入误差（0.01 万元）以内');
    expect(runOne(model, formula('T01[收入总计] = T01[支出总计]', { tolerance: 0 }))[0]).toMatchObject({ outcome: 'fail', severity: 'error' });
    expect(runOne(model, formula('T01[收入总计] = T01[支出总计] + 0.02', { tolerance: 0.01 }))[0]).toMatchObject({ outcome: 'fail', severity: 'info' });
  });

  it('says which reference does not resolve instead of passing', () => {
    const model = cleanModel();
    const one = (text: string) => runOne(model, formula(text))[0];
    expect(one('T01[收入总记] = T01[支出总计]')).toMatchObject({ outcome: 'insufficient_data', severity: 'warning', message: '公式中的“T01[收入总记]”：收入支出决算总表中找不到“收入总记”行，无法核对（请检查行名，或改用科目代码）' });
    expect(one('T05[2010301].基本支出 = T03[2010301].基本费用')).toMatchObject({ outcome: 'insufficient_data', message: '公式中的“T03[2010301].基本费用”：支出决算表中找不到“基本费用”栏，无法核对（请检查栏名）' });
    expect(one('T05[2120101] = 0')).toMatchObject({ outcome: 'not_applicable', message: '公式中的“T05[2120101]”：一般公共预算财政拨款支出决算表没有科目代码为 2120101 的行，不适用' });
    expect(one('T05D[合计] = T04[本年支出合计]')).toMatchObject({ outcome: 'not_applicable', message: '公式中的“T05D[合计]”：本模板没有财政拨款支出决算明细表，不适用' });
    const noT06 = workbook('national', [...cleanModel().schedules.values()].filter((s) => s.id !== 'T06'));
    expect(runOne(noT06, formula('T06[人员经费合计] = T06[301]'))[0]).toMatchObject({ outcome: 'insufficient_data', message: '公式中的“T06[人员经费合计]”：缺少一般公共预算财政拨款基本支出决算表，无法核对' });
  });

  it('refuses a label two rows share, a schedule without a clear amount column and a rate column', () => {
    const twin = workbook('national', [
      schedule('T05', {
        rows: [
          { key: '2010301', label: '行政运行', values: { 合计: 1 } },
          { key: '2080501', label: '行政运行', values: { 合计: 2 } },
        ],
      }),
      schedule('T03', { columns: ['基本支出', '项目支出'], rows: [['合计', 1, 2]] }),
    ]);
    expect(runOne(twin, formula('T05[行政运行] = 1'))[0]).toMatchObject({ outcome: 'insufficient_data', message: '公式中的“T05[行政运行]”：一般公共预算财政拨款支出决算表中有 2 行叫“行政运行”（2010301 行政运行；2080501 行政运行），无法确定是哪一行，请改用科目代码' });
    expect(runOne(twin, formula('T03[合计] = 3'))[0].message).toBe('公式中的“T03[合计]”：支出决算表有多个金额栏（基本支出、项目支出），请在引用后写明栏名，如“.基本支出”');
    expect(runOne(cleanModel('national', { budget: true }), formula('T05[合计].完成预算 > 0'))[0].message).toBe('公式中的“T05[合计].完成预算”：一般公共预算财政拨款支出决算表的“完成预算”栏不是金额栏（比率），公式只核对金额');
  });

  it('cannot check a cell that cannot be read, and says which', () => {
    const model = cleanModel();
    setCell(model, 'T01', '支出总计', '金额', '#REF!');
    const [f] = runOne(model, formula('T01[收入总计] = T01[支出总计]'));
    expect(f).toMatchObject({ outcome: 'insufficient_data', severity: 'warning' });
    expect(f.message).toBe('收入支出决算总表：无法核对：支出总计为错误值 #REF!');
    expect(addresses(f)).toEqual(['T01!C17', 'T01!D25']);
  });
});
