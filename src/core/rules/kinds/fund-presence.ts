import { field } from '../field-spec';
import { cellsOf, unreadableFinding, unresolvedFinding } from '../compare';
import { OperandValue, cellValue, modelUnit, scheduleState, titleOf } from '../context';
import { Finding } from '../finding';
import { formatAmount } from '../../grid/units';
import { resolveOperands } from '../operands';
import { amountColumns } from '../rows';
import { FundPresenceRule } from '../spec';
import { ScheduleId } from '../../schedules/model';
import { RuleKind } from './kind';

/**
 * when T04 shows money in a fund column, the fund's tables must exist (else the
 * rule's severity); when the column is all zero, those tables must hold no figures
 * (warning). Tables the template does not have are ignored.
 * @example { "kind": "fund-presence", "targets": ["T08"], "emptyOnly": ["T08S"],
 *            "source": [{ "schedule": "T04", "row": "本年支出合计", "col": "政府性基金预算财政拨款" }] }
 */
export const fundPresenceKind: RuleKind<FundPresenceRule> = {
  kind: 'fund-presence',
  summary: { zh: 'T04 中有数的资金栏有其资金表', en: 'a non-zero T04 fund column has its fund table' },
  fields: [
    field('source', 'cell-operand-list', '财政拨款收入支出决算总表中该类资金的数', 'the fund\'s figures in T04', true),
    field('targets', 'schedule-list', '有资金时必须有、无资金时应为空的表', 'tables that must exist when the fund has money, and be empty when not', true),
    field('emptyOnly', 'schedule-list', '无资金时只核对为空的表', 'tables only checked for emptiness when the fund has no money'),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({
    ...base,
    kind: 'fund-presence',
    source: r.cellOperandList('source'),
    targets: r.optionalScheduleList('targets') ?? r.fail('targets', '缺失'),
    emptyOnly: r.optionalScheduleList('emptyOnly') ?? [],
  }),
  run(rule, { model }) {
    const src = resolveOperands(model, rule.source);
    if (!src.ok) return [unresolvedFinding(rule, src.why, modelUnit(model))];
    const unreadable = unreadableFinding(rule, src.values);
    if (unreadable) return [unreadable];
    const t04 = src.values[0].sched;
    const unit = t04.unit;
    const hasMoney = src.values.some((v) => v.fen !== 0);
    // The fund's name: its T04 expenditure column (income rows only carry 金额).
    const fund = src.values.find((v) => v.col !== '金额')?.col ?? src.values[0].rowKey;
    const out: Finding[] = [];
    const consider = (id: ScheduleId) => scheduleState(model, id).kind !== 'not-in-template';
    const base = (id: ScheduleId) => ({ rule: rule.id, unit, schedule: id });
    if (hasMoney) {
      for (const id of rule.targets.filter(consider)) {
        const st = scheduleState(model, id);
        const title = titleOf(id, st.kind === 'present' ? st.sched : undefined);
        const money = src.values.filter((v) => v.fen !== 0).map((v) => `${v.rowKey.replace('/', '')} ${formatAmount(v.fen as number, unit)}`).join('、');
        if (st.kind === 'present') out.push({ ...base(id), severity: 'info', outcome: 'pass', message: `${titleOf(t04.id, t04)}${fund}有数，已列${title}`, cells: [] });
        else out.push({ ...base(id), severity: rule.severity, outcome: 'fail', message: `${titleOf(t04.id, t04)}${fund}有数（${money} ${unit}），但缺少${title}`, cells: cellsOf(src.values) });
      }
      return out;
    }
    for (const id of [...rule.targets, ...rule.emptyOnly].filter(consider)) {
      const st = scheduleState(model, id);
      if (st.kind !== 'present') continue;
      const sched = st.sched;
      const nonZero: OperandValue[] = [];
      for (const row of sched.rows) {
        for (const col of amountColumns(sched)) {
          const v = cellValue(sched, row.key, col.key);
          if (v.cell && v.fen !== 0) nonZero.push(v);
        }
      }
      const title = titleOf(id, sched);
      if (nonZero.length === 0) {
        out.push({ ...base(id), severity: 'info', outcome: 'pass', message: `${titleOf(t04.id, t04)}${fund}为 0，${title}无数据`, cells: [] });
      } else {
        const message = `${titleOf(t04.id, t04)}${fund}为 0，但${title}有 ${nonZero.length} 个非零金额，本表应为空表并注明无数据`;
        out.push({ ...base(id), severity: 'warning', outcome: 'fail', message, cells: [...cellsOf(nonZero), ...cellsOf(src.values)] });
      }
    }
    if (out.length === 0) {
      out.push({ ...base(t04.id), severity: 'info', outcome: 'pass', message: `${titleOf(t04.id, t04)}${fund}为 0，未列相应的表`, cells: [] });
    }
    return out;
  },
};
