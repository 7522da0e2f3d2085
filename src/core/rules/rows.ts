import { ColumnInfo, RowInfo, ScheduleInstance } from '../schedules/model';
import { findRow } from './context';
import { memoised } from './schedule-index';
import { RowSelector } from './spec';

/** Row key of the grand-total row of subject schedules. */
export const TOTAL_ROW = '合计';

/** A functional class (类) row: a three-digit code. */
export function isClassRow(r: RowInfo): boolean {
  return !!r.code && r.code.length === 3 && !r.duplicateOf;
}

/** Rows of a schedule chosen by a selector, in sheet order (shared: do not modify). */
export function selectRows(sched: ScheduleInstance, sel: RowSelector): readonly RowInfo[] {
  return sel === 'all' ? sched.rows : memoised(sched, `rows:${sel}`, () => filterRows(sched, sel));
}

function filterRows(sched: ScheduleInstance, sel: RowSelector): RowInfo[] {
  switch (sel) {
    case 'all':
      return sched.rows;
    case 'subjects':
      return sched.rows.filter((r) => !!r.code && !r.duplicateOf);
    case 'classes':
      return sched.rows.filter(isClassRow);
    case 'income':
    case 'expenditure':
      return sched.rows.filter((r) => r.block === sel);
  }
}

/** A parent row and the rows directly beneath it in the classification. */
export interface RowGroup {
  parent: RowInfo;
  children: RowInfo[];
}

/**
 * The subject tree of a schedule, from codes: each coded row's parent is its nearest
 * present ancestor (206 for 2060101 when 20601 is absent); top-level rows belong to the
 * 合计 row when there is one. Rows repeating a code are left out (P-06 reports them).
 */
export function subjectTree(sched: ScheduleInstance): readonly RowGroup[] {
  return memoised(sched, 'subject-tree', () => buildSubjectTree(sched));
}

function buildSubjectTree(sched: ScheduleInstance): RowGroup[] {
  const coded = sched.rows.filter((r) => !!r.code && /^\d+$/.test(r.code) && !r.duplicateOf);
  const byCode = new Map(coded.map((r) => [r.code as string, r]));
  const total = findRow(sched, TOTAL_ROW);
  const groups = new Map<RowInfo, RowInfo[]>();
  const add = (p: RowInfo, c: RowInfo) => {
    const list = groups.get(p) ?? [];
    list.push(c);
    groups.set(p, list);
  };
  for (const r of coded) {
    const code = r.code as string;
    let parent: RowInfo | undefined;
    for (let len = code.length - 2; len >= 3 && !parent; len -= 2) parent = byCode.get(code.slice(0, len));
    if (parent) add(parent, r);
    else if (total) add(total, r);
  }
  return [...groups.entries()].map(([parent, children]) => ({ parent, children }));
}

/** Level of the children, for naming the summed side: 各类 / 各款 / 各项. */
export function childrenName(children: RowInfo[]): string {
  const len = children[0]?.code?.length ?? 0;
  if (len <= 3) return '各类之和';
  if (len <= 5) return '各款之和';
  return '各项之和';
}

const SUBTOTAL = /(小计|合计)$/;

function isSubtotal(c: ColumnInfo): boolean {
  return SUBTOTAL.test(c.key) || SUBTOTAL.test(c.label);
}

/** Amount columns of a schedule (no rates, no counts). */
export function amountColumns(sched: ScheduleInstance): ColumnInfo[] {
  return sched.columns.filter((c) => c.kind === 'amount');
}

/**
 * Leaf amount columns of an open-column detail table: not the total, not a 小计, and not a
 * header group above other columns (基本支出 above 基本支出/人员经费).
 */
export function leafColumns(sched: ScheduleInstance, totalKey: string): ColumnInfo[] {
  const cols = amountColumns(sched).filter((c) => c.key !== totalKey);
  return cols.filter((c) => !isSubtotal(c) && !cols.some((o) => o !== c && o.label.startsWith(`${c.label}/`)));
}

/** Group columns (基本支出/小计, or a header 基本支出 above its parts) with their leaves. */
export function columnGroups(sched: ScheduleInstance, totalKey: string): { group: ColumnInfo; parts: ColumnInfo[] }[] {
  const cols = amountColumns(sched).filter((c) => c.key !== totalKey);
  const leaves = leafColumns(sched, totalKey);
  const out: { group: ColumnInfo; parts: ColumnInfo[] }[] = [];
  for (const c of cols) {
    if (leaves.includes(c)) continue;
    const prefix = isSubtotal(c) && c.label.includes('/') ? c.label.slice(0, c.label.lastIndexOf('/')) : c.label;
    const parts = leaves.filter((l) => l.label.startsWith(`${prefix}/`));
    if (parts.length > 0) out.push({ group: c, parts });
  }
  return out;
}
