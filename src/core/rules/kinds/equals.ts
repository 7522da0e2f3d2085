import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { modelUnit, resolveCell } from '../context';
import { EqualsRule } from '../spec';
import { RuleKind } from './kind';

/**
 * left = right, within one schedule or across two.
 * @example { "kind": "equals", "left": { "schedule": "T01", "row": "收入总计", "col": "金额" },
 *            "right": { "schedule": "T01", "row": "支出总计", "col": "金额" } }
 */
export const equalsKind: RuleKind<EqualsRule> = {
  kind: 'equals',
  summary: { zh: '左边 = 右边', en: 'left = right' },
  fields: [
    field('left', 'cell-operand', '左边的数', 'left figure', true),
    field('right', 'cell-operand', '右边的数', 'right figure', true),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'equals', left: r.cellOperand('left'), right: r.cellOperand('right') }),
  run(rule, { model }) {
    const left = resolveCell(model, rule.left);
    if (!left.ok) return [unresolvedFinding(rule, left.why, modelUnit(model))];
    const right = resolveCell(model, rule.right);
    if (!right.ok) return [unresolvedFinding(rule, right.why, left.value.sched.unit)];
    return [compareSides(rule, { left: [left.value], right: [right.value], relation: 'eq', n: 1 })];
  },
};
