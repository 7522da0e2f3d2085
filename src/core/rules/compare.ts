import { CellRef } from '../grid/sheet-grid';
import { Fen, Unit, formatAmount } from '../grid/units';
import { OperandValue, Unresolved, operandName, titleOf, unreadableReason } from './context';
import { Finding } from './finding';
import { ActiveRule, Relation } from './spec';
import { coarsestUnit, toleranceFen } from './tolerance';

/**
 * Comparing two sides of a balance (sum, equals, less-or-equal, row sum, hierarchy, per-row,
 * cross-year) and turning the result into a Finding with a Chinese message.
 */

export interface Sides {
  left: OperandValue[];
  right: OperandValue[];
  relation: Relation;
  /** How the message names each side; default: the operands' names. */
  leftName?: string;
  rightName?: string;
  /** Operands on the summed side, for the rounding tolerance; default: the larger side. */
  n?: number;
}

const NONE: OperandValue[] = [];

/** Up to this many cells, a repeat is found by scanning the cells kept; beyond, by a set. */
const SCAN_LIMIT = 8;

/** Adds a cell to the cells seen (addresses by sheet); false when it was there already. */
function remember(seen: Map<string, Set<string>>, ref: CellRef): boolean {
  let inSheet = seen.get(ref.sheet);
  if (!inSheet) seen.set(ref.sheet, (inSheet = new Set()));
  if (inSheet.has(ref.address)) return false;
  inSheet.add(ref.address);
  return true;
}

function listed(refs: CellRef[], ref: CellRef): boolean {
  for (const r of refs) if (r.address === ref.address && r.sheet === ref.sheet) return true;
  return false;
}

/** Every operand's cell (of `values`, then of `more`), without repeats, in operand order. */
export function cellsOf(values: OperandValue[], more: OperandValue[] = NONE): CellRef[] {
  const out: CellRef[] = [];
  // No joined sheet+address key per cell: building and hashing it cost more than the scan.
  let seen: Map<string, Set<string>> | undefined;
  const total = values.length + more.length;
  for (let i = 0; i < total; i++) {
    const ref = (i < values.length ? values[i] : more[i - values.length]).cell?.ref;
    if (!ref || (seen ? !remember(seen, ref) : listed(out, ref))) continue;
    if (!seen && out.length === SCAN_LIMIT) {
      seen = new Map();
      for (const r of out) remember(seen, r);
      remember(seen, ref);
    }
    out.push(ref);
  }
  return out;
}

function signed(values: OperandValue[]): Fen {
  return values.reduce((s, v) => s + (v.negate ? -1 : 1) * (v.fen ?? 0), 0);
}

/** True when the operands come from more than one schedule (or from last year). */
export function spansSchedules(values: OperandValue[]): boolean {
  return values.length > 0 && leavesSchedule(values, values[0]);
}

/** 本年收入合计 + 年初结转和结余 − 本年支出合计, or 301 工资福利支出等 12 项之和. */
export function sideName(values: OperandValue[], withSchedule: boolean): string {
  if (values.length === 0) return '0';
  if (values.length > 4) return `${operandName(values[0], withSchedule)}等 ${values.length} 项之和`;
  return values
    .map((v, i) => `${i === 0 ? (v.negate ? '−' : '') : v.negate ? ' − ' : ' + '}${operandName(v, withSchedule)}`)
    .join('');
}

/** The prefix naming the schedule when every operand lies in it: 收入支出决算总表：. */
function prefixFor(first: OperandValue, cross: boolean): string {
  return cross ? '' : `${titleOf(first.sched.id, first.sched)}：`;
}

/** The finding for a rule that could not be resolved (schedule absent, row missing …). */
export function unresolvedFinding(rule: ActiveRule, why: Unresolved, unit: Unit, cells: CellRef[] = []): Finding {
  return {
    rule: rule.id,
    severity: why.outcome === 'insufficient_data' ? 'warning' : 'info',
    outcome: why.outcome,
    message: why.reason,
    unit,
    cells,
    schedule: why.schedule,
  };
}

/** insufficient_data when some operand cannot be read; undefined when all can. */
export function unreadableFinding(rule: ActiveRule, values: OperandValue[], cross = spansSchedules(values)): Finding | undefined {
  const bad = values.filter((v) => v.fen === undefined);
  if (bad.length === 0) return undefined;
  const what = bad.map((v) => `${operandName(v, cross)}为${v.cell ? unreadableReason(v.cell.parsed) : '无法读取的内容'}`).join('；');
  return {
    rule: rule.id,
    severity: 'warning',
    outcome: 'insufficient_data',
    message: `${prefixFor(values[0], cross)}无法核对：${what}`,
    unit: values[0].sched.unit,
    cells: cellsOf(values),
    schedule: values[0].sched.id,
  };
}

/** True when an operand of `values` is of another schedule than `first`, or of last year. */
function leavesSchedule(values: OperandValue[], first: OperandValue): boolean {
  for (const v of values) if (v.prior || v.sched.id !== first.sched.id) return true;
  return false;
}

function anyUnreadable(values: OperandValue[]): boolean {
  for (const v of values) if (v.fen === undefined) return true;
  return false;
}

/**
 * Compare Σ left with Σ right (= or ≤) and report pass, fail within tolerance (info) or
 * fail (the rule's severity).
 */
export function compareSides(rule: ActiveRule, s: Sides): Finding {
  // The rules make a finding per row and column (a tenth of a batch check's time went here):
  // the two sides are read where they are, not copied into one list.
  const { left, right } = s;
  const first = left.length > 0 ? left[0] : right[0];
  const cross = leavesSchedule(left, first) || leavesSchedule(right, first);
  if (anyUnreadable(left) || anyUnreadable(right)) return unreadableFinding(rule, [...left, ...right], cross) as Finding;
  const unit = first.sched.unit;
  const actual = signed(left);
  const expected = signed(right);
  const difference = actual - expected;
  const leftName = s.leftName ?? sideName(left, cross);
  const rightName = s.rightName ?? sideName(right, cross);
  const head = `${prefixFor(first, cross)}${leftName} ${formatAmount(actual, unit)}`;
  let severity: Finding['severity'] = 'info';
  let outcome: Finding['outcome'] = 'pass';
  let message: string;
  if (s.relation === 'eq' ? difference === 0 : difference <= 0) {
    message = `${head} ${s.relation === 'eq' ? '=' : '≤'} ${rightName} ${formatAmount(expected, unit)} ${unit}`;
  } else {
    const n = s.n ?? Math.max(left.length, right.length);
    const tol = toleranceFen(rule.tolerance, unit, coarsestUnit([...left, ...right].map((v) => v.sched.unit)), n);
    const within = Math.abs(difference) <= tol;
    const body =
      s.relation === 'eq'
        ? `${head} ≠ ${rightName} ${formatAmount(expected, unit)}，相差 ${formatAmount(Math.abs(difference), unit)} ${unit}`
        : `${head} 大于 ${rightName} ${formatAmount(expected, unit)}，超出 ${formatAmount(difference, unit)} ${unit}`;
    severity = within ? 'info' : rule.severity;
    outcome = 'fail';
    message = within ? `${body}，在四舍五入误差（${formatAmount(tol, unit)} ${unit}）以内` : body;
  }
  // One literal per finding, not { ...base, … }: V8 copies a spread base slowly.
  return { rule: rule.id, expected, actual, difference, unit, cells: cellsOf(left, right), schedule: first.sched.id, severity, outcome, message };
}
