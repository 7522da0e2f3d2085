import { ColumnInfo, RowInfo, ScheduleInstance } from '../schedules/model';

/**
 * Lookups the rules make over and over on one schedule (a row by key, whether a column
 * exists, the rows of a selector, the subject tree), built once per schedule so that a
 * run stays linear in the rows: a consolidated schedule has tens of thousands of 项 rows,
 * and finding each cell's row by scanning them made the rules quadratic.
 */
export interface ScheduleIndex {
  /** The first row of each key (what `rows.find` gave). */
  readonly rowsByKey: ReadonlyMap<string, RowInfo>;
  readonly columnKeys: ReadonlySet<string>;
  /** Derived lists (selector rows, the subject tree), each made on first use. */
  readonly memo: Map<string, unknown>;
}

interface Entry extends ScheduleIndex {
  rows: RowInfo[];
  rowCount: number;
  columns: ColumnInfo[];
  columnCount: number;
}

const built = new WeakMap<ScheduleInstance, Entry>();

/**
 * The index of a schedule. Rebuilt when the schedule's rows or columns were replaced or
 * grew since (tests and the pane may edit a model between runs); never stale.
 */
export function scheduleIndex(sched: ScheduleInstance): ScheduleIndex {
  const hit = built.get(sched);
  if (hit && hit.rows === sched.rows && hit.rowCount === sched.rows.length && hit.columns === sched.columns && hit.columnCount === sched.columns.length) return hit;
  const rowsByKey = new Map<string, RowInfo>();
  for (const r of sched.rows) if (!rowsByKey.has(r.key)) rowsByKey.set(r.key, r);
  const entry: Entry = {
    rowsByKey,
    columnKeys: new Set(sched.columns.map((c) => c.key)),
    memo: new Map(),
    rows: sched.rows,
    rowCount: sched.rows.length,
    columns: sched.columns,
    columnCount: sched.columns.length,
  };
  built.set(sched, entry);
  return entry;
}

/** `make(sched)` computed once per schedule index under `name`. */
export function memoised<T>(sched: ScheduleInstance, name: string, make: () => T): T {
  const { memo } = scheduleIndex(sched);
  if (!memo.has(name)) memo.set(name, make());
  return memo.get(name) as T;
}
