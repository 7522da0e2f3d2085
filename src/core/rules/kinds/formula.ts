import { FormulaError } from '../../errors';
import { field } from '../field-spec';
import { Comparison } from '../formula/ast';
import { runFormula } from '../formula/evaluate';
import { FormulaSyntaxError, parseFormula } from '../formula/parse';
import { FieldReader } from '../pack-fields';
import { FormulaRule } from '../spec';
import { RuleKind } from './kind';

/** Parse a formula field, turning a syntax error into a FormulaError naming the pack, the rule, the field and the column. */
function formulaField(r: FieldReader, name: string): Comparison {
  const text = r.string(name);
  try {
    return parseFormula(text);
  } catch (e) {
    if (!(e instanceof FormulaSyntaxError)) throw e;
    throw new FormulaError(`规则包“${r.source}”：规则“${r.ruleId}”的字段“${name}”第 ${e.column} 个字符处${e.problem}（${text}）`, {
      file: r.source,
      rule: r.ruleId,
      field: name,
      column: e.column,
    });
  }
}

/**
 * A rule a finance bureau writes as a formula over printed labels, subject codes and
 * headers; `kind` may be left out when `formula` is given.
 * @example { "id": "BUREAU-01", "formula": "T01[收入总计] = T01[支出总计]", "when": "T01[收入总计] > 0",
 *            "message": "收入总计 {left} 与支出总计 {right} 相差 {difference} {unit}" }
 */
export const formulaKind: RuleKind<FormulaRule> = {
  kind: 'formula',
  summary: { zh: '按公式核对引用的数（表[行名或科目代码].栏名，+ -，SUM，= <= >= < >）', en: 'a formula over figures named by schedule, row label or code and column header' },
  fields: [
    field('formula', 'formula', '公式，如 T01[收入总计] = T01[支出总计]', 'the formula, e.g. T01[收入总计] = T01[支出总计]', true),
    field('when', 'formula', '只在这个条件成立时核对，如 T08[本年支出合计] > 0', 'checked only when this condition holds'),
    field('message', 'text', '不成立时的消息，可用 {left} {right} {difference} {unit}', 'failure message with {left} {right} {difference} {unit}'),
  ],
  refusedCommon: {
    schedule: '公式的每个引用自己写明表，如 T05[合计]',
    col: '公式的引用自己写明栏，如 T05[2060101].决算数；不写栏即取金额栏',
    label: '公式规则的消息用 {left} {right} 称呼两侧',
  },
  defaultSeverity: 'error',
  parse: (r, base) => ({
    ...base,
    kind: 'formula',
    formula: formulaField(r, 'formula'),
    when: r.has('when') ? formulaField(r, 'when') : undefined,
    message: r.optionalString('message'),
  }),
  run: (rule, { model }) => [runFormula(rule, model)],
};
