import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { displayKey, modelUnit, resolveCell, titleOf } from '../context';
import { allAbsent, resolveOperands } from '../operands';
import { SumRule } from '../spec';
import { RuleKind } from './kind';

/**
 * total = Σ parts, parts possibly negated (flow: 年末 = 年初 + 收入 − 支出) or expanded from a
 * row selector (本年支出合计 = Σ class rows).
 * @example { "kind": "sum", "schedule": "T01", "col": "金额", "total": "收入总计",
 *            "parts": ["本年收入合计", { "row": "使用非财政拨款结余", "optional": true }, "年初结转和结余"] }
 */
export const sumKind: RuleKind<SumRule> = {
  kind: 'sum',
  summary: { zh: '合计 = 各项之和', en: 'total = Σ parts' },
  fields: [
    field('total', 'cell-operand', '合计的一方：一个数', 'the total: one figure', true),
    field('parts', 'operand-list', '相加的各项（可取负、可缺、可按行选择）', 'the parts (negated, optional or a row selector)', true),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'sum', total: r.cellOperand('total'), parts: r.operandList('parts'), label: r.optionalString('label') }),
  run(rule, { model }) {
    const total = resolveCell(model, rule.total);
    if (!total.ok) return [unresolvedFinding(rule, total.why, modelUnit(model))];
    const parts = resolveOperands(model, rule.parts);
    if (!parts.ok) return [unresolvedFinding(rule, parts.why, total.value.sched.unit)];
    if (allAbsent(parts.values)) {
      const reason = `${titleOf(rule.total.schedule, total.value.sched)}没有“${displayKey(total.value.rowKey)}”的任何组成行，不适用`;
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason, schedule: rule.total.schedule }, total.value.sched.unit)];
    }
    return [compareSides(rule, { left: [total.value], right: parts.values, relation: 'eq', rightName: rule.label, n: parts.values.length })];
  },
};
