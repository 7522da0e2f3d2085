/**
 * Build WorkbookModel objects from plain data, for rule tests that do not need sheets:
 *
 *   schedule('T02', { rows: [['合计', 100, 60, 40], ['206', 100, 60, 40]] })
 *   workbook('national', [t01, t02, …])
 *
 * Tuple rows give figures in column order (for T01/T04, the columns of the row's block);
 * figures are in the schedule's unit (rates in percent). A cell input may be a number, null
 * (blank), '#REF!' (an error value), '1,234.00' (a number stored as text), other text, or
 * { noValue: 'SUM(C6:C9)' } (a formula without a cached value).
 */
import { ParsedAmount, parseNumberText } from '../../src/core/grid/amount';
import { a1 } from '../../src/core/grid/sheet-grid';
import { Unit, toFen } from '../../src/core/grid/units';
import { ECONOMIC_ITEMS } from '../../src/core/schedules/catalogue/economic-items';
import { FUNCTIONAL_CLASSES } from '../../src/core/schedules/catalogue/functional-classes';
import { scheduleDef } from '../../src/core/schedules/catalogue/schedules';
import { templateSet } from '../../src/core/templates';
import { ColumnInfo, ColumnKind, RowInfo, ScheduleId, ScheduleInstance, TemplateId, ValueCell, WorkbookModel, valueKey } from '../../src/core/schedules/model';

export type CellInput = number | string | null | undefined | { noValue: string };

export interface RowInput {
  key: string;
  label?: string;
  code?: string;
  block?: string;
  values?: Record<string, CellInput>;
}

export type RowSpec = RowInput | [string, ...CellInput[]];

export interface ColumnSpec {
  key: string;
  label?: string;
  kind?: ColumnKind;
  /** Summary schedules: the block whose tuple rows fill this column. */
  block?: 'income' | 'expenditure';
}

export interface ScheduleInput {
  rows: RowSpec[];
  /** Columns in order; default: the catalogue's mandatory columns. */
  columns?: (string | ColumnSpec)[];
  unit?: Unit;
  unitDeclared?: boolean;
  sheet?: string;
  emptyStatement?: string;
}

/** First grid row (0-based) of the data and first figure column: row i sits on sheet row 6 + i. */
const FIRST_ROW = 5;
const FIRST_COL = 2;

function defaultColumns(id: ScheduleId): ColumnSpec[] {
  const seen = new Set<string>();
  const out: ColumnSpec[] = [];
  for (const c of scheduleDef(id).columns) {
    if (c.optional) continue;
    if (seen.has(c.key) && !c.block) continue;
    seen.add(c.key);
    out.push({ key: c.key, kind: c.kind, block: c.block });
  }
  return out;
}

function columnSpec(id: ScheduleId, c: string | ColumnSpec): ColumnSpec {
  const spec = typeof c === 'string' ? { key: c } : c;
  const def = scheduleDef(id).columns.find((d) => d.key === spec.key);
  return { ...spec, kind: spec.kind ?? def?.kind ?? 'amount', block: spec.block ?? def?.block };
}

/** Read a cell input the way parseAmount would read the cell. */
export function parsedOf(input: CellInput, unit: Unit, kind: ColumnKind = 'amount'): ParsedAmount {
  if (input === null || input === undefined || input === '' || input === '-') return { kind: 'blank' };
  if (typeof input === 'object') return { kind: 'noValue', formula: input.noValue };
  const scale = (n: number) => (kind === 'rate' ? Math.round(n * 100) : kind === 'count' ? Math.round(n) : toFen(n, unit));
  if (typeof input === 'number') return { kind: 'number', fen: scale(input), fromText: false };
  if (input.startsWith('#')) return { kind: 'error', code: input };
  const n = parseNumberText(input.replace(/%$/, ''));
  return n === undefined ? { kind: 'text', text: input } : { kind: 'number', fen: scale(n), fromText: true };
}

function nameOf(code: string, id: ScheduleId): string {
  if (id === 'T06') return ECONOMIC_ITEMS.find((e) => e.code === code)?.name ?? code;
  return FUNCTIONAL_CLASSES.find((c) => c.code === code)?.name ?? `科目${code}`;
}

function blockOf(id: ScheduleId, key: string, code: string | undefined): string | undefined {
  const def = scheduleDef(id);
  if (id === 'T06') {
    if (key === '人员经费合计') return 'personnel';
    if (key === '公用经费合计') return 'public';
    return ECONOMIC_ITEMS.find((e) => e.code === code?.slice(0, 3))?.side;
  }
  if (def.layout !== 'summary') return undefined;
  return def.items?.find((i) => i.key === key)?.block ?? (code ? 'expenditure' : undefined);
}

