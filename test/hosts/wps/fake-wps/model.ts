/**
 * The fake workbook's state: sheets of cells, merges, hidden lines, visibility, charts,
 * custom XML parts, the active sheet, the selection, and a log of what was written where.
 * Built from SheetGrids (the engine's plain data), so a test can put the bundled samples
 * into it exactly as the .xlsx host read them.
 */
import type { CellRange, CellValue, SheetGrid } from '../../../../src/core/grid/sheet-grid';
import { isDateFormat } from '../../../../src/hosts/excel/date-format';
import { FakeWpsError } from './expose';

export interface FakeCell {
  value: CellValue;
  numFmt?: string;
  formula?: string;
}

/** Visible: xlSheetVisible -1, xlSheetHidden 0, xlSheetVeryHidden 2 (lib.et.d.ts XlSheetVisibility). */
export type Visibility = -1 | 0 | 2;

export interface FakeChartRecord {
  name: string;
  left: number;
  top: number;
  width: number;
  height: number;
  chartType?: number;
  source?: string;
  plotBy?: number;
  hasTitle?: boolean;
  title?: string;
  hasLegend?: boolean;
  legendPosition?: number;
  axisTitle?: string;
  labels: Record<string, unknown>[];
}

export interface FakeSheet {
  name: string;
  visible: Visibility;
  cells: Map<string, FakeCell>;
  merges: CellRange[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  charts: FakeChartRecord[];
}

export interface FakeXmlPart {
  id: number;
  namespace: string;
  xml: string;
}

export const key = (r: number, c: number): string => `${r},${c}`;

const MS_PER_DAY = 86_400_000;
const EPOCH_1900_OFFSET = 25569;

/** A date cell as WPS holds it: the serial number (the .xlsx host gives yyyy-mm-dd text). */
function storedValue(value: CellValue, numFmt: string | undefined): CellValue {
  if (typeof value === 'string' && isDateFormat(numFmt) && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
    return Date.parse(`${value}T00:00:00Z`) / MS_PER_DAY + EPOCH_1900_OFFSET;
  }
  return value;
}

export function sheetFromGrid(grid: SheetGrid, visible: Visibility = grid.hidden ? 0 : -1): FakeSheet {
  const cells = new Map<string, FakeCell>();
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell || cell.value === null || cell.value === '') return;
      cells.set(key(r, c), { value: storedValue(cell.value, cell.numFmt), numFmt: cell.numFmt, formula: cell.formula });
    }),
  );
  return { name: grid.name, visible, cells, merges: grid.merges.map((m) => ({ ...m })), hiddenRows: new Set(grid.hiddenRows), hiddenCols: new Set(grid.hiddenCols), charts: [] };
}

export class FakeWorkbookState {
  name = '决算.xlsx';
  sheets: FakeSheet[];
  active: FakeSheet | undefined;
  parts: FakeXmlPart[] = [];
  nextPartId = 1;
  /** Every Select(): the sheet and the addresses. */
  selections: { sheet: string; address: string }[] = [];
  /** Every cell write (Value2, NumberFormat, Clear) by sheet name, and sheets added. */
  writes: { sheet: string; member: string; address: string }[] = [];
  added: string[] = [];
  /** Every chart call, in order ("ChartObjects.Add", "SetSourceData A2:C4", …). */
  chartCalls: string[] = [];
  /** The most cells one Value2 read of a block asked for. */
  largestRead = 0;
  /** Test hook: sheets whose UsedRange WPS refuses, as a damaged sheet would. */
  broken = new Set<string>();

  constructor(sheets: FakeSheet[]) {
    this.sheets = sheets;
    this.active = sheets.find((s) => s.visible === -1);
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new FakeWpsError(`下标越界: ${name}`);
    return s;
  }

  addSheet(after: FakeSheet | undefined): FakeSheet {
    let n = this.sheets.length + 1;
    while (this.sheets.some((s) => s.name === `Sheet${n}`)) n++;
    const sheet: FakeSheet = { name: `Sheet${n}`, visible: -1, cells: new Map(), merges: [], hiddenRows: new Set(), hiddenCols: new Set(), charts: [] };
    const at = after ? this.sheets.indexOf(after) + 1 : 0;
    this.sheets.splice(at, 0, sheet);
    // Worksheets.Add activates the new sheet (VBA Sheets.Add: "the new worksheet becomes the active sheet").
    this.active = sheet;
    this.added.push(sheet.name);
    return sheet;
  }

  rename(sheet: FakeSheet, name: string): void {
    if (this.sheets.some((s) => s !== sheet && s.name === name)) throw new FakeWpsError(`工作表名称“${name}”已存在`);
    if (name.length === 0 || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new FakeWpsError(`工作表名称无效: ${name}`);
    const old = sheet.name;
    sheet.name = name;
    this.added = this.added.map((n) => (n === old ? name : n));
  }
}
