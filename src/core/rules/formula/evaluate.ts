import { Fen, Unit, formatAmount, toFen } from '../../grid/units';
import { WorkbookModel } from '../../schedules/model';
import { cellsOf, unreadableFinding, unresolvedFinding } from '../compare';
import { Unresolved, cellName, modelUnit, operandName, titleOf } from '../context';
import { Finding } from '../finding';
import { FormulaRule } from '../spec';
import { coarsestUnit, toleranceFen } from '../tolerance';
import { Comparator, Comparison, FormulaTerm } from './ast';
import { ResolvedRef, resolveReference } from './resolve';

/**
 * Checking a formula rule on one workbook: resolve every reference (of the formula and of
 * its `when`), compare the two sides within the rounding tolerance, and report one finding
 * that points at every cell the formula read.
 */

interface Term {
  term: FormulaTerm;
  /** Absent for a number written in the formula. */
  ref?: ResolvedRef;
}

interface Resolved {
  left: Term[];
  right: Term[];
}

function resolveSide(model: WorkbookModel, terms: FormulaTerm[]): { ok: true; side: Term[] } | { ok: false; why: Unresolved } {
  const side: Term[] = [];
  for (const term of terms) {
    const op = term.operand;
    if (op.kind === 'number') {
      side.push({ term });
      continue;
    }
    const r = resolveReference(model, op, term.sign < 0);
    if (!r.ok) return r;
    side.push({ term, ref: r.ref });
  }
  return { ok: true, side };
}

function resolveComparison(model: WorkbookModel, c: Comparison): { ok: true; value: Resolved } | { ok: false; why: Unresolved } {
  const left = resolveSide(model, c.left);
  if (!left.ok) return left;
  const right = resolveSide(model, c.right);
  if (!right.ok) return right;
  return { ok: true, value: { left: left.side, right: right.side } };
}

const valuesOf = (terms: Term[]) => terms.flatMap((t) => t.ref?.values ?? []);
const refsOf = (r: Resolved) => [...r.left, ...r.right].flatMap((t) => (t.ref ? [t.ref] : []));

/** Σ ±term in 分; numbers written in the formula are in `unit`. */
function total(terms: Term[], unit: Unit): Fen {
  let sum = 0;
  for (const t of terms) {
    if (t.term.operand.kind === 'number') sum += t.term.sign * toFen(t.term.operand.value, unit);
    else for (const v of t.ref!.values) sum += t.term.sign * (v.fen ?? 0);
  }
  return sum;
}

function termName(t: Term, cross: boolean, unit: Unit): string {
  const op = t.term.operand;
  if (op.kind === 'number') return formatAmount(toFen(op.value, unit), unit);
  const ref = t.ref!;
  if (op.kind === 'ref') return operandName(ref.values[0], cross);
  const name = cellName(ref.sched, undefined, `代码以${op.prefix}开头的各科目之和`, ref.col);
  return cross ? `${titleOf(ref.sched.id, ref.sched)}“${name}”` : name;
}

function sideName(terms: Term[], cross: boolean, unit: Unit): string {
  if (terms.length > 4) return `${termName(terms[0], cross, unit)}等 ${terms.length} 项之和`;
  return terms.map((t, i) => `${t.term.sign < 0 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + '}${termName(t, cross, unit)}`).join('');
}

const SYMBOL: Record<Comparator, string> = { '=': '=', '<=': '≤', '>=': '≥', '<': '<', '>': '>' };

function holds(op: Comparator, d: Fen): boolean {
  return op === '=' ? d === 0 : op === '<=' ? d <= 0 : op === '>=' ? d >= 0 : op === '<' ? d < 0 : d > 0;
}

/** How far a failing comparison is off (left − right = `d`), for the rounding tolerance. */
function offBy(op: Comparator, d: Fen): Fen {
  return op === '=' ? Math.abs(d) : op === '<=' || op === '<' ? d : -d;
}

interface Evaluated {
  left: Fen;
  right: Fen;
  holds: boolean;
  /** 收入总计 100.00 and 支出总计 100.00: each side named with its figure. */
  leftText: string;
  rightText: string;
}

