import { countedFen, ParsedAmount } from '../grid/amount';
import { DEFAULT_UNIT, Fen, Unit } from '../grid/units';
import { scheduleDef } from '../schedules/catalogue/schedules';
import { templateSet } from '../templates';
import { RowInfo, ScheduleId, ScheduleInstance, ValueCell, WorkbookModel } from '../schedules/model';
import { cellAt, memoised, scheduleIndex } from './schedule-index';
import { CellOperand } from './spec';

/** What a rule kind sees while it runs. */
export interface RuleContext {
  model: WorkbookModel;
  prior?: WorkbookModel;
  /** Y-03 threshold given by the caller (fraction); overrides the pack's. */
  yoyThreshold?: number;
}

/** Where a schedule stands in a workbook. */
export type ScheduleState =
  | { kind: 'present'; sched: ScheduleInstance }
  | { kind: 'absent-optional' }
  | { kind: 'missing' }
  | { kind: 'not-in-template' };

export function scheduleState(model: WorkbookModel, id: ScheduleId): ScheduleState {
  const sched = model.schedules.get(id);
  if (sched) return { kind: 'present', sched };
  if (model.missing.includes(id)) return { kind: 'missing' };
  if (model.absentOptional.includes(id)) return { kind: 'absent-optional' };
  const entry = templateSet(model.template).schedules.find((e) => e.id === id);
  if (!entry) return { kind: 'not-in-template' };
  return entry.mandatory ? { kind: 'missing' } : { kind: 'absent-optional' };
}

/** The catalogue title of a schedule (what messages call it). */
export function titleOf(id: ScheduleId, sched?: ScheduleInstance): string {
  return sched?.canonicalTitle || scheduleDef(id).titles[0];
}

/** A resolved operand: its figure (undefined when unreadable) and its cell, if any. */
export interface OperandValue {
  sched: ScheduleInstance;
  rowKey: string;
  row?: RowInfo;
  col: string;
  /** Counted amount in 分; undefined when the cell cannot be read. */
  fen: Fen | undefined;
  cell?: ValueCell;
  negate: boolean;
  /** Operand of last year's workbook (cross-year rules). */
  prior?: boolean;
}

/** Why an operand could not be resolved, already phrased for a message. */
export interface Unresolved {
  outcome: 'not_applicable' | 'insufficient_data';
  reason: string;
  schedule: ScheduleId;
}

export type Resolution = { ok: true; value: OperandValue } | { ok: false; why: Unresolved };

/** Resolve a schedule to an instance, or explain why it cannot be used. */
export function resolveSchedule(model: WorkbookModel, id: ScheduleId, priorYear = false): { ok: true; sched: ScheduleInstance } | { ok: false; why: Unresolved } {
  const st = scheduleState(model, id);
  if (st.kind === 'present') return { ok: true, sched: st.sched };
  const title = `${priorYear ? '上年' : ''}${titleOf(id)}`;
  if (st.kind === 'missing') return { ok: false, why: { outcome: 'insufficient_data', reason: `缺少${title}，无法核对`, schedule: id } };
  if (st.kind === 'absent-optional') return { ok: false, why: { outcome: 'not_applicable', reason: `没有${title}，不适用`, schedule: id } };
  return { ok: false, why: { outcome: 'not_applicable', reason: `本模板没有${title}，不适用`, schedule: id } };
}

/** The first of the column alternatives that the schedule has. */
export function pickColumn(sched: ScheduleInstance, cols: string[]): string | undefined {
  const keys = scheduleIndex(sched).columnKeys;
  return cols.find((c) => keys.has(c));
}

/** The first row of a schedule with this key. */
export function findRow(sched: ScheduleInstance, key: string): RowInfo | undefined {
  return scheduleIndex(sched).rowsByKey.get(key);
}

/** True when the schedule has a column with this key. */
export function hasColumn(sched: ScheduleInstance, key: string): boolean {
  return scheduleIndex(sched).columnKeys.has(key);
}

/** Read (row, col) of a present schedule; a cell that is absent counts as a blank (zero). */
export function cellValue(sched: ScheduleInstance, rowKey: string, col: string, negate = false): OperandValue {
  const cell = cellAt(sched, rowKey, col);
  return {
    sched,
    rowKey,
    row: findRow(sched, rowKey),
    col,
    fen: cell ? countedFen(cell.parsed) : 0,
    cell,
    negate,
    // Always set, so that every operand has the same shape.
    prior: false,
  };
}

