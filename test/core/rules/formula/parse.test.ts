import { FormulaError, RulePackError } from '../../../../src/core/errors';
import { FormulaSyntaxError, parseFormula } from '../../../../src/core/rules/formula/parse';
import { parseRulePack } from '../../../../src/core/rules/pack-format';

/** The terms of one side as compact text: +T01[收入总计] −SUM(T05[206*].合计) +0. */
function side(formula: string, which: 'left' | 'right' = 'left'): string[] {
  return parseFormula(formula)[which].map((t) => `${t.sign < 0 ? '-' : '+'}${t.operand.text}`);
}

function syntaxError(formula: string): FormulaSyntaxError {
  try {
    parseFormula(formula);
  } catch (e) {
    if (e instanceof FormulaSyntaxError) return e;
    throw e;
  }
  throw new Error(`parsed: ${formula}`);
}

describe('parseFormula', () => {
  it('reads a reference by printed label, with no column (the amount column)', () => {
    const c = parseFormula('T01[收入总计] = T01[支出总计]');
    expect(c.op).toBe('=');
    expect(c.left).toEqual([{ sign: 1, operand: { kind: 'ref', schedule: 'T01', row: '收入总计', byCode: false, col: undefined, text: 'T01[收入总计]', column: 1 } }]);
    expect(c.right[0].operand).toMatchObject({ kind: 'ref', row: '支出总计', column: 13 });
  });

  it('reads a reference by subject code with a column by printed header', () => {
    const [t] = parseFormula('T05[2060101].决算数 >= 0').left;
    expect(t.operand).toMatchObject({ kind: 'ref', schedule: 'T05', row: '2060101', byCode: true, col: '决算数' });
    expect(parseFormula('T04[一般公共预算财政拨款].支出 <= 1').left[0].operand).toMatchObject({ row: '一般公共预算财政拨款', byCode: false, col: '支出' });
  });

  it('reads a bracketed column header that holds operator characters', () => {
    expect(parseFormula('T03[合计].[本年支出/合计] = T05[合计]').left[0].operand).toMatchObject({ col: '本年支出/合计' });
  });

  it('reads every comparison operator', () => {
    for (const op of ['=', '<=', '>=', '<', '>'] as const) expect(parseFormula(`T01[收入总计] ${op} T01[支出总计]`).op).toBe(op);
    expect(parseFormula('T01[收入总计]≤T01[支出总计]').op).toBe('<=');
    expect(parseFormula('T01[收入总计]≥T01[支出总计]').op).toBe('>=');
  });

  it('reads + and - (also ＋ － −), a leading minus and parentheses as signs of flat terms', () => {
    expect(side('T01[本年收入合计] + T01[年初结转和结余] - T01[结余分配] = T01[收入总计]')).toEqual(['+T01[本年收入合计]', '+T01[年初结转和结余]', '-T01[结余分配]']);
    expect(side('T01[本年收入合计]＋T01[年初结转和结余]－T01[结余分配]−T01[其他收入] = 0')).toEqual(['+T01[本年收入合计]', '+T01[年初结转和结余]', '-T01[结余分配]', '-T01[其他收入]']);
    expect(side('-T01[结余分配] = 0')).toEqual(['-T01[结余分配]']);
    expect(side('T01[收入总计] - (T01[本年收入合计] - T01[结余分配]) = 0')).toEqual(['+T01[收入总计]', '-T01[本年收入合计]', '+T01[结余分配]']);
  });

  it('reads SUM over a code prefix, with or without a column', () => {
    const [t] = parseFormula('SUM(T05[206*].合计) = T05[206]').left;
    expect(t.operand).toEqual({ kind: 'sum', schedule: 'T05', prefix: '206', col: '合计', text: 'SUM(T05[206*].合计)', column: 1 });
    expect(parseFormula('T05[206] = sum( T05[206*] )').right[0].operand).toMatchObject({ kind: 'sum', prefix: '206', col: undefined });
  });

  it('reads numbers in the unit of the finding', () => {
    expect(parseFormula('T08[本年支出合计] > 0').right[0].operand).toEqual({ kind: 'number', value: 0, text: '0', column: 15 });
    expect(parseFormula('T01[结余分配] <= 12.5').right[0].operand).toMatchObject({ value: 12.5 });
  });

  it.each([
    ['', 1, '应为公式，而公式是空的'],
    ['T01[收入总计]', 10, '缺少比较符号'],
    ['T01[收入总计] T01[支出总计]', 11, '应为 +、- 或比较符号'],
    ['T01[收入总计] =', 12, '后面缺少内容'],
    ['T01[收入总计] = T01[支出总计] <= 0', 23, '只能有一个比较符号'],
    ['T01[收入总计] = T01[支出总计] 0', 23, '多余的内容'],
    ['T99[收入总计] = 0', 1, '“T99”不是已知的表编号'],
    ['T01 = 0', 4, '后应为“[行名或科目代码]”'],
    ['T01[收入总计 = 0', 13, '缺少“]”'],
    ['T01[] = 0', 5, '应为行名或科目代码'],
    ['T01[收入总计]. = 0', 11, '“.”后应为栏名'],
    ['T01[收入总计].[决算数 = 0', 19, '栏名缺少“]”'],
    ['T05[206*] = 0', 8, '“*”只能用在 SUM'],
    ['SUM(T05[行政运行]) = 0', 9, '应为代码后加“*”'],
    ['SUM(T05[206*] = 0', 15, '应为“)”'],
    ['SUM(T05[206*]', 14, '缺少与第 1 个字符处“SUM(”配对的“)”'],
    ['SUM(1) = 0', 5, 'SUM(…) 里应为按代码前缀的表引用'],
    ['(T01[收入总计] = 0', 12, '应为“)”'],
    ['(T01[收入总计]', 11, '缺少与第 1 个字符处“(”配对的“)”'],
    ['T01[收入总计] = * 2', 13, '而不是“*”'],
    ['1 = 1', 1, '没有引用任何表中的数'],
  ])('refuses %j at column %i', (formula, column, problem) => {
    const e = syntaxError(formula);
    expect(e.column).toBe(column);
    expect(e.problem).toContain(problem);
  });
});