/**
 * A schedule instance from rows of figures.
 * @example schedule('T05', { rows: [['合计', 30, 20, 10], ['201', 30, 20, 10]] })
 */
export function schedule(id: ScheduleId, input: ScheduleInput): ScheduleInstance {
  const unit = input.unit ?? '万元';
  const sheet = input.sheet ?? id;
  const columns = (input.columns ?? defaultColumns(id)).map((c) => columnSpec(id, c));
  const colInfos: ColumnInfo[] = [];
  for (const c of columns) if (!colInfos.some((x) => x.key === c.key)) colInfos.push({ key: c.key, label: c.label ?? c.key, kind: c.kind ?? 'amount' });
  const rows: RowInfo[] = [];
  const values = new Map<string, ValueCell>();
  input.rows.forEach((spec, i) => {
    const r: RowInput = Array.isArray(spec) ? { key: spec[0] } : spec;
    const [baseKey, dup] = r.key.split('#');
    const code = r.code ?? (/^\d+$/.test(baseKey) ? baseKey : undefined);
    const block = r.block ?? blockOf(id, baseKey, code);
    const row: RowInfo = { key: r.key, label: r.label ?? (code ? nameOf(code, id) : baseKey), gridRow: FIRST_ROW + i };
    if (code) {
      row.code = code;
      row.level = code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;
      if (row.level === undefined) delete row.level;
    }
    if (block) row.block = block;
    if (dup) row.duplicateOf = baseKey;
    rows.push(row);
    const rowCols = columns.filter((c) => !c.block || !block || c.block === block);
    const figures: Record<string, CellInput> = Array.isArray(spec)
      ? Object.fromEntries(spec.slice(1).map((v, j) => [rowCols[j].key, v]))
      : (r.values ?? {});
    for (const [col, v] of Object.entries(figures)) {
      const at = columns.findIndex((c) => c.key === col && (!c.block || !block || c.block === block));
      if (at < 0) throw new Error(`model-builder: ${id} has no column ${col}`);
      values.set(valueKey(r.key, col), { ref: { sheet, address: a1(FIRST_ROW + i, FIRST_COL + at) }, parsed: parsedOf(v, unit, columns[at].kind) });
    }
  });
  const title = scheduleDef(id).titles[0];
  return {
    id,
    title,
    canonicalTitle: title,
    sheet,
    titleRef: { sheet, address: 'A1' },
    unit,
    unitDeclared: input.unitDeclared ?? true,
    rows,
    columns: colInfos,
    values,
    stats: new Map(),
    emptyStatement: input.emptyStatement,
  };
}

/**
 * A workbook model of a template; schedules of the template not given are listed as
 * missing (mandatory) or absentOptional.
 */
export function workbook(template: TemplateId, schedules: ScheduleInstance[], extra: Partial<WorkbookModel> = {}): WorkbookModel {
  const present = new Set(schedules.map((s) => s.id));
  const entries = templateSet(template).schedules.filter((e) => !present.has(e.id));
  return {
    file: 'test.xlsx',
    template,
    schedules: new Map(schedules.map((s) => [s.id, s])),
    missing: entries.filter((e) => e.mandatory).map((e) => e.id),
    absentOptional: entries.filter((e) => !e.mandatory).map((e) => e.id),
    issues: [],
    unrecognizedSheets: [],
    ...extra,
  };
}

/** The cell of (schedule, row, col) in a model; throws when absent (a test defect). */
export function cellOf(model: WorkbookModel, id: ScheduleId, row: string, col: string): ValueCell {
  const v = model.schedules.get(id)?.values.get(valueKey(row, col));
  if (!v) throw new Error(`model-builder: no cell ${id} ${row} ${col}`);
  return v;
}

/** Replace the figure of an existing cell (keeps its address). */
export function setCell(model: WorkbookModel, id: ScheduleId, row: string, col: string, input: CellInput): void {
  const sched = model.schedules.get(id)!;
  const cell = cellOf(model, id, row, col);
  const kind = sched.columns.find((c) => c.key === col)?.kind ?? 'amount';
  sched.values.set(valueKey(row, col), { ref: cell.ref, parsed: parsedOf(input, sched.unit, kind) });
}

/** A deep copy of a model, so a test can change one cell without touching the original. */
export function cloneModel(model: WorkbookModel): WorkbookModel {
  const schedules = new Map<ScheduleId, ScheduleInstance>();
  for (const [id, s] of model.schedules) {
    schedules.set(id, { ...s, rows: s.rows.map((r) => ({ ...r })), columns: s.columns.map((c) => ({ ...c })), values: new Map(s.values), stats: new Map(s.stats) });
  }
  return { ...model, schedules, missing: [...model.missing], absentOptional: [...model.absentOptional] };
}
