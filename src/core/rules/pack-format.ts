import { RulePackError } from '../errors';
import { TemplateId } from '../schedules/model';
import { templateIds } from '../templates';
import { COMMON_FIELDS, FieldSpec } from './field-spec';
import { RULE_KINDS, RULE_KIND_NAMES, ruleKind } from './kinds';
import { BaseFields } from './kinds/kind';
import { FieldReader } from './pack-fields';
import { PACK_LIMITS, checkPackDepth, checkRuleCount } from './pack-limits';
import { RuleSpec } from './spec';
import { isRecord } from '../json';

export type { RuleSpec } from './spec';

/**
 * A rule pack: the built-in rules of a template, or a department's own additions and
 * overrides, in one JSON format (rules.md §1). See packs/*.json for examples.
 */
export interface RulePack {
  id: string;
  template?: TemplateId | 'any';
  description: string;
  rules: RuleSpec[];
}

const PACK_FIELDS = ['id', 'template', 'description', 'rules', 'note', '$comment'];


type EachValue = string | Record<string, string>;

/** Replace {each} (string values) or {name} (object values) in every string of a raw rule. */
function substitute(value: unknown, each: EachValue): unknown {
  if (typeof value === 'string') {
    if (typeof each === 'string') return value.split('{each}').join(each);
    return value.replace(/\{([^{}]+)\}/g, (m, name: string) => (Object.hasOwn(each, name) ? each[name] : m));
  }
  if (Array.isArray(value)) return value.map((v) => substitute(v, each));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, substitute(v, each)]));
  return value;
}

function eachValues(reader: FieldReader): EachValue[] | undefined {
  const each = reader.raw.each;
  if (each === undefined) return undefined;
  const ok =
    Array.isArray(each) &&
    each.length > 0 &&
    each.every((e) => typeof e === 'string' || (isRecord(e) && Object.values(e).every((v) => typeof v === 'string')));
  if (!ok) reader.fail('each', '应为非空列表，元素为文字，或值为文字的对象');
  if (each.length > PACK_LIMITS.each) reader.fail('each', `最多 ${PACK_LIMITS.each} 个值，而这里有 ${each.length} 个；请拆分成几条规则`);
  return each as EachValue[];
}

/** A field of another kind (a sum's `left` beside a `formula`) named as such, not as a typo. */
function refuseOtherKindsFields(r: FieldReader, kindName: string, own: readonly FieldSpec[]): void {
  for (const key of Object.keys(r.raw)) {
    if (COMMON_FIELDS.includes(key) || own.some((f) => f.name === key)) continue;
    const owners = Object.entries(RULE_KINDS).filter(([, k]) => k.fields.some((f) => f.name === key)).map(([name]) => `“${name}”`);
    if (owners.length === 0) continue;
    const hint = key === 'formula' ? '；公式规则不写“kind”，或写 "kind": "formula"' : '';
    r.fail(key, `是${owners.join('、')}规则的字段，“${kindName}”规则不用它${hint}`);
  }
}

function parseOne(raw: Record<string, unknown>, source: string, id: string, variant?: string): RuleSpec {
  const r = new FieldReader(raw, source, id);
  // A formula rule may leave out its kind.
  const kindName = raw.kind === undefined && raw.formula !== undefined ? 'formula' : r.string('kind');
  const kind = ruleKind(kindName);
  if (!kind) return r.fail('kind', `不是已知的规则类型：“${kindName}”（可用：${RULE_KIND_NAMES.join('、')}）`);
  for (const [name, why] of Object.entries(kind.refusedCommon ?? {})) if (r.has(name)) r.fail(name, `对“${kindName}”规则没有意义：${why}`);
  refuseOtherKindsFields(r, kindName, kind.fields);
  r.allowOnly(kind.fields.map((f) => f.name));
  for (const f of kind.fields) if (f.required && !r.has(f.name)) r.fail(f.name, '缺失');
  const base: BaseFields = { id, title: r.optionalString('title'), severity: r.severity(kind.defaultSeverity), tolerance: r.tolerance(), variant };
  return kind.parse(r, base);
}

