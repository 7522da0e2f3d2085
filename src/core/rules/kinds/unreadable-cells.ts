import { cellName, unreadableReason } from '../context';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, cellsIn, flag, parsePlausibility, passOrFindings, schedulesOf } from './plausibility-common';

/**
 * P-05: a figure that cannot be read. Error values (#REF!, #DIV/0!) and formulas without a
 * cached value are errors — the figure cannot be checked; words in an amount cell are a
 * warning (the rule's severity).
 * @example { "kind": "unreadable-cells" }
 */
export const unreadableCellsKind: RuleKind<PlausibilityRule> = {
  kind: 'unreadable-cells',
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'warning',
  parse: parsePlausibility('unreadable-cells'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      for (const { row, col, cell } of cellsIn(sched, ['amount', 'rate', 'count'])) {
        const p = cell.parsed;
        if (p.kind !== 'error' && p.kind !== 'noValue' && p.kind !== 'text') continue;
        const name = cellName(sched, row, row.key, col);
        const severity = p.kind === 'text' ? rule.severity : 'error';
        const advice = p.kind === 'noValue' ? '，请在 Excel 中重新计算并保存' : '，该数字无法核对';
        out.push(flag(rule, sched, `${name} 为${unreadableReason(p)}${advice}`, [cell.ref], severity));
      }
    }
    return passOrFindings(rule, ctx, out, '无法读取的单元格');
  },
};
