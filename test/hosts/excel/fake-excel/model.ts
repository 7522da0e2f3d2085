/**
 * The fake workbook's state: sheets of cells (value, number format, formula), merges,
 * hidden rows and columns, visibility, custom XML parts, selection and change listeners.
 * Client objects (proxies) read and write it only while a context syncs.
 */
import { type CellRange, type CellValue, type SheetGrid, isCellError } from '../../../../src/core/grid/sheet-grid';
import { FakeOfficeError, invalidArgument } from './errors';

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export interface FakeCell {
  value: CellValue;
  numFmt?: string;
  /** Without the leading "=". */
  formula?: string;
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FakeSheet {
  id: string;
  name: string;
  visibility: Visibility;
  /** row → col → cell */
  rows: Map<number, Map<number, FakeCell>>;
  merges: CellRange[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  /** Test hook: any load of cell data from this sheet fails, as a damaged sheet would. */
  broken?: boolean;
}

export interface CustomXmlPartData {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface ChangeListener {
  /**
   * 'workbook' for worksheets.onChanged, the sheet id for Worksheet.onChanged, and
   * 'workbook:<kind>' for the collection's onAdded, onDeleted, onNameChanged, onVisibilityChanged.
   */
  scope: string;
  handler: (args: unknown) => Promise<unknown>;
  context: object;
}

/** True when a cell counts for a values-only used range. */
export function hasValue(cell: FakeCell | undefined): boolean {
  return !!cell && ((cell.value !== null && cell.value !== '') || cell.formula !== undefined);
}

const FORBIDDEN = /[[\]:*?/\\]/;

export class FakeWorkbookModel {
  name = '决算.xlsx';
  sheets: FakeSheet[] = [];
  activeSheetId?: string;
  /** The last selection made through Range.select / RangeAreas.select. */
  selection?: { sheet: string; address: string };
  customXmlParts: CustomXmlPartData[] = [];
  listeners: ChangeListener[] = [];
  /** Ids of the sheets added during the sync that is running. */
  readonly addedInSync = new Set<string>();
  private nextId = 1;
  private nextPart = 1;

  /** A new custom XML part id, unique in the workbook. */
  newPartId(): string {
    return `{FAKE-XML-${this.nextPart++}}`;
  }

  /** Find a sheet by name (case-insensitive, as Excel does) or by id. */
  findSheet(key: string): FakeSheet | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  addSheet(name?: string): FakeSheet {
    let sheetName = name;
    if (sheetName === undefined) {
      let n = this.sheets.length + 1;
      while (this.findSheet(`Sheet${n}`)) n++;
      sheetName = `Sheet${n}`;
    }
    if (sheetName.length === 0 || sheetName.length > 31 || FORBIDDEN.test(sheetName) || /^'|'$/.test(sheetName)) {
      throw invalidArgument(`sheet name ${sheetName}`);
    }
    if (this.findSheet(sheetName)) throw new FakeOfficeError('ItemAlreadyExists', `A resource with the same name or identifier already exists. (${sheetName})`);
    const sheet: FakeSheet = {
      id: `{00000000-0001-0000-${String(this.nextId++).padStart(4, '0')}-000000000000}`,
      name: sheetName,
      visibility: 'Visible',
      rows: new Map(),
      merges: [],
      hiddenRows: new Set(),
      hiddenCols: new Set(),
    };
    this.sheets.push(sheet);
    this.addedInSync.add(sheet.id);
    this.activeSheetId ??= sheet.id;
    this.fireSheetEvent('added', { type: 'WorksheetAdded', worksheetId: sheet.id, source: 'Local' });
    return sheet;
  }

  /** Load a SheetGrid (values, formats, formulas, merges, hidden rows/columns, visibility). */
  addGrid(grid: SheetGrid): FakeSheet {
    const sheet = this.addSheet(grid.name);
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (!cell) return;
        const out: FakeCell = { value: cell.formulaWithoutValue ? null : cell.value };
        if (cell.numFmt) out.numFmt = cell.numFmt;
        if (cell.formula) out.formula = cell.formula;
        setCell(sheet, r, c, out);
      }),
    );
    sheet.merges = grid.merges.map((m) => ({ ...m }));
    for (const r of grid.hiddenRows ?? []) sheet.hiddenRows.add(r);
    for (const c of grid.hiddenCols ?? []) sheet.hiddenCols.add(c);
    if (grid.hidden) sheet.visibility = 'Hidden';
    return sheet;
  }

  deleteSheet(sheet: FakeSheet): void {
    if (this.sheets.filter((s) => s.visibility === 'Visible').length === 1 && sheet.visibility === 'Visible') {
      throw new FakeOfficeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    }
    this.sheets = this.sheets.filter((s) => s !== sheet);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')?.id;
    this.fireSheetEvent('deleted', { type: 'WorksheetDeleted', worksheetId: sheet.id, source: 'Local' });
  }

  renameSheet(sheet: FakeSheet, name: string): void {
    const other = this.findSheet(name);
    if (other && other !== sheet) throw new FakeOfficeError('ItemAlreadyExists', `A resource with the same name already exists. (${name})`);
    const nameBefore = sheet.name;
    sheet.name = name;
    this.fireSheetEvent('nameChanged', { type: 'WorksheetNameChanged', worksheetId: sheet.id, nameBefore, nameAfter: name, source: 'Local' });
  }

  setVisibility(sheet: FakeSheet, visibility: Visibility): void {
    const visibilityBefore = sheet.visibility;
    sheet.visibility = visibility;
    this.fireSheetEvent('visibilityChanged', { type: 'WorksheetVisibilityChanged', worksheetId: sheet.id, visibilityBefore, visibilityAfter: visibility, source: 'Local' });
  }

  /**
   * WorksheetCollection events (onAdded, onDeleted: ExcelApi 1.7; onNameChanged,
   * onVisibilityChanged: 1.17), asynchronously, with the argument shapes of
   * Excel.WorksheetAddedEventArgs and its siblings: ids only, never names.
   */
  fireSheetEvent(kind: 'added' | 'deleted' | 'nameChanged' | 'visibilityChanged', args: Record<string, unknown>): void {
    for (const l of this.listeners) if (l.scope === `workbook:${kind}`) void Promise.resolve().then(() => l.handler({ ...args }));
  }

  /** Deliver a WorksheetChanged event to the listeners, asynchronously as Excel does. */
  fireChanged(sheet: FakeSheet, address: string, triggerSource: 'Unknown' | 'ThisLocalAddin'): void {
    const args = { type: 'WorksheetChanged', worksheetId: sheet.id, address, changeType: 'RangeEdited', source: 'Local', triggerSource };
    for (const l of this.listeners) {
      if (l.scope === 'workbook' || l.scope === sheet.id) {
        void Promise.resolve().then(() => l.handler({ ...args }));
      }
    }
  }
}

