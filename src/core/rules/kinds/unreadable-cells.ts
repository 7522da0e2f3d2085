import { ParsedAmount } from '../../grid/amount';
import { cellName, isAmbiguousNumber, unreadableReason } from '../context';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, eachCell, flag, parsePlausibility, passOrFindings, schedulesOf } from './plausibility-common';

/** What the user can do about an unreadable cell. */
function advice(p: ParsedAmount): string {
  if (p.kind === 'noValue') return '，请在 Excel 中重新计算并保存';
  if (p.kind === 'notWhole') return '，个数应为整数，请检查该单元格';
  if (p.kind === 'outOfRange') return '，超过 15 位有效数字（以分计），无法准确核对，请检查该单元格';
  if (isAmbiguousNumber(p)) return '，无法确定是哪个数，该数字无法核对；数字只能用三位一组的千分位逗号、一个正负号，或用括号表示负数';
  return '，该数字无法核对';
}

/**
 * P-05: a figure that cannot be read: an error value (#REF!, #DIV/0!), a formula without a
 * cached value, words or an ambiguously written number in an amount cell, or a number out
 * of range (more than 15 significant digits of 分, not finite), a count that is not whole. Each is an error: the rules that use the figure
 * can only say insufficient_data, and a workbook whose figures could not be checked must
 * not pass as clean.
 * @example { "kind": "unreadable-cells" }
 */
export const unreadableCellsKind: RuleKind<PlausibilityRule> = {
  kind: 'unreadable-cells',
  summary: { zh: '金额单元格都能读取（P-05）', en: 'every amount cell can be read (P-05)' },
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'error',
  parse: parsePlausibility('unreadable-cells'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      eachCell(sched, ['amount', 'rate', 'count'], (row, col, cell) => {
        const p = cell.parsed;
        if (p.kind === 'number' || p.kind === 'blank') return;
        const name = cellName(sched, row, row.key, col);
        out.push(flag(rule, sched, `${name} 为${unreadableReason(p)}${advice(p)}`, [cell.ref], 'error'));
      });
      // The 三公 counts (团组数, 保有量, 接待批次) beside the table.
      for (const [stat, cell] of sched.stats) {
        const p = cell.parsed;
        if (p.kind !== 'number' && p.kind !== 'blank') out.push(flag(rule, sched, `${stat} 为${unreadableReason(p)}${advice(p)}`, [cell.ref], 'error'));
      }
    }
    return passOrFindings(rule, ctx, out, '无法读取的单元格');
  },
};