/** Parse one raw rule into one spec, or several when it has `each`; `before` rules came earlier in the pack. */
function parseRule(raw: unknown, source: string, index: number, before: number): RuleSpec[] {
  if (!isRecord(raw)) throw new RulePackError(`规则包“${source}”：第 ${index + 1} 条规则不是 JSON 对象`, { file: source });
  if (typeof raw.id !== 'string' || raw.id.trim() === '') {
    throw new RulePackError(`规则包“${source}”：第 ${index + 1} 条规则缺少编号（字段“id”）`, { file: source });
  }
  const id = raw.id;
  const reader = new FieldReader(raw, source, id);
  if (raw.disabled !== undefined && typeof raw.disabled !== 'boolean') reader.fail('disabled', '应为 true 或 false');
  if (raw.disabled === true) return [{ id, kind: 'disabled', disabled: true }];
  const each = eachValues(reader);
  checkRuleCount(before + (each?.length ?? 1), source);
  if (!each) return [parseOne(raw, source, id)];
  const { each: _each, ...rest } = raw;
  return each.map((e) => parseOne(substitute(rest, e) as Record<string, unknown>, source, id, typeof e === 'string' ? e : Object.values(e).join('/')));
}

/**
 * Parse and validate a rule pack (a JSON value, or JSON text; a leading BOM is ignored).
 * A pack beyond PACK_LIMITS (nesting, `each` values, rules) is refused.
 * @throws RulePackError with a Chinese message naming `source`, the rule and the field.
 * @example parseRulePack({ id: 'dept', template: 'any', description: '', rules: [{ id: 'X-08', disabled: true }] }, 'dept.json')
 */
export function parseRulePack(json: unknown, source: string): RulePack {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json.replace(/^\ufeff/, ''));
    } catch (e) {
      throw new RulePackError(`规则包“${source}”不是有效的 JSON：${(e as Error).message}`, { file: source });
    }
  }
  if (!isRecord(value)) throw new RulePackError(`规则包“${source}”应为 JSON 对象（含 id、description、rules）`, { file: source });
  checkPackDepth(value, source);
  for (const key of Object.keys(value)) {
    if (!PACK_FIELDS.includes(key)) throw new RulePackError(`规则包“${source}”：未知字段“${key}”（可用：${PACK_FIELDS.join('、')}）`, { file: source });
  }
  if (typeof value.id !== 'string' || value.id.trim() === '') throw new RulePackError(`规则包“${source}”缺少编号（字段“id”）`, { file: source });
  const template = value.template;
  const templates = ['any', ...templateIds()];
  if (template !== undefined && !templates.includes(template as string)) {
    throw new RulePackError(`规则包“${source}”：字段“template”应为 ${templates.map((t) => `"${t}"`).join('、')} 之一，而不是 ${JSON.stringify(template)}`, { file: source });
  }
  if (value.description !== undefined && typeof value.description !== 'string') {
    throw new RulePackError(`规则包“${source}”：字段“description”应为文字`, { file: source });
  }
  if (!Array.isArray(value.rules)) throw new RulePackError(`规则包“${source}”：字段“rules”应为规则列表`, { file: source });
  const seen = new Set<string>();
  const rules: RuleSpec[] = [];
  value.rules.forEach((raw, i) => {
    const specs = parseRule(raw, source, i, rules.length);
    const id = specs[0].id;
    if (seen.has(id)) throw new RulePackError(`规则包“${source}”：规则编号“${id}”重复`, { file: source });
    seen.add(id);
    rules.push(...specs);
  });
  return { id: value.id, template: template as TemplateId | 'any' | undefined, description: (value.description as string | undefined) ?? '', rules };
}
