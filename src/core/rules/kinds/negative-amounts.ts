import { formatAmount } from '../../grid/units';
import { cellName } from '../context';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, eachCell, flag, isExcepted, parsePlausibility, passOrFindings, schedulesOf } from './plausibility-common';

/**
 * P-01: negative amounts anywhere, except where the pack allows them (`except`).
 * @example { "kind": "negative-amounts", "except": [{ "schedule": "T01", "row": "结余分配" }] }
 */
export const negativeAmountsKind: RuleKind<PlausibilityRule> = {
  kind: 'negative-amounts',
  summary: { zh: '除 except 所列之处外，金额不为负数（P-01）', en: 'no negative amount except where `except` allows (P-01)' },
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'warning',
  parse: parsePlausibility('negative-amounts'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      eachCell(sched, ['amount'], (row, col, cell) => {
        if (cell.parsed.kind !== 'number' || cell.parsed.fen >= 0 || isExcepted(rule, sched, row.key, col)) return;
        out.push({ ...flag(rule, sched, `${cellName(sched, row, row.key, col)} 为负数 ${formatAmount(cell.parsed.fen, sched.unit)} ${sched.unit}`, [cell.ref]), actual: cell.parsed.fen });
      });
    }
    return passOrFindings(rule, ctx, out, '负数金额');
  },
};
