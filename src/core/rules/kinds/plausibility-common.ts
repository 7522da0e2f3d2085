import { FieldSpec, field } from '../field-spec';
import { CellRef } from '../../grid/sheet-grid';
import { ColumnKind, RowInfo, ScheduleInstance, ValueCell } from '../../schedules/model';
import { modelUnit, titleOf, RuleContext } from '../context';
import { Finding } from '../finding';
import { FieldReader } from '../pack-fields';
import { Exception, PlausibilityKind, PlausibilityRule } from '../spec';
import { cellAt } from '../schedule-index';
import { BaseFields } from './kind';

/** Fields shared by the plausibility kinds (§5). */
export const PLAUSIBILITY_FIELDS: FieldSpec[] = [
  field('schedules', 'schedule-list', '只核对这些表；不写则所有表', 'restrict to these schedules; all when absent'),
  field('except', 'exceptions', '不核对的地方（表、行、栏）', 'places exempt (schedule, row, column)'),
];

export function parsePlausibility(kind: PlausibilityKind) {
  return (r: FieldReader, base: BaseFields): PlausibilityRule => {
    const raw = r.raw.except;
    if (raw !== undefined && !Array.isArray(raw)) r.fail('except', '应为 {"schedule","row","col"} 的列表');
    const except = ((raw as unknown[]) ?? []).map((x, i): Exception => {
      const o = (typeof x === 'object' && x !== null ? x : r.fail(`except[${i}]`, '应为 {"schedule","row","col"} 对象')) as Record<string, unknown>;
      const text = (f: string) => (o[f] === undefined ? undefined : typeof o[f] === 'string' ? (o[f] as string) : r.fail(`except[${i}].${f}`, '应为文字'));
      return { schedule: r.scheduleId(`except[${i}].schedule`, o.schedule), row: text('row'), col: text('col') };
    });
    return { ...base, kind, schedules: r.optionalScheduleList('schedules'), except };
  };
}

/** Present schedules the rule looks at, in model order. */
export function schedulesOf(rule: PlausibilityRule, ctx: RuleContext): ScheduleInstance[] {
  const out: ScheduleInstance[] = [];
  for (const s of ctx.model.schedules.values()) if (!rule.schedules || rule.schedules.includes(s.id)) out.push(s);
  return out;
}

export function isExcepted(rule: PlausibilityRule, sched: ScheduleInstance, row: string, col: string): boolean {
  return rule.except.some((e) => e.schedule === sched.id && (!e.row || e.row === row) && (!e.col || e.col === col));
}

/**
 * Visit every figure cell of a schedule with its row and column, row by row. A callback, not a
 * generator: three rules visit every cell of every schedule, and a generator's step and the
 * object it yields per cell cost more than the rules' own checks.
 */
export function eachCell(sched: ScheduleInstance, kinds: ColumnKind[], visit: (row: RowInfo, col: string, cell: ValueCell) => void): void {
  // The figure columns once per schedule, not a kinds.includes per cell.
  const cols = sched.columns.filter((c) => kinds.includes(c.kind));
  for (const row of sched.rows) {
    for (const col of cols) {
      const cell = cellAt(sched, row.key, col.key);
      if (cell) visit(row, col.key, cell);
    }
  }
}

/** The value cells of one row (to point at a row whose label cell is not recorded). */
export function rowCells(sched: ScheduleInstance, row: RowInfo): CellRef[] {
  const out: CellRef[] = [];
  for (const c of sched.columns) {
    const cell = cellAt(sched, row.key, c.key);
    if (cell) out.push(cell.ref);
  }
  return out;
}

/** A plausibility failure. */
export function flag(rule: PlausibilityRule, sched: ScheduleInstance, message: string, cells: CellRef[], severity = rule.severity): Finding {
  return { rule: rule.id, severity, outcome: 'fail', message: `${titleOf(sched.id, sched)}：${message}`, unit: sched.unit, cells, schedule: sched.id };
}

/** The single pass a plausibility rule reports when it found nothing. */
export function passOrFindings(rule: PlausibilityRule, ctx: RuleContext, found: Finding[], what: string): Finding[] {
  if (found.length > 0) return found;
  return [{ rule: rule.id, severity: 'info', outcome: 'pass', message: `未发现${what}`, unit: modelUnit(ctx.model), cells: [] }];
}
