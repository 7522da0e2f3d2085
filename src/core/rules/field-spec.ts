/**
 * The fields of the rule-pack format as data: one source for the pack checker (which fields
 * a rule may carry and which it must), the JSON Schema of the format (pack-schema.ts, shipped
 * as schemas/rule-pack.schema.json) and the tables of docs/rule-packs.md (pack-docs.ts).
 */

/** What a field holds; each type has one JSON Schema form (pack-schema.ts). */
export type FieldType =
  | 'text'
  | 'text-list'
  | 'number'
  | 'tolerance'
  | 'boolean'
  | 'severity'
  | 'schedule'
  | 'schedule-list'
  | 'operand'
  | 'operand-list'
  | 'cell-operand'
  | 'cell-operand-list'
  | 'column-operand'
  | 'column-parts'
  | 'row-selector'
  | 'relation'
  | 'exceptions'
  | 'formula'
  | 'each'
  | 'any';

export interface FieldSpec {
  name: string;
  type: FieldType;
  /** A rule of the kind without it is refused. */
  required: boolean;
  /** What the field means, for users (JSON Schema descriptions in editors). */
  zh: string;
  /** The same in English, for docs/rule-packs.md. */
  en: string;
}

/** A field of a kind or of every rule. */
export function field(name: string, type: FieldType, zh: string, en: string, required = false): FieldSpec {
  return { name, type, required, zh, en };
}

/** Fields every rule may carry, whatever its kind (a kind may declare `schedule` or `col` again, as required). */
export const COMMON_FIELD_SPECS: readonly FieldSpec[] = [
  field('id', 'text', '规则编号；与内置规则相同的编号替换该规则', 'rule id; the id of a built-in rule replaces it', true),
  field('kind', 'text', '规则类型', 'rule kind', false),
  field('title', 'text', '规则的简短说明（列表中显示）', 'short description for lists'),
  field('label', 'text', '消息中对求和一侧的称呼（如“各项收入之和”）', 'how messages name the summed side'),
  field('severity', 'severity', '"error"（强制）或 "warning"（提示）', '"error" (强制) or "warning" (提示)'),
  field('tolerance', 'tolerance', '允许的差额，单位与表的金额单位相同；不写则按四舍五入误差', 'allowed difference in the unit of the finding; default: the rounding tolerance'),
  field('disabled', 'boolean', 'true 表示停用同编号的内置规则', 'true switches the built-in rule of this id off'),
  field('each', 'each', '对每个值重复本规则，值代入 {each}（或对象的 {名称}）', 'repeat the rule for each value, substituted for {each} (or {name})'),
  field('schedule', 'schedule', '操作数默认的表编号', 'default schedule of the operands'),
  field('col', 'text-list', '操作数默认的栏名（可列出备选）', 'default column of the operands (alternatives allowed)'),
  field('note', 'any', '备注（不参与核对）', 'free text'),
  field('$comment', 'any', '备注（不参与核对）', 'free text'),
];

/** Names of the common fields. */
export const COMMON_FIELDS: readonly string[] = COMMON_FIELD_SPECS.map((f) => f.name);
