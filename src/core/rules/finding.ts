import { CellRef } from '../grid/sheet-grid';
import { Fen, Unit } from '../grid/units';
import { ScheduleId } from '../schedules/model';

/** rules.md §1: severity of a failure. */
export type Severity = 'error' | 'warning' | 'info';

/** rules.md §1: outcome of one rule (or one instance of a rule) on one workbook. */
export type Outcome = 'pass' | 'fail' | 'not_applicable' | 'insufficient_data' | 'error';

/**
 * The result of checking one rule instance (one row of a per-row rule, one parent of a
 * hierarchy rule …). Amounts are in 分; `unit` says how to show them.
 */
export interface Finding {
  /** Rule id (T01-R01, X-03, Y-01, P-03 …). */
  rule: string;
  severity: Severity;
  outcome: Outcome;
  /** Chinese, with the quantities and the difference, no cell addresses. */
  message: string;
  expected?: Fen;
  actual?: Fen;
  /** actual − expected. */
  difference?: Fen;
  /** The unit the amounts are shown in (the schedule's unit). */
  unit: Unit;
  /** Every operand's cell, so the user can jump to them. */
  cells: CellRef[];
  /** The schedule the finding belongs to (the first operand's), for grouping. */
  schedule?: ScheduleId;
}

/** Findings that count against a workbook: failures of error severity. */
export function isBlocking(f: Finding): boolean {
  return f.outcome === 'fail' && f.severity === 'error';
}
