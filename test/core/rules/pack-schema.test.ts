import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { DOCS_FILE, SCHEMA_FILE, schemaText } from '../../../scripts/gen-rule-pack-schema';
import { RulePackError } from '../../../src/core/errors';
import { FieldType } from '../../../src/core/rules/field-spec';
import { RULE_KINDS } from '../../../src/core/rules/kinds';
import { withKindsTable } from '../../../src/core/rules/pack-docs';
import { parseRulePack } from '../../../src/core/rules/pack-format';
import { rulePackSchema } from '../../../src/core/rules/pack-schema';

const PACK_DIR = join(__dirname, '../../../src/core/rules/packs');
const builtInFiles = readdirSync(PACK_DIR).filter((f) => f.endsWith('.json'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(rulePackSchema());
const pack = (rules: unknown[]) => ({ id: 'bureau', template: 'any', description: '', rules });

/** A value of each field type that the checker accepts on its own (operands carry their schedule and column). */
const SAMPLE: Record<FieldType, unknown> = {
  text: '合计',
  'text-list': ['合计'],
  number: 1,
  tolerance: 0.01,
  boolean: true,
  severity: 'warning',
  schedule: 'T05',
  'schedule-list': ['T08'],
  operand: { schedule: 'T01', row: '本年收入合计', col: '金额' },
  'operand-list': [{ schedule: 'T01', row: '本年收入合计', col: '金额' }],
  'cell-operand': { schedule: 'T01', row: '收入总计', col: '金额' },
  'cell-operand-list': [{ schedule: 'T01', row: '收入总计', col: '金额' }],
  'column-operand': { schedule: 'T05', col: '合计' },
  'column-parts': ['基本支出', { col: '项目支出', optional: true }],
  'row-selector': 'classes',
  relation: 'le',
  exceptions: [{ schedule: 'T01', row: '结余分配' }],
  formula: 'T01[收入总计] = T01[支出总计]',
  each: ['T02'],
  any: 'x',
};

/** A rule of the kind with every field its metadata declares (or only the required ones). */
function ruleOf(kind: string, requiredOnly = false): Record<string, unknown> {
  const fields = RULE_KINDS[kind as keyof typeof RULE_KINDS].fields.filter((f) => f.required || !requiredOnly);
  return { id: 'K-01', kind, ...Object.fromEntries(fields.map((f) => [f.name, SAMPLE[f.type]])) };
}

describe('the rule-pack JSON Schema', () => {
  it('is the checked-in schemas/rule-pack.schema.json (run npm run gen:schema after changing a kind)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  it.each(builtInFiles)('validates the built-in pack %s', (file) => {
    const json = JSON.parse(readFileSync(join(PACK_DIR, file), 'utf8'));
    expect(validate(json) ? [] : validate.errors).toEqual([]);
  });

  it('validates the example pack of docs/rule-packs.md', () => {
    const docs = readFileSync(DOCS_FILE, 'utf8');
    const examples = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]));
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples) {
      expect(validate(example) ? [] : validate.errors).toEqual([]);
      expect(() => parseRulePack(example, 'docs')).not.toThrow();
    }
  });

  it.each(Object.keys(RULE_KINDS))('agrees with the checker on the fields of %s', (kind) => {
    for (const requiredOnly of [false, true]) {
      const rule = ruleOf(kind, requiredOnly);
      expect(validate(pack([rule])) ? [] : validate.errors).toEqual([]);
      expect(() => parseRulePack(pack([rule]), 'p.json')).not.toThrow();
    }
    for (const f of RULE_KINDS[kind as keyof typeof RULE_KINDS].fields.filter((x) => x.required)) {
      const { [f.name]: _gone, ...rest } = ruleOf(kind);
      expect(validate(pack([rest]))).toBe(false);
      expect(() => parseRulePack(pack([rest]), 'p.json')).toThrow(new RulePackError(`规则包“p.json”：规则“K-01”的字段“${f.name}”缺失`));
    }
    const typo = { ...ruleOf(kind), tolerence: 0.01 };
    expect(validate(pack([typo]))).toBe(false);
    expect(() => parseRulePack(pack([typo]), 'p.json')).toThrow('字段“tolerence”不是这种规则的字段');
  });

  it('refuses what the checker refuses: an unknown kind or template, a bad severity, a pack field typo', () => {
    for (const bad of [
      pack([{ id: 'X', kind: 'summ' }]),
      pack([{ ...ruleOf('equals'), severity: 'fatal' }]),
      { ...pack([]), template: 'beijing' },
      { ...pack([]), rule: [] },
      { description: '', rules: [] },
    ]) {
      expect(validate(bad)).toBe(false);
      expect(() => parseRulePack(bad, 'p.json')).toThrow(RulePackError);
    }
  });

  it('refuses, in the checker and the schema, fields that mean nothing for a formula rule', () => {
    const formula = { id: 'B-01', formula: 'T01[收入总计] = T01[支出总计]' };
    for (const [extra, problem] of [
      [{ schedule: 'T01' }, '字段“schedule”对“formula”规则没有意义：公式的每个引用自己写明表'],
      [{ col: '金额' }, '字段“col”对“formula”规则没有意义：公式的引用自己写明栏'],
      [{ label: '各项之和' }, '字段“label”对“formula”规则没有意义'],
      [{ left: { schedule: 'T01', row: '收入总计', col: '金额' } }, '字段“left”是“equals”、“less-or-equal”、“per-row”规则的字段，“formula”规则不用它'],
      [{ rows: 'classes', kind: 'formula' }, '字段“rows”是“row-sum”、“per-row”、“required”规则的字段，“formula”规则不用它'],
    ] as const) {
      const rule = { ...formula, ...extra };
      expect(validate(pack([rule]))).toBe(false);
      expect(() => parseRulePack(pack([rule]), '财政局.json')).toThrow(`规则包“财政局.json”：规则“B-01”的${problem}`);
    }
    // A formula next to another kind is named for what it is, not as a typo.
    expect(() => parseRulePack(pack([{ ...ruleOf('sum'), formula: formula.formula }]), 'p.json')).toThrow('字段“formula”是“formula”规则的字段，“sum”规则不用它；公式规则不写“kind”');
  });

  it('accepts a disabled rule and a formula rule without its kind', () => {
    expect(validate(pack([{ id: 'T01-R05', disabled: true }, { id: 'B-01', formula: 'T01[收入总计] = T01[支出总计]', when: 'T01[收入总计] > 0' }]))).toBe(true);
  });
});

describe('docs/rule-packs.md', () => {
  it('has the kinds tables generated from the kinds’ metadata (run npm run gen:schema)', () => {
    const docs = readFileSync(DOCS_FILE, 'utf8');
    expect(docs).toBe(withKindsTable(docs));
    for (const [name, kind] of Object.entries(RULE_KINDS)) {
      expect(docs).toContain(`| \`${name}\` | ${kind.summary.en} |`);
      for (const f of kind.fields) expect(docs).toContain(`| \`${name}\` | \`${f.name}\`${f.required ? ' *' : ''} | ${f.type} |`);
    }
  });
});
