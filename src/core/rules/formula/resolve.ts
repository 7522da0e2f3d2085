import { scheduleDef } from '../../schedules/catalogue/schedules';
import { norm, stripNumbering } from '../../schedules/recognise/text';
import { ColumnInfo, RowInfo, ScheduleInstance, WorkbookModel } from '../../schedules/model';
import { OperandValue, Unresolved, cellValue, resolveSchedule, titleOf } from '../context';
import { FormulaRef, FormulaSum } from './ast';

/**
 * Resolving the references of a formula against one workbook: a row by subject code or
 * printed label, a column by printed header or the schedule's amount column. Whatever does
 * not resolve is said in a message naming the reference as the pack wrote it, never passed
 * over silently.
 */

/** A reference resolved: the figures it reads (one, or the rows of a SUM) and its schedule. */
export interface ResolvedRef {
  sched: ScheduleInstance;
  /** The column key read. */
  col: string;
  values: OperandValue[];
}

export type RefResolution = { ok: true; ref: ResolvedRef } | { ok: false; why: Unresolved };

/** The column a reference without `.栏名` reads, first present wins: the schedule's total or amount column. */
const AMOUNT_COLUMNS = ['金额', '合计', '本年支出合计', '本年收入合计', '决算数'];

const cleanLabel = (text: string): string => stripNumbering(norm(text));

function unresolved(ref: FormulaRef | FormulaSum, reason: string, outcome: Unresolved['outcome'] = 'insufficient_data'): { ok: false; why: Unresolved } {
  return { ok: false, why: { outcome, reason: `公式中的“${ref.text}”：${reason}`, schedule: ref.schedule } };
}

/** Distinct rows (by key), in sheet order. */
function distinct(rows: RowInfo[]): RowInfo[] {
  const seen = new Set<string>();
  return rows.filter((r) => !seen.has(r.key) && !!seen.add(r.key));
}

/** Rows a label names: its row key first, else its printed label, else a catalogue alias of the row. */
function rowsByLabel(sched: ScheduleInstance, text: string): RowInfo[] {
  const label = cleanLabel(text);
  const rows = sched.rows.filter((r) => !r.duplicateOf);
  const byKey = rows.find((r) => r.key === text || r.key === label);
  if (byKey) return [byKey];
  const byLabel = distinct(rows.filter((r) => cleanLabel(r.label) === label));
  if (byLabel.length > 0) return byLabel;
  const keys = new Set((scheduleDef(sched.id).items ?? []).filter((i) => i.aliases?.includes(label)).map((i) => i.key));
  return distinct(rows.filter((r) => keys.has(r.key)));
}

function findRow(sched: ScheduleInstance, ref: FormulaRef): { ok: true; row: RowInfo } | { ok: false; why: Unresolved } {
  const title = titleOf(sched.id, sched);
  if (ref.byCode) {
    const row = sched.rows.find((r) => r.code === ref.row && !r.duplicateOf);
    return row ? { ok: true, row } : unresolved(ref, `${title}没有科目代码为 ${ref.row} 的行，不适用`, 'not_applicable');
  }
  const rows = rowsByLabel(sched, ref.row);
  if (rows.length === 1) return { ok: true, row: rows[0] };
  if (rows.length === 0) return unresolved(ref, `${title}中找不到“${ref.row}”行，无法核对（请检查行名，或改用科目代码）`);
  const names = rows.slice(0, 4).map((r) => (r.code ? `${r.code} ${r.label}` : r.label));
  return unresolved(ref, `${title}中有 ${rows.length} 行叫“${ref.row}”（${names.join('；')}），无法确定是哪一行，请改用科目代码`);
}

function distinctColumns(cols: ColumnInfo[]): ColumnInfo[] {
  const seen = new Set<string>();
  return cols.filter((c) => !seen.has(c.key) && !!seen.add(c.key));
}