/** A side named with its figure; a side that is one number is just the number. */
function sideText(terms: Term[], value: Fen, cross: boolean, unit: Unit): string {
  const only = terms.length === 1 && terms[0].term.operand.kind === 'number';
  return only ? formatAmount(value, unit) : `${sideName(terms, cross, unit)} ${formatAmount(value, unit)}`;
}

function evaluate(c: Comparison, r: Resolved, unit: Unit, cross: boolean): Evaluated {
  const left = total(r.left, unit);
  const right = total(r.right, unit);
  return {
    left,
    right,
    holds: holds(c.op, left - right),
    leftText: sideText(r.left, left, cross, unit),
    rightText: sideText(r.right, right, cross, unit),
  };
}

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(left|right|difference|unit)\}/g, (_m, name: string) => values[name]);
}

/**
 * The finding of a formula rule on one workbook: pass, fail (within the rounding tolerance:
 * info), not_applicable when its `when` does not hold or an optional schedule or a subject
 * row is absent, insufficient_data when a reference does not resolve or a cell cannot be read.
 */
export function runFormula(rule: FormulaRule, model: WorkbookModel): Finding {
  const main = resolveComparison(model, rule.formula);
  if (!main.ok) return unresolvedFinding(rule, main.why, modelUnit(model));
  const cond = rule.when ? resolveComparison(model, rule.when) : undefined;
  if (cond && !cond.ok) return unresolvedFinding(rule, cond.why, modelUnit(model));
  const resolved = main.value;
  const when = cond?.value;
  const refs = [...refsOf(resolved), ...(when ? refsOf(when) : [])];
  const values = [...valuesOf(resolved.left), ...valuesOf(resolved.right), ...(when ? [...valuesOf(when.left), ...valuesOf(when.right)] : [])];
  const unit = refs[0].sched.unit;
  const cross = new Set(refs.map((r) => r.sched.id)).size > 1;
  const base = { rule: rule.id, unit, cells: cellsOf(values), schedule: refs[0].sched.id };
  const prefix = cross ? '' : `${titleOf(refs[0].sched.id, refs[0].sched)}：`;
  const unreadable = unreadableFinding(rule, values, cross);
  if (unreadable) return unreadable;
  if (rule.when && when) {
    const w = evaluate(rule.when, when, unit, cross);
    if (!w.holds) return { ...base, severity: 'info', outcome: 'not_applicable', message: `${prefix}条件 ${w.leftText} ${SYMBOL[rule.when.op]} ${w.rightText} 不成立，不适用` };
  }
  const e = evaluate(rule.formula, resolved, unit, cross);
  const difference = e.left - e.right;
  const figures = { actual: e.left, expected: e.right, difference };
  const op = rule.formula.op;
  if (e.holds) return { ...base, ...figures, severity: 'info', outcome: 'pass', message: `${prefix}${e.leftText} ${SYMBOL[op]} ${e.rightText} ${unit}` };
  const n = Math.max(valuesOf(resolved.left).length, valuesOf(resolved.right).length);
  const tol = toleranceFen(rule.tolerance, unit, coarsestUnit(refs.map((r) => r.sched.unit)), n);
  // A strict comparison can fail by 0 (equal sides): rounding explains that only when there is a tolerance.
  const within = tol > 0 && offBy(op, difference) <= tol;
  const fmt = (f: Fen) => formatAmount(f, unit);
  const body = rule.message
    ? fill(rule.message, { left: fmt(e.left), right: fmt(e.right), difference: fmt(Math.abs(difference)), unit })
    : `${prefix}${e.leftText} ${op === '=' ? '≠' : `不满足 ${SYMBOL[op]}`} ${e.rightText}，相差 ${fmt(Math.abs(difference))} ${unit}`;
  return { ...base, ...figures, severity: within ? 'info' : rule.severity, outcome: 'fail', message: within ? `${body}，在四舍五入误差（${fmt(tol)} ${unit}）以内` : body };
}
