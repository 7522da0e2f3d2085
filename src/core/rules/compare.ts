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

/** Every operand's cell, without repeats, in operand order. */
export function cellsOf(values: OperandValue[]): CellRef[] {
  const out: CellRef[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    const ref = v.cell?.ref;
    if (!ref) continue;
    const id = `${ref.sheet}\u0001${ref.address}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(ref);
  }
  return out;
}

function signed(values: OperandValue[]): Fen {
  return values.reduce((s, v) => s + (v.negate ? -1 : 1) * (v.fen ?? 0), 0);
}

/** True when the operands come from more than one schedule (or from last year). */
export function spansSchedules(values: OperandValue[]): boolean {
  return values.some((v) => v.prior || v.sched.id !== values[0].sched.id);
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
function prefixFor(values: OperandValue[], cross: boolean): string {
  return cross ? '' : `${titleOf(values[0].sched.id, values[0].sched)}：`;
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
    message: `${prefixFor(values, cross)}无法核对：${what}`,
    unit: values[0].sched.unit,
    cells: cellsOf(values),
    schedule: values[0].sched.id,
  };
}

/**
 * Compare Σ left with Σ right (= or ≤) and report pass, fail within tolerance (info) or
 * fail (the rule's severity).
 */
export function compareSides(rule: ActiveRule, s: Sides): Finding {
  const all = [...s.left, ...s.right];
  const cross = spansSchedules(all);
  const unreadable = unreadableFinding(rule, all, cross);
  if (unreadable) return unreadable;
  const unit = s.left[0]?.sched.unit ?? s.right[0].sched.unit;
  const fmt = (f: Fen) => formatAmount(f, unit);
  const actual = signed(s.left);
  const expected = signed(s.right);
  const difference = actual - expected;
  const n = s.n ?? Math.max(s.left.length, s.right.length);
  const tol = toleranceFen(rule.tolerance, unit, coarsestUnit(all.map((v) => v.sched.unit)), n);
  const leftName = s.leftName ?? sideName(s.left, cross);
  const rightName = s.rightName ?? sideName(s.right, cross);
  const head = `${prefixFor(all, cross)}${leftName} ${fmt(actual)}`;
  // One literal per finding, not { ...base, … }: V8 copies a spread base slowly, and the
  // rules make a finding per row and column (a tenth of a batch check's time went there).
  const finding = (severity: Finding['severity'], outcome: Finding['outcome'], message: string): Finding => ({
    rule: rule.id,
    expected,
    actual,
    difference,
    unit,
    cells: cellsOf(all),
    schedule: all[0].sched.id,
    severity,
    outcome,
    message,
  });
  const passes = s.relation === 'eq' ? difference === 0 : difference <= 0;
  if (passes) return finding('info', 'pass', `${head} ${s.relation === 'eq' ? '=' : '≤'} ${rightName} ${fmt(expected)} ${unit}`);
  const within = Math.abs(difference) <= tol;
  const body =
    s.relation === 'eq'
      ? `${head} ≠ ${rightName} ${fmt(expected)}，相差 ${fmt(Math.abs(difference))} ${unit}`
      : `${head} 大于 ${rightName} ${fmt(expected)}，超出 ${fmt(difference)} ${unit}`;
  return finding(within ? 'info' : rule.severity, 'fail', within ? `${body}，在四舍五入误差（${fmt(tol)} ${unit}）以内` : body);
}
