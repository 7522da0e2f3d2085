import { ScheduleId } from '../../schedules/model';

/**
 * The parsed form of a formula rule (`"formula": "T01[收入总计] = T01[支出总计]"`): two sides
 * of signed terms and a comparison. Parentheses are flattened into the terms' signs, so a
 * side is always Σ ±term. Positions are 1-based character columns in the formula text, for
 * messages.
 */

/** `T05[2060101].决算数`, `T01[收入总计]`: one figure, by subject code or printed label. */
export interface FormulaRef {
  kind: 'ref';
  schedule: ScheduleId;
  /** The row as written: a subject code (digits) or a printed label. */
  row: string;
  /** True when `row` is a subject code. */
  byCode: boolean;
  /** The column's printed header; absent means the schedule's amount column. */
  col?: string;
  /** The reference as written, for messages. */
  text: string;
  column: number;
}

/** `SUM(T05[206*].合计)`: the rows whose code begins with `prefix`, each amount counted once. */
export interface FormulaSum {
  kind: 'sum';
  schedule: ScheduleId;
  prefix: string;
  col?: string;
  text: string;
  column: number;
}

/** A number written in the formula, in the unit of the finding (`> 0`). */
export interface FormulaNumber {
  kind: 'number';
  value: number;
  text: string;
  column: number;
}

export type FormulaOperand = FormulaRef | FormulaSum | FormulaNumber;

export interface FormulaTerm {
  sign: 1 | -1;
  operand: FormulaOperand;
}

export type Comparator = '=' | '<=' | '>=' | '<' | '>';

/** `left op right`. */
export interface Comparison {
  left: FormulaTerm[];
  op: Comparator;
  right: FormulaTerm[];
  /** The formula as written. */
  text: string;
}
