import { field } from '../field-spec';
import { compareSides, unresolvedFinding } from '../compare';
import { OperandValue, cellName, cellValue, hasColumn, modelUnit, resolveSchedule, titleOf } from '../context';
import { Finding } from '../finding';
import { columnGroups, leafColumns, selectRows } from '../rows';
import { ColumnPart, RowSumRule } from '../spec';
import { RuleKind } from './kind';
import { ScheduleInstance } from '../../schedules/model';
import { cellAt } from '../schedule-index';

/** The checks of one row: a total column and the columns that must add up to it. */
interface ColumnCheck {
  total: string;
  parts: ColumnPart[];
}

const part = (col: string): ColumnPart => ({ col, negate: false, optional: false });

/** The checks of the rule on this schedule, or the name of a missing column. */
function checksFor(rule: RowSumRule, sched: ScheduleInstance): ColumnCheck[] | { missing: string } {
  if (rule.parts === 'leaves') return [{ total: rule.total, parts: leafColumns(sched, rule.total).map((c) => part(c.key)) }];
  if (rule.parts === 'groups') {
    return columnGroups(sched, rule.total).map((g) => ({ total: g.group.key, parts: g.parts.map((c) => part(c.key)) }));
  }
  const has = (col: string) => hasColumn(sched, col);
  const missing = rule.parts.find((p) => !p.optional && !has(p.col));
  if (missing) return { missing: missing.col };
  return [{ total: rule.total, parts: rule.parts.filter((p) => has(p.col)) }];
}

function partsName(parts: ColumnPart[]): string {
  if (parts.length > 4) return `${parts[0].col}等 ${parts.length} 栏之和`;
  return parts.map((p, i) => `${i === 0 ? (p.negate ? '−' : '') : p.negate ? ' − ' : ' + '}${p.col}`).join('');
}

/**
 * For every row: a total column = Σ other columns (T02 本年收入合计 = 财政拨款收入 + …; T08
 * 年末 = 年初 + 本年收入 − 本年支出合计). Detail tables: `"parts": "leaves"` sums the leaf
 * economic columns; `"parts": "groups"` checks each 小计 column against its own leaves.
 * A part column the schedule lacks makes the rule not applicable, unless marked optional
 * (then it counts as zero).
 * @example { "kind": "row-sum", "schedule": "T05", "total": "合计", "parts": ["基本支出", "项目支出"] }
 */
export const rowSumKind: RuleKind<RowSumRule> = {
  kind: 'row-sum',
  summary: { zh: '每行：合计栏 = 各栏之和', en: 'for every row: total column = Σ part columns' },
  fields: [
    field('schedule', 'schedule', '要核对的表', 'the schedule to check', true),
    field('total', 'text', '合计栏', 'the total column', true),
    field('parts', 'column-parts', '相加的各栏，或 "leaves"（明细表的末级栏）/ "groups"（各小计栏）', 'the part columns, or "leaves" / "groups" for detail tables', true),
    field('rows', 'row-selector', '核对哪些行；不写则所有行', 'which rows; all when absent'),
  ],
  defaultSeverity: 'error',
  parse(r, base) {
    const raw = r.raw.parts;
    const parts = raw === 'leaves' || raw === 'groups' ? raw : r.columnParts('parts');
    return { ...base, kind: 'row-sum', schedule: r.scheduleId('schedule'), total: r.string('total'), parts, rows: r.rowSelector('rows', 'all'), label: r.optionalString('label') };
  },
  run(rule, { model }) {
    const s = resolveSchedule(model, rule.schedule);
    if (!s.ok) return [unresolvedFinding(rule, s.why, modelUnit(model))];
    const sched = s.sched;
    const title = titleOf(sched.id, sched);
    if (!hasColumn(sched, rule.total)) {
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason: `${title}没有“${rule.total}”栏，不适用`, schedule: sched.id }, sched.unit)];
    }
    const found = checksFor(rule, sched);
    if (!Array.isArray(found)) {
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason: `${title}没有“${found.missing}”栏，不适用`, schedule: sched.id }, sched.unit)];
    }
    const checks = found.filter((c) => c.parts.length > 0);
    if (checks.length === 0) {
      return [unresolvedFinding(rule, { outcome: 'not_applicable', reason: `${title}没有可相加的栏，不适用`, schedule: sched.id }, sched.unit)];
    }
    // What each check needs on every row, once: its columns and how the message names its parts.
    const prepared = checks.map((c) => ({ ...c, cols: [c.total, ...c.parts.map((p) => p.col)], partsName: rule.label ?? partsName(c.parts) }));
    const out: Finding[] = [];
    for (const row of selectRows(sched, rule.rows)) {
      for (const check of prepared) {
        // Rows with no figure in any of these columns (a heading, the other block) are skipped.
        if (!check.cols.some((c) => cellAt(sched, row.key, c) !== undefined)) continue;
        const right: OperandValue[] = check.parts.map((p) => cellValue(sched, row.key, p.col, p.negate));
        out.push(
          compareSides(rule, {
            left: [cellValue(sched, row.key, check.total)],
            right,
            relation: 'eq',
            leftName: cellName(sched, row, row.key, check.total),
            rightName: check.partsName,
            n: right.length,
          }),
        );
      }
    }
    return out;
  },
};
