import { RulePackError } from '../../../src/core/errors';
import { parseRulePack } from '../../../src/core/rules/pack-format';

const pack = (rules: unknown[], extra: Record<string, unknown> = {}) => ({ id: 'dept', template: 'any', description: '本单位规则', rules, ...extra });

function messageOf(json: unknown): string {
  try {
    parseRulePack(json, 'dept.json');
  } catch (e) {
    expect(e).toBeInstanceOf(RulePackError);
    return (e as Error).message;
  }
  throw new Error('expected a RulePackError');
}

describe('parseRulePack', () => {
  it('reads rules with defaults, string operands and column alternatives', () => {
    const p = parseRulePack(
      pack([{ id: 'D-01', kind: 'sum', schedule: 'T01', col: '金额', total: '收入总计', parts: ['本年收入合计', { row: '年初结转和结余', optional: true }] }]),
      'dept.json',
    );
    expect(p).toMatchObject({ id: 'dept', template: 'any', description: '本单位规则' });
    expect(p.rules).toEqual([
      {
        id: 'D-01',
        kind: 'sum',
        severity: 'error',
        title: undefined,
        tolerance: undefined,
        variant: undefined,
        label: undefined,
        total: { schedule: 'T01', row: '收入总计', col: ['金额'], negate: false, optional: false },
        parts: [
          { schedule: 'T01', row: '本年收入合计', col: ['金额'], negate: false, optional: false },
          { schedule: 'T01', row: '年初结转和结余', col: ['金额'], negate: false, optional: true },
        ],
      },
    ]);
  });

  it('expands `each` with {each} and named placeholders into specs sharing one id', () => {
    const p = parseRulePack(
      pack([
        { id: 'D-02', kind: 'hierarchy', each: ['T02', 'T03'], schedule: '{each}' },
        { id: 'D-03', kind: 'equals', each: [{ fund: '政府性基金预算财政拨款', table: 'T08' }], left: { schedule: 'T04', row: '本年支出合计', col: '{fund}' }, right: { schedule: '{table}', row: '合计', col: '本年支出合计' } },
      ]),
      'dept.json',
    );
    expect(p.rules.map((r) => [r.id, 'schedule' in r ? r.schedule : undefined])).toEqual([
      ['D-02', 'T02'],
      ['D-02', 'T03'],
      ['D-03', undefined],
    ]);
    expect(p.rules[2]).toMatchObject({ variant: '政府性基金预算财政拨款/T08', right: { schedule: 'T08' } });
  });

  it('reads JSON text and a disabled rule without a kind', () => {
    const p = parseRulePack(JSON.stringify(pack([{ id: 'X-08', disabled: true }])), 'dept.json');
    expect(p.rules).toEqual([{ id: 'X-08', kind: 'disabled', disabled: true }]);
  });

  it.each([
    ['text that is not JSON', '{"id": ', '规则包“dept.json”不是有效的 JSON'],
    ['an array', [], '规则包“dept.json”应为 JSON 对象（含 id、description、rules）'],
    ['rules that are not a list', { id: 'dept', rules: {} }, '规则包“dept.json”：字段“rules”应为规则列表'],
    ['an unknown template', { id: 'dept', template: 'beijing', rules: [] }, '字段“template”应为 "any"、"national"、"sichuan2021"、"sichuan2023" 之一，而不是 "beijing"'],
    ['an unknown pack field', { id: 'dept', rulez: [], rules: [] }, '规则包“dept.json”：未知字段“rulez”'],
    ['a rule without id', pack([{ kind: 'sum' }]), '规则包“dept.json”：第 1 条规则缺少编号（字段“id”）'],
    ['a duplicated id', pack([{ id: 'A', disabled: true }, { id: 'A', disabled: true }]), '规则包“dept.json”：规则编号“A”重复'],
    ['an unknown kind', pack([{ id: 'D-01', kind: 'average' }]), '规则包“dept.json”：规则“D-01”的字段“kind”不是已知的规则类型：“average”'],
    ['an unknown schedule id', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T99' }]), '规则包“dept.json”：规则“D-01”的字段“schedule”不是已知的表编号："T99"'],
    ['an unknown schedule in an operand', pack([{ id: 'D-01', kind: 'equals', left: { schedule: 'T10', row: 'a', col: 'b' }, right: { schedule: 'T01', row: 'a', col: 'b' } }]), '规则“D-01”的字段“left.schedule”不是已知的表编号："T10"'],
    ['a missing operand', pack([{ id: 'D-01', kind: 'equals', left: { schedule: 'T01', row: 'a', col: 'b' } }]), '规则“D-01”的字段“right”缺失'],
    ['an operand without column', pack([{ id: 'D-01', kind: 'sum', schedule: 'T01', total: '收入总计', parts: ['a'] }]), '规则“D-01”的字段“total.col”缺失（规则和操作数都没有给出栏名）'],
    ['a misspelt field', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T02', tolerence: 1 }]), '规则“D-01”的字段“tolerence”不是这种规则的字段（可能拼写有误）'],
    ['a bad severity', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T02', severity: 'fatal' }]), '规则“D-01”的字段“severity”应为 "error"（强制）或 "warning"（提示）'],
    ['a bad row selector', pack([{ id: 'D-01', kind: 'per-row', rows: 'some', left: { schedule: 'T01', col: 'a' }, right: { schedule: 'T03', col: 'b' } }]), '规则“D-01”的字段“rows”应为 "all"、"subjects"、"classes"、"income"、"expenditure" 之一'],
    ['a bad each', pack([{ id: 'D-01', kind: 'hierarchy', each: 'T02', schedule: '{each}' }]), '规则“D-01”的字段“each”应为非空列表'],
    ['a negative tolerance', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T02', tolerance: -1 }]), '规则“D-01”的字段“tolerance”应为不小于 0 的数字'],
  ])('rejects %s with a Chinese message naming the pack, rule and field', (_what, json, message) => {
    expect(messageOf(json)).toContain(message);
  });

  it('records the pack file on the error', () => {
    try {
      parseRulePack(pack([{ id: 'D-01', kind: 'nope' }]), 'dept.json');
    } catch (e) {
      expect((e as RulePackError).file).toBe('dept.json');
    }
    expect.assertions(1);
  });
});
