import { ScheduleId } from '../schedules/model';
import { Comparison } from './formula/ast';

/**
 * Rule specifications: the parsed, typed form of the rules in a rule pack (JSON). Every
 * operand is addressed by meaning — (schedule id, row key, column key) — never by cell.
 * A JSON rule with `each` is expanded at parse time into several specs sharing one id.
 */

/** Which rows of a schedule a per-row rule walks. */
export type RowSelector = 'all' | 'subjects' | 'classes' | 'income' | 'expenditure';

/** Relation checked between the two sides of a comparison. */
export type Relation = 'eq' | 'le';

/** Severity a failing rule carries (info is reserved for differences within tolerance). */
export type RuleSeverity = 'error' | 'warning';

/** One figure: (schedule, row, column). `col` lists alternatives; the first present is used. */
export interface CellOperand {
  schedule: ScheduleId;
  row: string;
  col: string[];
  /** Subtract instead of add (flow rules: 年初 + 收入 − 支出 = 年末). */
  negate: boolean;
  /** A missing row counts as zero instead of making the rule not applicable. */
  optional: boolean;
}

/** All rows chosen by a selector, in one column (e.g. Σ class rows of T01). */
export interface RowsOperand {
  schedule: ScheduleId;
  rows: RowSelector;
  col: string[];
  negate: boolean;
}

export type Operand = CellOperand | RowsOperand;

/** A column of one schedule, for per-row rules. */
export interface ColumnOperand {
  schedule: ScheduleId;
  col: string[];
}

/** A column term of a row sum. */
export interface ColumnPart {
  col: string;
  negate: boolean;
  /** A template may lack this column (it then counts as zero); otherwise its absence makes the rule not applicable. */
  optional: boolean;
}

interface RuleBase {
  id: string;
  /** Short description of the rule for lists; messages do not depend on it. */
  title?: string;
  severity: RuleSeverity;
  /** Tolerance override in the unit the finding is shown in (e.g. 0.01 for 万元). */
  tolerance?: number;
  /** The `each` value this spec was expanded from, when any. */
  variant?: string;
}

/** total = Σ parts. */
export interface SumRule extends RuleBase {
  kind: 'sum';
  total: CellOperand;
  parts: Operand[];
  /** How messages name the summed side (各项收入之和). */
  label?: string;
}

/** left = right. */
export interface EqualsRule extends RuleBase {
  kind: 'equals';
  left: CellOperand;
  right: CellOperand;
}

/** Σ left ≤ Σ right. */
export interface LessOrEqualRule extends RuleBase {
  kind: 'less-or-equal';
  left: CellOperand[];
  right: CellOperand[];
}

/** 合计 = Σ类, 类 = Σ款, 款 = Σ项 (economic: class = Σ items), for every amount column. */
export interface HierarchyRule extends RuleBase {
  kind: 'hierarchy';
  schedule: ScheduleId;
  /** Columns to check; all amount columns when absent. */
  cols?: string[];
}

/**
 * For every row: total column = Σ part columns. `leaves`: Σ of the leaf amount columns of
 * an open-column detail table; `groups`: every group (小计) column = Σ its own leaves.
 */
export interface RowSumRule extends RuleBase {
  kind: 'row-sum';
  schedule: ScheduleId;
  total: string;
  parts: ColumnPart[] | 'leaves' | 'groups';
  rows: RowSelector;
  label?: string;
}

/** For every row present on either side: left column (relation) right column. */
export interface PerRowRule extends RuleBase {
  kind: 'per-row';
  left: ColumnOperand;
  right: ColumnOperand;
  rows: RowSelector;
  relation: Relation;
}

export interface NonNegativeRule extends RuleBase {
  kind: 'non-negative';
  schedule: ScheduleId;
  cols?: string[];
}

/** The schedule (and the listed rows) must exist. */
export interface RequiredRule extends RuleBase {
  kind: 'required';
  schedule: ScheduleId;
  rows: string[];
}

/** Stated completion rate = actual / budget, computed, never read. */
export interface RateRule extends RuleBase {
  kind: 'rate';
  schedule: ScheduleId;
  actual: string;
  /** Budget column alternatives, first present wins (全年预算数 before 年初预算数). */
  budget: string[];
  rate: string;
  /** Decimals the template prints the rate with (tolerance is half a unit of the last). */
  decimals: number;
}

/** This year's figure = last year's figure. */
export interface CrossYearRule extends RuleBase {
  kind: 'cross-year';
  current: CellOperand;
  prior: CellOperand;
}

/** Change against last year beyond a threshold (fraction, 0.2 = 20 %). */
export interface ChangeRule extends RuleBase {
  kind: 'change';
  operands: CellOperand[];
  threshold?: number;
}

/** a fund column of T04 versus the presence and emptiness of its fund tables. */
export interface FundPresenceRule extends RuleBase {
  kind: 'fund-presence';
  source: CellOperand[];
  /** Tables that must exist when the fund has money, and be empty when not. */
  targets: ScheduleId[];
  /** Tables only checked for emptiness when the fund has no money. */
  emptyOnly: ScheduleId[];
}

export type PlausibilityKind =
  | 'negative-amounts'
  | 'unit-consistency'
  | 'subject-codes'
  | 'numeric-text'
  | 'unreadable-cells'
  | 'duplicate-codes';

/** A place exempt from a plausibility rule (negative amounts allowed there). */
export interface Exception {
  schedule: ScheduleId;
  row?: string;
  col?: string;
}

export interface PlausibilityRule extends RuleBase {
  kind: PlausibilityKind;
  /** Restrict to these schedules; all present schedules when absent. */
  schedules?: ScheduleId[];
  except: Exception[];
}

/** A rule written as a formula (`T01[收入总计] = T01[支出总计]`), checked only when `when` holds. */
export interface FormulaRule extends RuleBase {
  kind: 'formula';
  formula: Comparison;
  when?: Comparison;
  /** Failure message with {left}, {right}, {difference} and {unit} filled in. */
  message?: string;
}

/** A department pack's way of switching a built-in rule off. */
export interface DisabledRule {
  id: string;
  kind: 'disabled';
  disabled: true;
}

export type ActiveRule =
  | SumRule
  | EqualsRule
  | LessOrEqualRule
  | HierarchyRule
  | RowSumRule
  | PerRowRule
  | NonNegativeRule
  | RequiredRule
  | RateRule
  | CrossYearRule
  | ChangeRule
  | FundPresenceRule
  | PlausibilityRule
  | FormulaRule;

export type RuleSpec = ActiveRule | DisabledRule;

export type KindName = ActiveRule['kind'];

export function isRowsOperand(op: Operand): op is RowsOperand {
  return 'rows' in op;
}
