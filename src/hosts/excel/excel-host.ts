/// <reference types="office-js" />
/**
 * ExcelHost: the WorkbookHost of the Excel add-in. Everything it needs from Office comes
 * through its options (Excel.run, isSetSupported, document settings), so tests run it
 * against a fake of the object model and nothing here touches the Office global.
 */
import type { ExcelChartPlan } from '../../core/charts/excel-plan';
import type { CellRef, WorkbookSource } from '../../core/grid/sheet-grid';
import type { StoredData, StoredRead } from '../../core/stored';
import type { ReadProgress, WorkbookHost } from '../workbook-host';
import { DEFAULT_DEBOUNCE_MS, systemTimer, watchChanges } from './change-watch';
import { retryInCellEditMode } from './edit-mode';
import { insertChartsThrough } from './insert-charts';
import { officeHostOptions } from './office-bindings';
import { writeOwnedSheetThrough } from './owned-sheet';
import { readWorkbookThrough } from './read-workbook';
import { selectCellsThrough } from './select-cells';
import { StoredDataStore } from './stored-data';
import type { ExcelHostOptions } from './types';

export type { ExcelHostOptions } from './types';

export class ExcelHost implements WorkbookHost {
  private workbookName: string;
  /** The options, with `run` waiting out cell edit mode for every batch. */
  private readonly options: ExcelHostOptions;
  private readonly stored: StoredDataStore;
  /**
   * Writing a custom XML part or a sheet clears the user's undo stack: every application-specific
   * API did before undo support (ExcelApi 1.19/1.20; office-js-docs-pr #3751, "Undo capabilities
   * with the Excel JavaScript API"), and customXmlParts still do (office-js #4484, #6415).
   */
  readonly clearsUndoOnWrite = true;

  /** Without options, binds to Office (Excel.run, requirements, settings): call after Office.onReady. */
  constructor(options: ExcelHostOptions = officeHostOptions()) {
    const run = retryInCellEditMode(options.run, options.timer ?? systemTimer, options.editModeWaits);
    this.options = { ...options, run };
    this.workbookName = options.name ?? '当前工作簿';
    this.stored = new StoredDataStore(run, options.isSetSupported, options.settings, () => this.workbookName);
  }

  get name(): string {
    return this.workbookName;
  }

  /**
   * Every sheet's used range: values, number formats, merges, hidden rows, columns and
   * sheets. Three syncs for any workbook under ~65,000 used cells (read-plan.ts).
   */
  async readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSource> {
    const source = await readWorkbookThrough(this.options.run, this.options.isSetSupported, this.workbookName, onProgress);
    this.workbookName = source.file;
    return source;
  }

  selectCells(cells: CellRef[]): Promise<void> {
    return selectCellsThrough(this.options.run, this.options.isSetSupported, cells, this.workbookName);
  }

  /** The custom XML part, the hidden sheet, or version 0.1's places (stored-data.ts); two syncs. */
  loadStored(): Promise<StoredRead> {
    return this.stored.load();
  }

  saveStored(data: StoredData): Promise<StoredData> {
    return this.stored.save(data);
  }

  /** Re-check on cell edits, sheets added or deleted, and (ExcelApi 1.17) renamed or hidden (change-watch.ts). */
  onChanged(callback: () => void): Promise<() => void> {
    const { run, runIn, isSetSupported, debounceMs = DEFAULT_DEBOUNCE_MS, timer = systemTimer } = this.options;
    return watchChanges(callback, { run, runIn, isSetSupported, debounceMs, timer });
  }

  writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void> {
    return writeOwnedSheetThrough(this.options.run, this.options.isSetSupported, name, rows, this.workbookName);
  }

  /** Native charts on the plan's owned sheet, replacing an earlier run's; three syncs (insert-charts.ts). */
  insertCharts(plan: ExcelChartPlan): Promise<void> {
    return insertChartsThrough(this.options.run, this.options.isSetSupported, plan, this.workbookName);
  }
}
