import { scheduleDef } from '../../schedules/catalogue/schedules';
import { Finding } from '../finding';
import { PlausibilityRule } from '../spec';
import { RuleKind } from './kind';
import { PLAUSIBILITY_FIELDS, flag, parsePlausibility, passOrFindings, rowCells, schedulesOf } from './plausibility-common';

const DIGITS = /^\d+$/;
const FUNCTIONAL_LENGTHS = [3, 5, 7];
const ECONOMIC_LENGTHS = [3, 5];

/**
 * P-03: a subject code that is not 3/5/7 digits (economic codes of T06: 3/5), or whose
 * parent (类 of a 款, 款 of a 项) is missing from the schedule.
 * @example { "kind": "subject-codes" }
 */
export const subjectCodesKind: RuleKind<PlausibilityRule> = {
  kind: 'subject-codes',
  summary: { zh: '科目代码为 3/5/7 位且上级科目存在（P-03）', en: 'subject codes of 3/5/7 digits whose parents exist (P-03)' },
  fields: PLAUSIBILITY_FIELDS,
  defaultSeverity: 'warning',
  parse: parsePlausibility('subject-codes'),
  run(rule, ctx) {
    const out: Finding[] = [];
    for (const sched of schedulesOf(rule, ctx)) {
      const economic = scheduleDef(sched.id).layout === 'economic';
      const lengths = economic ? ECONOMIC_LENGTHS : FUNCTIONAL_LENGTHS;
      const codes = new Set<string>();
      for (const r of sched.rows) if (r.code) codes.add(r.code);
      for (const row of sched.rows) {
        const code = row.code;
        if (!code) continue;
        const wellFormed = DIGITS.test(code) && lengths.includes(code.length);
        if (wellFormed && (code.length === 3 || codes.has(code.slice(0, code.length - 2)))) continue;
        const name = `${code} ${row.label}`.trim();
        if (!wellFormed) out.push(flag(rule, sched, `科目编码“${name}”不是 ${lengths.join('/')} 位数字`, rowCells(sched, row)));
        else out.push(flag(rule, sched, `科目“${name}”的上级科目 ${code.slice(0, code.length - 2)} 不在表中`, rowCells(sched, row)));
      }
    }
    return passOrFindings(rule, ctx, out, '有问题的科目编码');
  },
};
