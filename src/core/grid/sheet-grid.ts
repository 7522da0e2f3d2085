/**
 * SheetGrid: one worksheet as plain data. It is the only input type that crosses from a
 * host (Office.js, ExcelJS, a test) into the core, so every host fills it the same way.
 *
 * Coordinates are 0-based (row, col); `address` helpers turn them into A1 text.
 */

/** An Excel error value such as #REF! or #DIV/0!, kept as an error, never as a number. */
export interface CellError {
  error: string;
}

/** The value a cell shows: a number, text, a boolean, an error, or nothing. */
export type CellValue = number | string | boolean | CellError | null;

export interface GridCell {
  /** The value Excel shows (for a formula, its cached result). */
  value: CellValue;
  /** The formatted text Excel displays, when the host knows it. */
  text?: string;
  /** The number format code, e.g. "#,##0.00" or "@" (text). */
  numFmt?: string;
  /** The formula without the leading "=", when the cell holds one. */
  formula?: string;
  /** True when the cell holds a formula whose result was never calculated or saved. */
  formulaWithoutValue?: boolean;
}

/** A merged area, 0-based and inclusive; its value lives in the top-left cell. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetGrid {
  /** The worksheet's name as the user sees it on the tab. */
  name: string;
  /** Row-major cells; rows may be shorter than others and entries may be null. */
  cells: (GridCell | null)[][];
  merges: CellRange[];
  hiddenRows?: number[];
  hiddenCols?: number[];
  /** True when the whole worksheet is hidden. */
  hidden?: boolean;
}

/** The sheets of one workbook, with the name of the file they came from (for messages). */
export interface WorkbookSource {
  file: string;
  sheets: SheetGrid[];
  /**
   * What the host could not read and the user should know, in Chinese (e.g. a sheet read in
   * its schedule region only because a stray far cell made its used range huge).
   */
  notices?: string[];
}

/** A cell a finding or a value points at. */
export interface CellRef {
  sheet: string;
  address: string;
}

/** Column index (0-based) to letters: 0 → "A", 25 → "Z", 26 → "AA". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A1 address of a 0-based cell position.
 * @example a1(0, 0) === 'A1'; a1(9, 27) === 'AB10'
 */
export function a1(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** Parse "AB10" into 0-based { row, col }; throws on text that is not an A1 address. */
export function parseA1(address: string): { row: number; col: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.trim().toUpperCase());
  if (!m) throw new Error(`not an A1 address: ${address}`);
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function isCellError(v: CellValue | undefined): v is CellError {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** The cell at (row, col), or null when absent. Merges are not resolved here. */
export function cellAt(grid: SheetGrid, row: number, col: number): GridCell | null {
  const r = grid.cells[row];
  return (r && r[col]) || null;
}

export function rowCount(grid: SheetGrid): number {
  return grid.cells.length;
}

export function colCount(grid: SheetGrid): number {
  let max = 0;
  for (const r of grid.cells) if (r && r.length > max) max = r.length;
  return max;
}

/** The merged area that covers (row, col), if any. */
export function mergeAt(grid: SheetGrid, row: number, col: number): CellRange | undefined {
  return grid.merges.find((m) => row >= m.top && row <= m.bottom && col >= m.left && col <= m.right);
}

/** Text of a cell as a person reads it: display text, else the value as text; '' for empty. */
export function cellText(cell: GridCell | null): string {
  if (!cell) return '';
  if (cell.text !== undefined && cell.text !== '') return cell.text;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return String(v);
}

/**
 * Build a grid from a 2-D array of plain values (tests, fixtures).
 * @example gridFromRows('Sheet1', [['收入支出决算总表'], ['项目', '金额']])
 */
export function gridFromRows(name: string, rows: (CellValue | GridCell | undefined)[][], merges: CellRange[] = []): SheetGrid {
  return {
    name,
    merges,
    cells: rows.map((r) =>
      r.map((v) => {
        if (v === undefined || v === null || v === '') return null;
        if (typeof v === 'object' && !isCellError(v as CellValue)) return v as GridCell;
        return { value: v as CellValue };
      }),
    ),
  };
}
