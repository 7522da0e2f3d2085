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
    ['a negative tolerance', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T02', tolerance: -1 }]), '规则“D-01”的字段“tolerance”应为 0 到 99999 之间的金额'],
    // Issue 16 item 8: a tolerance must be a finite amount that converts to 分 exactly.
    ['an infinite tolerance (1e400 in JSON text)', `{"id":"dept","rules":[{"id":"D-01","kind":"hierarchy","schedule":"T02","tolerance":1e400}]}`, '规则“D-01”的字段“tolerance”应为 0 到 99999 之间的金额'],
    ['a tolerance beyond any amount', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T02', tolerance: 1e303 }]), '规则“D-01”的字段“tolerance”应为 0 到 99999 之间的金额'],
    ['a tolerance that is text', pack([{ id: 'D-01', kind: 'hierarchy', schedule: 'T02', tolerance: '0.01' }]), '规则“D-01”的字段“tolerance”应为 0 到 99999 之间的金额'],
  ])('rejects %s with a Chinese message naming the pack, rule and field', (_what, json, message) => {
    expect(messageOf(json)).toContain(message);
  });

  // Issue 16 item 8: names of Object.prototype's members are not kinds.
  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])('refuses the kind %s as unknown', (kind) => {
    expect(messageOf(JSON.parse(`{"id":"dept","rules":[{"id":"D-01","kind":${JSON.stringify(kind)}}]}`))).toContain(`字段“kind”不是已知的规则类型：“${kind}”`);
  });

  it('does not substitute a placeholder from Object.prototype', () => {
    const p = parseRulePack(pack([{ id: 'D-01', kind: 'hierarchy', each: [{ t: 'T02' }], schedule: '{t}', title: '{constructor}{t}' }]), 'dept.json');
    expect(p.rules[0]).toMatchObject({ schedule: 'T02', title: '{constructor}T02' });
  });

  it('accepts JSON text with a UTF-8 byte order mark', () => {
    expect(parseRulePack(`\ufeff${JSON.stringify(pack([{ id: 'X-08', disabled: true }]))}`, 'dept.json').rules).toHaveLength(1);
  });

  it('refuses deep nesting with a message, not a stack overflow', () => {
    const deep = `{"id":"dept","rules":[{"id":"D-01","kind":"hierarchy","schedule":"T02","note":${'['.repeat(200_000)}${']'.repeat(200_000)}}]}`;
    expect(messageOf(deep)).toBe('规则包“dept.json”的嵌套层数超过 20 层，不像是规则包（规则包通常只有 5 层左右），已拒绝读取');
  });

  it('refuses a million `each` values and more rules than a pack may hold', () => {
    const million = Array.from({ length: 1_000_000 }, (_, i) => `T0${(i % 9) + 1}`);
    expect(messageOf(pack([{ id: 'D-01', kind: 'hierarchy', each: million, schedule: '{each}' }]))).toBe(
      '规则包“dept.json”：规则“D-01”的字段“each”最多 1000 个值，而这里有 1000000 个；请拆分成几条规则',
    );
    const many = Array.from({ length: 60 }, (_, i) => ({ id: `D-${i}`, kind: 'hierarchy', each: million.slice(0, 1000), schedule: '{each}' }));
    expect(messageOf(pack(many))).toBe('规则包“dept.json”的规则超过 50000 条（含 each 展开的规则），已拒绝读取；请拆分或精简规则包');
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