describe('formula rules in a pack', () => {
  const pack = (rule: Record<string, unknown>) => parseRulePack({ id: 'bureau', template: 'any', rules: [{ id: 'BUREAU-01', ...rule }] }, '财政局规则.json');

  it('takes a rule with a formula and no kind as a formula rule', () => {
    const [r] = pack({ formula: 'T01[收入总计] = T01[支出总计]', when: 'T01[收入总计] > 0', severity: 'warning', message: '{left} {right}', tolerance: 0.01 }).rules;
    expect(r).toMatchObject({ kind: 'formula', severity: 'warning', tolerance: 0.01, message: '{left} {right}' });
    expect(r.kind === 'formula' && r.when?.op).toBe('>');
  });

  it('names the pack, the rule, the field and the column of a syntax error, in Chinese', () => {
    let caught: unknown;
    try {
      pack({ formula: 'T01[收入总计] = T01[支出总计', severity: 'error' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(FormulaError);
    expect(caught).toBeInstanceOf(RulePackError);
    expect(caught).toMatchObject({ file: '财政局规则.json', rule: 'BUREAU-01', field: 'formula', column: 21 });
    expect((caught as Error).message).toBe('规则包“财政局规则.json”：规则“BUREAU-01”的字段“formula”第 21 个字符处缺少“]”（T01[收入总计] = T01[支出总计）');
  });

  it('checks the when condition in the same language', () => {
    expect(() => pack({ formula: 'T01[收入总计] = T01[支出总计]', when: 'T08[本年支出合计] >' })).toThrow('规则“BUREAU-01”的字段“when”第 14 个字符处');
  });

  it('refuses unknown fields and a formula that is not text', () => {
    expect(() => pack({ formula: 'T01[收入总计] = 0', formular: 'x' })).toThrow('字段“formular”不是这种规则的字段');
    expect(() => pack({ formula: 42 })).toThrow('字段“formula”应为非空文字');
    expect(() => pack({ kind: 'formula' })).toThrow('字段“formula”缺失');
  });
});
