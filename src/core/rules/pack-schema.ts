import { templateIds } from '../templates';
import { COMMON_FIELD_SPECS, FieldSpec, FieldType } from './field-spec';
import { RULE_KINDS } from './kinds';
import { RuleKind } from './kinds/kind';
import { MAX_TOLERANCE, OPERAND_FIELDS, ROW_SELECTORS, SCHEDULE_IDS } from './pack-fields';
import { PACK_LIMITS } from './pack-limits';

/**
 * The JSON Schema (draft-07) of the rule-pack format, generated from the kinds' field
 * metadata (field-spec.ts), for editors. Shipped as schemas/rule-pack.schema.json
 * (scripts/gen-rule-pack-schema.ts writes it; a test checks it is up to date). The pack
 * checker (pack-format.ts) stays the authority: it also resolves `each` and checks what a
 * schema cannot say (formula syntax, limits after `each`).
 */

type Schema = Record<string, unknown>;

/** A value `each` fills in: "{each}" or "{name}". */
const PLACEHOLDER: Schema = { type: 'string', pattern: '\\{[^{}]+\\}' };
const TEXT: Schema = { type: 'string', pattern: '\\S' };
const orPlaceholder = (s: Schema): Schema => ({ anyOf: [s, PLACEHOLDER] });
const listOf = (s: Schema): Schema => ({ type: 'array', minItems: 1, items: s });
const oneOrList = (s: Schema): Schema => ({ anyOf: [s, listOf(s)] });
const ref = (name: string): Schema => ({ $ref: `#/definitions/${name}` });

const SCHEDULE = orPlaceholder({ enum: [...SCHEDULE_IDS] });
const ROW_SELECTOR = orPlaceholder({ enum: [...ROW_SELECTORS] });

/** The shared definitions: operands and their parts. */
function definitions(): Schema {
  const operandProps: Record<string, Schema> = {
    schedule: SCHEDULE,
    row: TEXT,
    rows: ROW_SELECTOR,
    col: oneOrList(TEXT),
    negate: { type: 'boolean' },
    optional: { type: 'boolean' },
    $comment: {},
    note: {},
  };
  if (Object.keys(operandProps).join() !== OPERAND_FIELDS.join()) throw new Error('operand fields differ from pack-fields.ts');
  const without = (...names: string[]) => Object.fromEntries(Object.entries(operandProps).filter(([k]) => !names.includes(k)));
  const cellObject = { type: 'object', properties: without('rows'), required: ['row'], additionalProperties: false };
  const rowsObject = { type: 'object', properties: without('row', 'optional'), required: ['rows'], additionalProperties: false };
  return {
    operand: { description: '行名，或 {"schedule","row"|"rows","col","negate","optional"}', anyOf: [TEXT, cellObject, rowsObject] },
    cellOperand: { description: '行名，或 {"schedule","row","col","negate","optional"}', anyOf: [TEXT, cellObject] },
    columnOperand: { description: '栏名，或 {"schedule","col"}', anyOf: [TEXT, { type: 'object', properties: { schedule: SCHEDULE, col: oneOrList(TEXT) }, required: ['col'] }] },
    columnPart: {
      anyOf: [TEXT, { type: 'object', properties: { col: TEXT, negate: { type: 'boolean' }, optional: { type: 'boolean' } }, required: ['col'], additionalProperties: false }],
    },
    exception: { type: 'object', properties: { schedule: SCHEDULE, row: { type: 'string' }, col: { type: 'string' } }, required: ['schedule'], additionalProperties: false },
  };
}

/** The schema of one field type. */
function typeSchema(type: FieldType): Schema {
  switch (type) {
    case 'text':
    case 'formula':
      return TEXT;
    case 'text-list':
      return oneOrList(TEXT);
    case 'number':
      return orPlaceholder({ type: 'number', minimum: 0 });
    case 'tolerance':
      return { type: 'number', minimum: 0, maximum: MAX_TOLERANCE };
    case 'boolean':
      return { type: 'boolean' };
    case 'severity':
      return { enum: ['error', 'warning'] };
    case 'schedule':
      return SCHEDULE;
    case 'schedule-list':
      return { type: 'array', items: SCHEDULE };
    case 'operand':
      return ref('operand');
    case 'operand-list':
      return oneOrList(ref('operand'));
    case 'cell-operand':
      return ref('cellOperand');
    case 'cell-operand-list':
      return oneOrList(ref('cellOperand'));
    case 'column-operand':
      return ref('columnOperand');
    case 'column-parts':
      return { anyOf: [{ enum: ['leaves', 'groups'] }, PLACEHOLDER, listOf(ref('columnPart'))] };
    case 'row-selector':
      return ROW_SELECTOR;
    case 'relation':
      return orPlaceholder({ enum: ['eq', 'le'] });
    case 'exceptions':
      return { type: 'array', items: ref('exception') };
    case 'each':
      return { type: 'array', minItems: 1, maxItems: PACK_LIMITS.each, items: { anyOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: 'string' } }] } };
    case 'any':
      return {};
  }
}

function fieldSchema(f: FieldSpec): Schema {
  const t = typeSchema(f.type);
  // Draft-07 ignores keywords beside $ref, so a described reference goes through allOf.
  return { description: `${f.zh}（${f.en}）`, ...(t.$ref ? { allOf: [t] } : t) };
}

/** One kind's rules: its fields over the common ones, `kind` fixed (optional for formula rules). */
function kindSchema(name: string, { summary, fields, refusedCommon = {} }: RuleKind): Schema {
  const props: Record<string, Schema> = {};
  for (const f of COMMON_FIELD_SPECS) if (!Object.hasOwn(refusedCommon, f.name)) props[f.name] = ref(`common-${f.name}`);
  for (const f of fields) props[f.name] = fieldSchema(f);
  props.kind = { const: name };
  const required = ['id', ...(name === 'formula' ? [] : ['kind']), ...fields.filter((f) => f.required).map((f) => f.name)];
  return { title: name, description: `${summary.zh}（${summary.en}）`, type: 'object', properties: props, required, additionalProperties: false };
}

/**
 * The rule-pack JSON Schema, from the kinds' metadata and the registry's template ids.
 * @example new Ajv().compile(rulePackSchema())(builtInPackJson) === true
 */
export function rulePackSchema(): Schema {
  const disabled = {
    title: 'disabled',
    description: '停用同编号的内置规则（switches the built-in rule of this id off）',
    type: 'object',
    properties: { id: TEXT, disabled: { const: true } },
    required: ['id', 'disabled'],
  };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: '决算助手规则包（juesuan rule pack）',
    description: 'Generated from src/core/rules (npm run gen:schema); see docs/rule-packs.md.',
    type: 'object',
    properties: {
      id: { description: '规则包编号', ...TEXT },
      template: { description: '适用的模板；any 为所有模板', enum: ['any', ...templateIds()] },
      description: { description: '规则包说明', type: 'string' },
      rules: { type: 'array', items: ref('rule') },
      note: {},
      $comment: {},
    },
    required: ['id', 'rules'],
    additionalProperties: false,
    definitions: {
      ...definitions(),
      ...Object.fromEntries(COMMON_FIELD_SPECS.map((f) => [`common-${f.name}`, fieldSchema(f)])),
      rule: { anyOf: [disabled, ...(Object.entries(RULE_KINDS) as [string, RuleKind][]).map(([name, k]) => kindSchema(name, k))] },
    },
  };
}
