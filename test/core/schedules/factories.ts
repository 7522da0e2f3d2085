import { CellRange, CellValue, GridCell, SheetGrid, WorkbookSource, gridFromRows } from '../../../src/core/grid/sheet-grid';

/**
 * Small builders for schedule sheets: a sheet is a stack of parts (title lines, header,
 * body, footnote), each a block of rows with its merges, so tests can place two schedules
 * on one sheet or move a table down without recomputing merge coordinates by hand.
 */
export type Cell = CellValue | GridCell | undefined;

export interface Part {
  rows: Cell[][];
  merges: CellRange[];
}

export const part = (rows: Cell[][], merges: CellRange[] = []): Part => ({ rows, merges });

export const blank = (n = 1): Part => part(Array.from({ length: n }, () => []));

/** Parts one below the other; merges move down with their part. */
export function stack(...parts: Part[]): Part {
  const out: Part = { rows: [], merges: [] };
  for (const p of parts) {
    const offset = out.rows.length;
    out.rows.push(...p.rows);
    out.merges.push(...p.merges.map((m) => ({ ...m, top: m.top + offset, bottom: m.bottom + offset })));
  }
  return out;
}

export function sheet(name: string, ...parts: Part[]): SheetGrid {
  const all = stack(...parts);
  return gridFromRows(name, all.rows, all.merges);
}

export const workbook = (file: string, ...sheets: SheetGrid[]): WorkbookSource => ({ file, sheets });

const merge = (top: number, left: number, bottom: number, right: number): CellRange => ({ top, left, bottom, right });

/** Title, optional code at the right, optional separate year line, and the unit line. */
export function titleLines(title: string, opts: { code?: string; unitName?: string; unit?: string; yearLine?: string; width?: number } = {}): Part {
  const width = opts.width ?? 4;
  const rows: Cell[][] = [];
  const titleRow: Cell[] = [title];
  if (opts.code) titleRow[width - 1] = opts.code;
  rows.push(titleRow);
  if (opts.yearLine) rows.push([opts.yearLine]);
  const unitRow: Cell[] = [opts.unitName === undefined ? '编制单位：某某局' : opts.unitName];
  if (opts.unit !== '') unitRow[width - 1] = `金额单位：${opts.unit ?? '万元'}`;
  rows.push(unitRow);
  return part(rows);
}

/**
 * Header rows from label columns and amount column paths ("本年支出/合计"): one row when no
 * path has two levels, else two rows with the upper level merged across its columns and
 * single-level headers merged down.
 */
export function header(labels: string[], paths: string[], opts: { columnNumbers?: boolean; mergeLabels?: boolean } = {}): Part {
  const split = paths.map((p) => p.split('/'));
  const depth = Math.max(1, ...split.map((s) => s.length));
  const cols = [...labels.map((l) => [l]), ...split];
  const rows: Cell[][] = Array.from({ length: depth }, () => []);
  const merges: CellRange[] = [];
  cols.forEach((levels, c) => {
    if (levels.length === 1) {
      rows[0][c] = levels[0];
      if (depth > 1) merges.push(merge(0, c, depth - 1, c));
      return;
    }
    levels.forEach((l, d) => {
      const prev = cols[c - 1];
      if (d === 0 && prev && prev.length > 1 && prev[0] === l) return; // continues the merge to the left
      rows[d][c] = l;
    });
  });
  if (depth > 1) {
    let c = 0;
    while (c < cols.length) {
      let e = c;
      while (cols[c].length > 1 && e + 1 < cols.length && cols[e + 1].length > 1 && cols[e + 1][0] === cols[c][0]) e++;
      if (e > c) merges.push(merge(0, c, 0, e));
      c = e + 1;
    }
  }
  if (opts.columnNumbers) rows.push(['栏次', ...labels.slice(1).map(() => undefined), ...paths.map((_, i) => i + 1)]);
  return part(rows, merges);
}

export interface SubjectRow {
  code?: string;
  name: string;
  values: Cell[];
}

/** Body rows of a subject table with one code column: code | name | values. */
export function singleCodeRows(rows: SubjectRow[]): Part {
  return part(rows.map((r) => [r.code, r.name, ...r.values]));
}

/**
 * Body rows with 类 | 款 | 项 fragments, written only where the group changes (206 | 01 | 01,
 * then blank 类 and 款 on the following rows of the same group).
 */
export function splitCodeRows(rows: SubjectRow[]): Part {
  let cls = '';
  let kuan = '';
  return part(
    rows.map((r) => {
      if (!r.code) return [r.name, undefined, undefined, undefined, ...r.values];
      const c = r.code.slice(0, 3);
      const k = r.code.slice(3, 5);
      const x = r.code.slice(5, 7);
      const newClass = c !== cls;
      if (newClass) {
        cls = c;
        kuan = '';
      }
      const writeKuan = k !== '' && k !== kuan;
      if (k) kuan = k;
      return [newClass ? c : undefined, writeKuan ? k : undefined, x || undefined, r.name, ...r.values];
    }),
  );
}

export const footnote = (text = '注：本表反映部门本年度的收支情况。'): Part => part([[text]]);

/** A whole subject table: title lines, a one-row (or path) header, code | name | values rows. */
export function subjectTable(title: string, columns: string[], rows: SubjectRow[], opts: { code?: string; unit?: string; unitName?: string } = {}): Part {
  return stack(titleLines(title, { width: columns.length + 2, ...opts }), header(['科目编码', '科目名称'], columns), singleCodeRows(rows));
}

/** A small functional subject body: 合计, one class, one 项 below it. */
export const smallSubjectRows = (amount: number, width: number): SubjectRow[] => [
  { name: '合计', values: Array.from({ length: width }, () => amount) },
  { code: '201', name: '一般公共服务支出', values: Array.from({ length: width }, () => amount) },
  { code: '2010101', name: '行政运行', values: Array.from({ length: width }, () => amount) },
];
