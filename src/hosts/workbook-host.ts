import { ExcelChartPlan } from '../core/charts/excel-plan';
import { CellRef, WorkbookSource } from '../core/grid/sheet-grid';
import type { StoredData, StoredRead } from '../core/stored';

export type { Annotation, Annotations } from '../core/stored';

/**
 * What the task pane needs from wherever the workbook lives: Excel through Office.js
 * (src/hosts/excel) or an .xlsx file opened in the preview page (src/preview). The pane
 * talks only to this interface.
 */

export interface ReadProgress {
  done: number;
  total: number;
}

export interface WorkbookHost {
  /** The workbook's name as the user knows it (file name). */
  readonly name: string;
  /** Read every sheet into SheetGrids. */
  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSource>;
  /** Select (Excel) or highlight (preview) the cells of a finding; the first cell gets focus. */
  selectCells(cells: CellRef[]): Promise<void>;
  /**
   * The add-in's stored-data document (src/core/stored) as the workbook holds it: its custom
   * XML part and its hidden sheet, or what an earlier version left, migrated.
   */
  loadStored(): Promise<StoredRead>;
  /**
   * Replace the stored document: a custom XML part where the host supports them, the hidden
   * sheet otherwise. Returns what was written (with its savedAt).
   */
  saveStored(data: StoredData): Promise<StoredData>;
  /** Call `callback` when a worksheet's content changes; returns a function that stops it. */
  onChanged(callback: () => void): Promise<() => void>;
  /**
   * Replace the content of an add-in-owned sheet (name starts with OWNED_SHEET_PREFIX) with
   * `rows`, creating it if needed. Never touches any other sheet.
   */
  writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void>;
  /**
   * Create native Excel charts from a plan on the plan's add-in-owned sheet, replacing what
   * an earlier run put there; absent where native charts are impossible (the preview).
   */
  insertCharts?(plan: ExcelChartPlan): Promise<void>;
  /**
   * Whether a write of the stored data clears the host's undo stack (Excel: writing a custom
   * XML part or a sheet); the pane then says so once before the first write.
   */
  readonly clearsUndoOnWrite?: boolean;
}

/** Sheets the add-in owns and may write to start with this prefix (defined in core). */
export { OWNED_SHEET_PREFIX } from '../core/charts/owned-sheet';