export function getCell(sheet: FakeSheet, r: number, c: number): FakeCell | undefined {
  return sheet.rows.get(r)?.get(c);
}

export function setCell(sheet: FakeSheet, r: number, c: number, cell: FakeCell | undefined): void {
  if (cell === undefined || (cell.value === null && cell.numFmt === undefined && cell.formula === undefined)) {
    const row = sheet.rows.get(r);
    row?.delete(c);
    if (row && row.size === 0) sheet.rows.delete(r);
    return;
  }
  let row = sheet.rows.get(r);
  if (!row) sheet.rows.set(r, (row = new Map()));
  row.set(c, cell);
}

/** The used range: cells with values (valuesOnly) or also with formats and merges; null when none. */
export function usedExtent(sheet: FakeSheet, valuesOnly: boolean, within?: CellRange): CellRange | null {
  let ext: CellRange | null = null;
  const take = (r: number, c: number): void => {
    if (within && (r < within.top || r > within.bottom || c < within.left || c > within.right)) return;
    if (!ext) ext = { top: r, left: c, bottom: r, right: c };
    else {
      ext.top = Math.min(ext.top, r);
      ext.bottom = Math.max(ext.bottom, r);
      ext.left = Math.min(ext.left, c);
      ext.right = Math.max(ext.right, c);
    }
  };
  for (const [r, row] of sheet.rows) for (const [c, cell] of row) if (!valuesOnly || hasValue(cell)) take(r, c);
  if (!valuesOnly) {
    for (const m of sheet.merges) {
      take(m.top, m.left);
      take(m.bottom, m.right);
    }
  }
  return ext;
}

export function isErrorValue(v: CellValue): boolean {
  return isCellError(v);
}
