import { field } from '../field-spec';
import { unreadableFinding, unresolvedFinding } from '../compare';
import { modelUnit, operandName, resolveCell } from '../context';
import { Finding } from '../finding';
import { formatAmount } from '../../grid/units';
import { ChangeRule } from '../spec';
import { RuleKind } from './kind';

const DEFAULT_THRESHOLD = 0.2;

/**
 * Y-03: a total that changed against last year by more than the threshold (default 20 %)
 * needs a reason in the narrative: warning. One finding per operand.
 * @example { "kind": "change", "threshold": 0.2, "operands": [{ "schedule": "T01", "row": "本年收入合计", "col": "金额" }] }
 */
export const changeKind: RuleKind<ChangeRule> = {
  kind: 'change',
  summary: { zh: '与上年相比变动超过 threshold（默认 0.2）', en: 'change against last year beyond `threshold` (default 0.2)' },
  fields: [
    field('operands', 'cell-operand-list', '与上年比较的数', 'figures compared with last year', true),
    field('threshold', 'number', '提示的变动幅度（默认 0.2 即 20%）', 'relative change flagged (default 0.2)'),
  ],
  defaultSeverity: 'warning',
  parse: (r, base) => ({ ...base, kind: 'change', operands: r.cellOperandList('operands'), threshold: r.optionalNumber('threshold') }),
  run(rule, { model, prior, yoyThreshold }) {
    if (!prior) {
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason: '未提供上年决算表，增减变动核对不适用', schedule: rule.operands[0].schedule }, modelUnit(model))];
    }
    const threshold = yoyThreshold ?? rule.threshold ?? DEFAULT_THRESHOLD;
    const out: Finding[] = [];
    for (const op of rule.operands) {
      const cur = resolveCell(model, op);
      if (!cur.ok) {
        out.push(unresolvedFinding(rule, cur.why, modelUnit(model)));
        continue;
      }
      const pri = resolveCell(prior, op, true);
      if (!pri.ok) {
        out.push(unresolvedFinding(rule, pri.why, cur.value.sched.unit));
        continue;
      }
      const unreadable = unreadableFinding(rule, [cur.value, pri.value], true);
      if (unreadable) {
        out.push({ ...unreadable, cells: cur.value.cell ? [cur.value.cell.ref] : [] });
        continue;
      }
      const unit = cur.value.sched.unit;
      const now = cur.value.fen as number;
      const then = pri.value.fen as number;
      const name = operandName(cur.value, true);
      const base = { rule: rule.id, expected: then, actual: now, difference: now - then, unit, cells: cur.value.cell ? [cur.value.cell.ref] : [], schedule: op.schedule };
      const figures = `${name} ${formatAmount(now, unit)} ${unit}，上年 ${formatAmount(then, unit)} ${unit}`;
      if (then === 0) {
        if (now === 0) out.push({ ...base, severity: 'info', outcome: 'pass', message: `${figures}，均为 0` });
        else out.push({ ...base, severity: rule.severity, outcome: 'fail', message: `${figures}，上年为 0，本年新增，请说明原因` });
        continue;
      }
      const change = (now - then) / Math.abs(then);
      const text = `${change >= 0 ? '增长' : '下降'} ${(Math.abs(change) * 100).toFixed(2)}%`;
      if (Math.abs(change) > threshold) {
        out.push({ ...base, severity: rule.severity, outcome: 'fail', message: `${figures}，${text}，超过 ${+(threshold * 100).toFixed(2)}% 的提示阈值，请说明原因` });
      } else {
        out.push({ ...base, severity: 'info', outcome: 'pass', message: `${figures}，${text}` });
      }
    }
    return out;
  },
};
