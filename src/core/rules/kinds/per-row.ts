import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { OperandValue, cellValue, modelUnit, pickColumn, resolveSchedule, titleOf } from '../context';
import { Finding } from '../finding';
import { selectRows } from '../rows';
import { PerRowRule } from '../spec';
import { RuleKind } from './kind';

/**
 * For every row key selected on either side: left column (= or ≤) right column, across
 * schedules (X-02 T01 class = T03 class 本年支出合计; X-07 T05 合计 ≤ T03 本年支出合计) or
 * within one (T07 决算数 ≤ 预算数). A row present on one side only counts as zero on the other;
 * it is skipped when its figure is zero too.
 * @example { "kind": "per-row", "rows": "classes", "left": { "schedule": "T01", "col": "金额" },
 *            "right": { "schedule": "T03", "col": "本年支出合计" } }
 */
export const perRowKind: RuleKind<PerRowRule> = {
  kind: 'per-row',
  summary: { zh: '对任一边有的每一行：左栏 = 或 ≤ 右栏', en: 'for every row present on either side: left column = or ≤ right column' },
  fields: [
    field('left', 'column-operand', '左边的栏（表与栏）', 'left column (schedule and column)', true),
    field('right', 'column-operand', '右边的栏（表与栏）', 'right column (schedule and column)', true),
    field('rows', 'row-selector', '核对哪些行；不写则所有行', 'which rows; all when absent'),
    field('relation', 'relation', '"eq"（相等，默认）或 "le"（不大于）', '"eq" (default) or "le"'),
  ],
  defaultSeverity: 'error',
  parse(r, base) {
    const rel = r.raw.relation;
    if (rel !== undefined && rel !== 'eq' && rel !== 'le') r.fail('relation', '应为 "eq"（相等）或 "le"（不大于）');
    return { ...base, kind: 'per-row', left: r.columnOperand('left'), right: r.columnOperand('right'), rows: r.rowSelector('rows', 'all'), relation: (rel as 'eq' | 'le') ?? 'eq' };
  },
  run(rule, { model }) {
    const ls = resolveSchedule(model, rule.left.schedule);
    if (!ls.ok) return [unresolvedFinding(rule, ls.why, modelUnit(model))];
    const rs = resolveSchedule(model, rule.right.schedule);
    if (!rs.ok) return [unresolvedFinding(rule, rs.why, ls.sched.unit)];
    const lcol = pickColumn(ls.sched, rule.left.col);
    const rcol = pickColumn(rs.sched, rule.right.col);
    if (!lcol || !rcol) {
      const [sched, cols] = !lcol ? [ls.sched, rule.left.col] : [rs.sched, rule.right.col];
      const reason = `${titleOf(sched.id, sched)}没有“${cols.join('”或“')}”栏，不适用`;
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason, schedule: sched.id }, ls.sched.unit)];
    }
    const leftRows = selectRows(ls.sched, rule.rows);
    const rightRows = selectRows(rs.sched, rule.rows);
    const leftKeys = new Set(leftRows.map((r) => r.key));
    const rightKeys = new Set(rightRows.map((r) => r.key));
    const out: Finding[] = [];
    // Every key once, left side's order first.
    for (const key of new Set([...leftKeys, ...rightKeys])) {
      const inLeft = leftKeys.has(key);
      const inRight = rightKeys.has(key);
      const left: OperandValue = cellValue(ls.sched, key, lcol);
      const right: OperandValue = cellValue(rs.sched, key, rcol);
      if ((!inLeft && right.fen === 0) || (!inRight && left.fen === 0)) continue;
      // A row on one side only is named from the side that has it.
      if (!left.row) left.row = right.row;
      if (!right.row) right.row = left.row;
      out.push(compareSides(rule, { left: [left], right: [right], relation: rule.relation, n: 1 }));
    }
    if (out.length === 0) {
      const reason = `${titleOf(ls.sched.id, ls.sched)}与${titleOf(rs.sched.id, rs.sched)}没有可对比的行，不适用`;
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason, schedule: ls.sched.id }, ls.sched.unit)];
    }
    return out;
  },
};