/** Resolve one cell operand against a model. */
export function resolveCell(model: WorkbookModel, op: CellOperand, priorYear = false): Resolution {
  const s = resolveSchedule(model, op.schedule, priorYear);
  if (!s.ok) return s;
  const sched = s.sched;
  const col = pickColumn(sched, op.col);
  const title = `${priorYear ? '上年' : ''}${titleOf(op.schedule, sched)}`;
  if (!col) return { ok: false, why: { outcome: 'not_applicable', reason: `${title}没有“${op.col.join('”或“')}”栏，不适用`, schedule: op.schedule } };
  if (!findRow(sched, op.row)) {
    if (op.optional) return { ok: true, value: { sched, rowKey: op.row, row: undefined, col, fen: 0, cell: undefined, negate: op.negate, prior: priorYear } };
    return { ok: false, why: { outcome: 'not_applicable', reason: `${title}没有“${displayKey(op.row)}”行，不适用`, schedule: op.schedule } };
  }
  const value = cellValue(sched, op.row, col, op.negate);
  value.prior = priorYear;
  return { ok: true, value };
}

/** Text made only of digits, separators, signs and brackets: a number typed ambiguously. */
const AMBIGUOUS_NUMBER = /^(?=.*[\d\uFF10-\uFF19])[\d\uFF10-\uFF19\s\u00a0\u3000,，.．()（）+\-－−]+$/;

/** True when unreadable text is a number whose writing could mean more than one figure ("1 2"). */
export function isAmbiguousNumber(p: ParsedAmount): boolean {
  return p.kind === 'text' && AMBIGUOUS_NUMBER.test(p.text);
}

/** Describe why a cell cannot be read (for insufficient_data messages). */
export function unreadableReason(p: ParsedAmount): string {
  switch (p.kind) {
    case 'error':
      return `错误值 ${p.code}`;
    case 'noValue':
      return '没有计算结果的公式';
    case 'text':
      return isAmbiguousNumber(p) ? `写法不明确的数字“${p.text}”` : `文字“${p.text}”`;
    case 'outOfRange':
      return `超出范围的数字“${p.text}”`;
    case 'notWhole':
      return `不是整数的个数“${p.text}”`;
    default:
      return '无法读取的内容';
  }
}

/** Row keys such as 年初财政拨款结转和结余/一般公共预算财政拨款 shown as 年初…（一般…）. */
export function displayKey(key: string): string {
  const i = key.indexOf('/');
  return i < 0 ? key : `${key.slice(0, i)}（${key.slice(i + 1)}）`;
}

/** How a message names a row: 2060101 行政运行, 合计, 本年收入合计. */
export function rowName(row: RowInfo | undefined, key: string): string {
  if (row?.code) return row.label && row.label !== row.code ? `${row.code} ${row.label}` : row.code;
  return displayKey(key);
}

/** True when a schedule has more than one amount column key, so messages must name the column. */
function needsColumn(sched: ScheduleInstance, col: string): boolean {
  if (col === '金额') return false;
  return memoised(sched, 'amount-keys', () => new Set(sched.columns.filter((c) => c.kind === 'amount').map((c) => c.key)).size) > 1;
}

/** Name of one figure inside its schedule: 2060101 行政运行（基本支出）. */
export function cellName(sched: ScheduleInstance, row: RowInfo | undefined, rowKey: string, col: string): string {
  const r = rowName(row, rowKey);
  return needsColumn(sched, col) ? `${r}（${col}）` : r;
}

/** Name of an operand; with the schedule's title when the comparison spans schedules. */
export function operandName(v: OperandValue, withSchedule: boolean): string {
  const name = cellName(v.sched, v.row, v.rowKey, v.col);
  if (!withSchedule) return name;
  return `${v.prior ? '上年' : ''}${titleOf(v.sched.id, v.sched)}“${name}”`;
}

/** The unit findings of a workbook are shown in when no operand decides it. */
export function modelUnit(model: WorkbookModel): Unit {
  return model.schedules.get('T01')?.unit ?? model.schedules.values().next().value?.unit ?? DEFAULT_UNIT;
}
