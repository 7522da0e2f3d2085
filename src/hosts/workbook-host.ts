import { ExcelChartPlan } from '../core/charts/excel-plan';
import { CellRef, WorkbookSource } from '../core/grid/sheet-grid';

/**
 * What the task pane needs from wherever the workbook lives: Excel through Office.js
 * (src/hosts/excel) or an .xlsx file opened in the preview page (src/preview). The pane
 * talks only to this interface.
 */

/** The user's note on one finding: an explanation (出错说明) and/or an ignore mark. */
export interface Annotation {
  explanation?: string;
  ignored?: boolean;
  /** ISO time of the last change. */
  updatedAt: string;
}

/** Annotations by finding key (src/core/rules/finding-key.ts). */
export type Annotations = Record<string, Annotation>;

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
  /** The annotations stored in the workbook (custom XML part or settings in Excel). */
  loadAnnotations(): Promise<Annotations>;
  saveAnnotations(annotations: Annotations): Promise<void>;
  /** Call `callback` when a worksheet's content changes; returns a function that stops it. */
  onChanged(callback: () => void): Promise<() => void>;
  /**
   * Replace the content of an add-in-owned sheet (name starts with OWNED_SHEET_PREFIX) with
   * `rows`, creating it if needed. Never touches any other sheet.
   */
  writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void>;
  /**
   * The add-in's own data stored in the workbook under `name` (e.g. last year's figures),
   * as text (JSON); undefined when nothing is stored. Excel: a custom XML part; preview:
   * a hidden add-in-owned sheet in the downloaded copy.
   */
  loadAddinData(name: string): Promise<string | undefined>;
  saveAddinData(name: string, text: string): Promise<void>;
  /**
   * Create native Excel charts from a plan on the plan's add-in-owned sheet, replacing what
   * an earlier run put there; absent where native charts are impossible (the preview).
   */
  insertCharts?(plan: ExcelChartPlan): Promise<void>;
}

/** Sheets the add-in owns and may write to start with this prefix (defined in core). */
export { OWNED_SHEET_PREFIX } from '../core/charts/owned-sheet';
