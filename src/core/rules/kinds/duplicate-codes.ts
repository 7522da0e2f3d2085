import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, flag, parsePlausibility, passOrFindings, rowCells, schedulesOf } from './plausibility-common';

/**
 * P-06: the same subject code twice in one schedule (the recogniser marks the repeats).
 * @example { "kind": "duplicate-codes" }
 */
export const duplicateCodesKind: RuleKind<PlausibilityRule> = {
  kind: 'duplicate-codes',
  summary: { zh: '一张表中科目代码不重复（P-06）', en: 'no subject code twice in one schedule (P-06)' },
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'warning',
  parse: parsePlausibility('duplicate-codes'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      for (const row of sched.rows) {
        if (!row.duplicateOf) continue;
        out.push(flag(rule, sched, `科目编码 ${row.code ?? row.duplicateOf} 重复出现（“${row.label}”），重复的行未参加核对`, rowCells(sched, row)));
      }
    }
    return passOrFindings(rule, ctx, out, '重复的科目编码');
  },
};
