import { field } from '../field-spec';
import { cellsOf, unresolvedFinding } from '../compare';
import { cellName, cellValue, modelUnit, resolveSchedule, titleOf } from '../context';
import { Finding } from '../finding';
import { formatAmount } from '../../grid/units';
import { amountColumns } from '../rows';
import { NonNegativeRule } from '../spec';
import { RuleKind } from './kind';

/**
 * Every amount of a schedule is ≥ 0 (T07-R02). One failure per negative cell; one pass for
 * the schedule when there is none.
 * @example { "kind": "non-negative", "schedule": "T07" }
 */
export const nonNegativeKind: RuleKind<NonNegativeRule> = {
  kind: 'non-negative',
  summary: { zh: '金额不为负数', en: 'no amount below zero' },
  fields: [
    field('schedule', 'schedule', '要核对的表', 'the schedule to check', true),
    field('cols', 'text-list', '要核对的栏；不写则所有金额栏', 'columns to check; all amount columns when absent'),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'non-negative', schedule: r.scheduleId('schedule'), cols: r.has('cols') ? r.stringList('cols') : undefined }),
  run(rule, { model }) {
    const s = resolveSchedule(model, rule.schedule);
    if (!s.ok) return [unresolvedFinding(rule, s.why, modelUnit(model))];
    const sched = s.sched;
    const title = titleOf(sched.id, sched);
    const cols = amountColumns(sched).filter((c) => !rule.cols || rule.cols.includes(c.key));
    const out: Finding[] = [];
    const checked = [];
    for (const row of sched.rows) {
      for (const col of cols) {
        const v = cellValue(sched, row.key, col.key);
        if (!v.cell) continue;
        checked.push(v);
        if (v.fen === undefined || v.fen >= 0) continue;
        out.push({
          rule: rule.id,
          severity: rule.severity,
          outcome: 'fail',
          message: `${title}：${cellName(sched, row, row.key, col.key)} 为负数 ${formatAmount(v.fen, sched.unit)} ${sched.unit}，应不小于 0`,
          actual: v.fen,
          unit: sched.unit,
          cells: cellsOf([v]),
          schedule: sched.id,
        });
      }
    }
    if (out.length === 0) {
      out.push({ rule: rule.id, severity: 'info', outcome: 'pass', message: `${title}：没有负数金额`, unit: sched.unit, cells: [], schedule: sched.id });
    }
    return out;
  },
};
