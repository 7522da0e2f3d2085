import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { modelUnit } from '../context';
import { resolveOperands } from '../operands';
import { LessOrEqualRule } from '../spec';
import { RuleKind } from './kind';

/**
 * Σ left ≤ Σ right (X-08: T06 30212 ≤ T07 因公出国（境）费 决算数; X-09).
 * @example { "kind": "less-or-equal", "left": { "schedule": "T04", "row": "年初财政拨款结转和结余", "col": "金额" },
 *            "right": { "schedule": "T01", "row": "年初结转和结余", "col": "金额" } }
 */
export const lessOrEqualKind: RuleKind<LessOrEqualRule> = {
  kind: 'less-or-equal',
  summary: { zh: 'Σ 左边 ≤ Σ 右边', en: 'Σ left ≤ Σ right' },
  fields: [
    field('left', 'cell-operand-list', '不应更大的一方（各数之和）', 'the side that must not be larger (Σ)', true),
    field('right', 'cell-operand-list', '另一方（各数之和）', 'the other side (Σ)', true),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'less-or-equal', left: r.cellOperandList('left'), right: r.cellOperandList('right') }),
  run(rule, { model }) {
    const left = resolveOperands(model, rule.left);
    if (!left.ok) return [unresolvedFinding(rule, left.why, modelUnit(model))];
    const right = resolveOperands(model, rule.right);
    if (!right.ok) return [unresolvedFinding(rule, right.why, left.values[0]?.sched.unit ?? modelUnit(model))];
    return [compareSides(rule, { left: left.values, right: right.values, relation: 'le' })];
  },
};