/** Columns a printed header names: the column key, else the header as read (all levels, or the last). */
function columnsByHeader(sched: ScheduleInstance, text: string): ColumnInfo[] {
  const header = norm(text);
  const byKey = sched.columns.find((c) => c.key === text || c.key === header);
  if (byKey) return [byKey];
  const byLabel = distinctColumns(sched.columns.filter((c) => norm(c.label) === header));
  if (byLabel.length > 0) return byLabel;
  const byLast = distinctColumns(sched.columns.filter((c) => norm(c.label.slice(c.label.lastIndexOf('/') + 1)) === header));
  if (byLast.length > 0) return byLast;
  const keys = new Set(scheduleDef(sched.id).columns.filter((c) => c.aliases.includes(header)).map((c) => c.key));
  return distinctColumns(sched.columns.filter((c) => keys.has(c.key)));
}

/** The schedule's amount column for a row of its block (T04: 金额 beside income rows, 合计 beside expenditure rows). */
function amountColumn(sched: ScheduleInstance, row?: RowInfo): string | undefined {
  const present = new Set(sched.columns.filter((c) => c.kind === 'amount').map((c) => c.key));
  const defs = scheduleDef(sched.id).columns;
  const fits = (key: string) => {
    const own = defs.filter((d) => d.key === key);
    return own.length === 0 || own.some((d) => !d.block || !row?.block || d.block === row.block);
  };
  const key = AMOUNT_COLUMNS.find((k) => present.has(k) && fits(k));
  return key ?? (present.size === 1 ? [...present][0] : undefined);
}

function findColumn(sched: ScheduleInstance, ref: FormulaRef | FormulaSum, row?: RowInfo): { ok: true; col: string } | { ok: false; why: Unresolved } {
  const title = titleOf(sched.id, sched);
  if (ref.col === undefined) {
    const col = amountColumn(sched, row);
    if (col) return { ok: true, col };
    const headers = distinctColumns(sched.columns.filter((c) => c.kind === 'amount')).map((c) => c.key);
    return unresolved(ref, `${title}有多个金额栏（${headers.join('、')}），请在引用后写明栏名，如“.${headers[0] ?? '决算数'}”`);
  }
  const cols = columnsByHeader(sched, ref.col);
  if (cols.length === 0) return unresolved(ref, `${title}中找不到“${ref.col}”栏，无法核对（请检查栏名）`);
  if (cols.length > 1) return unresolved(ref, `${title}中有 ${cols.length} 栏叫“${ref.col}”（${cols.map((c) => c.label).join('；')}），请写出完整表头，如“.[${cols[0].label}]”`);
  if (cols[0].kind !== 'amount') return unresolved(ref, `${title}的“${ref.col}”栏不是金额栏（${cols[0].kind === 'rate' ? '比率' : '数量'}），公式只核对金额`);
  return { ok: true, col: cols[0].key };
}

/**
 * The rows a SUM adds: those whose code begins with the prefix and is longer than it, each
 * amount once (a row is left out when a shorter row that also matches is present: 款 rows,
 * not their 项 rows again).
 */
export function prefixRows(sched: ScheduleInstance, prefix: string): RowInfo[] {
  const matched = sched.rows.filter((r) => !!r.code && /^\d+$/.test(r.code) && !r.duplicateOf && r.code.length > prefix.length && r.code.startsWith(prefix));
  const codes = new Set(matched.map((r) => r.code as string));
  return matched.filter((r) => {
    const code = r.code as string;
    for (let len = prefix.length + 1; len < code.length; len++) if (codes.has(code.slice(0, len))) return false;
    return true;
  });
}

/**
 * Resolve one reference or SUM against the workbook, reading its figures (negated when
 * `negate`).
 */
export function resolveReference(model: WorkbookModel, ref: FormulaRef | FormulaSum, negate: boolean): RefResolution {
  const s = resolveSchedule(model, ref.schedule);
  if (!s.ok) return { ok: false, why: { ...s.why, reason: `公式中的“${ref.text}”：${s.why.reason}` } };
  const sched = s.sched;
  if (ref.kind === 'sum') {
    const col = findColumn(sched, ref);
    if (!col.ok) return col;
    return { ok: true, ref: { sched, col: col.col, values: prefixRows(sched, ref.prefix).map((r) => cellValue(sched, r.key, col.col, negate)) } };
  }
  const row = findRow(sched, ref);
  if (!row.ok) return row;
  const col = findColumn(sched, ref, row.row);
  if (!col.ok) return col;
  return { ok: true, ref: { sched, col: col.col, values: [cellValue(sched, row.row.key, col.col, negate)] } };
}
