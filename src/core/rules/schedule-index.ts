import { ColumnInfo, RowInfo, ScheduleInstance, VALUE_KEY_SEPARATOR, ValueCell, splitValueKey, valueKey } from '../schedules/model';

const VALUE_KEY_SEPARATOR_CODE = VALUE_KEY_SEPARATOR.charCodeAt(0);

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

/** A schedule's value cells by row key, then column key. */
type CellGrid = Map<string, Map<string, ValueCell>>;

/** The run under way (see withCellGrids): its grids, and the last one used. */
interface GridRun {
  grids: WeakMap<ScheduleInstance, CellGrid>;
  sched?: ScheduleInstance;
  grid?: CellGrid;
}

let activeRun: GridRun | undefined;

/**
 * Run `fn` (one run of the rules) with each schedule's cells indexed by row, then column.
 * A run reads every cell several times, and a lookup by the joined `valueKey` builds and
 * hashes a new string each time (a tenth of a batch check went there). The grids live for
 * the run only: a model's values may be replaced between runs (tests edit cells in place),
 * and the values map gives no sign of it that an index kept longer could check.
 */
export function withCellGrids<T>(fn: () => T): T {
  const outer = activeRun;
  activeRun ??= { grids: new WeakMap() };
  try {
    return fn();
  } finally {
    activeRun = outer;
  }
}

function buildGrid(sched: ScheduleInstance): CellGrid {
  const grid: CellGrid = new Map();
  let row = '';
  let cols: Map<string, ValueCell> | undefined;
  for (const [key, cell] of sched.values) {
    // The recogniser stores a row's cells together: while the keys start with the same row,
    // only the column is cut out.
    if (!cols || key.charCodeAt(row.length) !== VALUE_KEY_SEPARATOR_CODE || !key.startsWith(row)) {
      row = splitValueKey(key)[0];
      cols = grid.get(row);
      if (!cols) grid.set(row, (cols = new Map()));
    }
    cols.set(key.slice(row.length + 1), cell);
  }
  return grid;
}

function gridOf(sched: ScheduleInstance, r: GridRun): CellGrid {
  if (r.sched === sched && r.grid) return r.grid;
  let grid = r.grids.get(sched);
  if (!grid) r.grids.set(sched, (grid = buildGrid(sched)));
  r.sched = sched;
  r.grid = grid;
  return grid;
}

/** The cell at (row, col) of a schedule: `sched.values.get(valueKey(row, col))`, faster inside a run. */
export function cellAt(sched: ScheduleInstance, row: string, col: string): ValueCell | undefined {
  if (!activeRun) return sched.values.get(valueKey(row, col));
  return gridOf(sched, activeRun).get(row)?.get(col);
}
