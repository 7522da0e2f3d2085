import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { cellName, cellValue, modelUnit, resolveSchedule, titleOf } from '../context';
import { Finding } from '../finding';
import { amountColumns, childrenName, subjectTree } from '../rows';
import { HierarchyRule } from '../spec';
import { RuleKind } from './kind';

/**
 * 合计 = Σ类, 类 = Σ款, 款 = Σ项 for every amount column (economic T06: class = Σ items).
 * The tree comes from the rows' codes; one finding per (parent, column).
 * @example { "kind": "hierarchy", "schedule": "T03" }
 */
export const hierarchyKind: RuleKind<HierarchyRule> = {
  kind: 'hierarchy',
  summary: { zh: '合计 = Σ类，类 = Σ款，款 = Σ项（经济分类：类 = Σ款），每栏', en: '合计 = Σ类, 类 = Σ款, 款 = Σ项 (economic: class = Σ items), per column' },
  fields: [
    field('schedule', 'schedule', '要核对的表', 'the schedule to check', true),
    field('cols', 'text-list', '要核对的栏；不写则核对所有金额栏', 'columns to check; all amount columns when absent'),
  ],
  defaultSeverity: 'error',
  parse: (r, base) => ({ ...base, kind: 'hierarchy', schedule: r.scheduleId('schedule'), cols: r.has('cols') ? r.stringList('cols') : undefined }),
  run(rule, { model }) {
    const s = resolveSchedule(model, rule.schedule);
    if (!s.ok) return [unresolvedFinding(rule, s.why, modelUnit(model))];
    const sched = s.sched;
    const cols = [...new Set(amountColumns(sched).map((c) => c.key))].filter((k) => !rule.cols || rule.cols.includes(k));
    const groups = subjectTree(sched);
    if (groups.length === 0 || cols.length === 0) {
      const reason = `${titleOf(sched.id, sched)}没有可核对的上下级科目，不适用`;
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason, schedule: sched.id }, sched.unit)];
    }
    const out: Finding[] = [];
    for (const { parent, children } of groups) {
      const rightName = childrenName(children);
      for (const col of cols) {
        out.push(
          compareSides(rule, {
            left: [cellValue(sched, parent.key, col)],
            right: children.map((c) => cellValue(sched, c.key, col)),
            relation: 'eq',
            leftName: cellName(sched, parent, parent.key, col),
            rightName,
            n: children.length,
          }),
        );
      }
    }
    return out;
  },
};
