import { cellName, unreadableReason } from '../context';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, cellsIn, flag, parsePlausibility, passOrFindings, schedulesOf } from './plausibility-common';

/**
 * P-05: a figure that cannot be read: an error value (#REF!, #DIV/0!), a formula without a
 * cached value, or words in an amount cell. Each is an error: the rules that use the figure
 * can only say insufficient_data, and a workbook whose figures could not be checked must
 * not pass as clean.
 * @example { "kind": "unreadable-cells" }
 */
export const unreadableCellsKind: RuleKind<PlausibilityRule> = {
  kind: 'unreadable-cells',
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'error',
  parse: parsePlausibility('unreadable-cells'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      for (const { row, col, cell } of cellsIn(sched, ['amount', 'rate', 'count'])) {
        const p = cell.parsed;
        if (p.kind !== 'error' && p.kind !== 'noValue' && p.kind !== 'text') continue;
        const name = cellName(sched, row, row.key, col);
        const advice = p.kind === 'noValue' ? '，请在 Excel 中重新计算并保存' : '，该数字无法核对';
        out.push(flag(rule, sched, `${name} 为${unreadableReason(p)}${advice}`, [cell.ref], 'error'));
      }
    }
    return passOrFindings(rule, ctx, out, '无法读取的单元格');
  },
};
