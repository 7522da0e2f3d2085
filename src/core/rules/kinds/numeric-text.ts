import { cellName } from '../context';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, eachCell, flag, parsePlausibility, passOrFindings, schedulesOf } from './plausibility-common';

/**
 * P-04: a figure stored as text ("2,940.05" in a text cell): read, but Excel will not sum it.
 * @example { "kind": "numeric-text" }
 */
export const numericTextKind: RuleKind<PlausibilityRule> = {
  kind: 'numeric-text',
  summary: { zh: '数字没有存成文字（P-04）', en: 'no figure stored as text (P-04)' },
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'warning',
  parse: parsePlausibility('numeric-text'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      eachCell(sched, ['amount', 'rate'], (row, col, cell) => {
        if (cell.parsed.kind === 'number' && cell.parsed.fromText) {
          out.push(flag(rule, sched, `${cellName(sched, row, row.key, col)} 的数字以文本形式保存，Excel 求和时会漏掉，请转换为数值`, [cell.ref]));
        }
      });
    }
    return passOrFindings(rule, ctx, out, '以文本形式保存的数字');
  },
};
