import { field } from '../field-spec';
import { unresolvedFinding } from '../compare';
import { displayKey, findRow, modelUnit, scheduleState, titleOf } from '../context';
import { RequiredRule } from '../spec';
import { RuleKind } from './kind';

/**
 * A schedule of the template (and the listed rows) must exist. An optional schedule that is
 * absent is not applicable; a mandatory one that is absent fails.
 * @example { "kind": "required", "schedule": "T01", "rows": ["收入总计", "支出总计"] }
 */
export const requiredKind: RuleKind<RequiredRule> = {
  kind: 'required',
  summary: { zh: '表（及所列的行）必须存在', en: 'the schedule (and rows) exist' },
  fields: [
    field('schedule', 'schedule', '必须有的表', 'the schedule that must exist', true),
    field('rows', 'text-list', '表中必须有的行', 'rows it must have'),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'required', schedule: r.scheduleId('schedule'), rows: r.has('rows') ? r.stringList('rows') : [] }),
  run(rule, { model }) {
    const st = scheduleState(model, rule.schedule);
    const title = titleOf(rule.schedule, st.kind === 'present' ? st.sched : undefined);
    const unit = st.kind === 'present' ? st.sched.unit : modelUnit(model);
    const base = { rule: rule.id, unit, cells: [], schedule: rule.schedule };
    if (st.kind === 'missing') return [{ ...base, severity: rule.severity, outcome: 'fail', message: `缺少必需的表：${title}` }];
    if (st.kind !== 'present') {
      const reason = st.kind === 'absent-optional' ? `没有${title}（本模板中可缺），不适用` : `本模板没有${title}，不适用`;
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason, schedule: rule.schedule }, unit)];
    }
    const absent = rule.rows.filter((k) => !findRow(st.sched, k));
    if (absent.length > 0) {
      return [{ ...base, severity: rule.severity, outcome: 'fail', message: `${title}：没有找到“${absent.map(displayKey).join('”“')}”行`, cells: [st.sched.titleRef] }];
    }
    return [{ ...base, severity: 'info', outcome: 'pass', message: `${title}：已找到${rule.rows.length > 0 ? '，必需的行齐全' : ''}` }];
  },
};
