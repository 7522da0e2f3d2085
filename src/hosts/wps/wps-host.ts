/**
 * WpsHost: the WorkbookHost of the WPS 表格 add-in (WPS 加载项, JSAPI). Everything goes through
 * the `Application` object WPS gives the pane's page (`window.Application`, also `wps.Application`
 * in the wpsjs templates); tests pass a fake of it. The object model is synchronous, so each
 * operation runs in one go and is wrapped into a promise for the pane.
 */
import type { ExcelChartPlan } from '../../core/charts/excel-plan';
import type { CellRef, WorkbookSource } from '../../core/grid/sheet-grid';
import type { StoredData, StoredRead } from '../../core/stored';
import type { ReadProgress, WorkbookHost } from '../workbook-host';
import { watchChangesIn } from './change-watch';
import { insertChartsIn } from './insert-charts';
import type { WpsObject } from './members';
import { writeOwnedSheetIn } from './owned-sheet';
import { readWorkbookFrom } from './read-workbook';
import { selectCellsIn } from './select-cells';
import { type StoredPlace, WpsStoredData } from './stored-data';

export interface WpsHostOptions {
  /** Where the stored data goes: custom XML parts when WPS has them ('auto'), or always one place. */
  stored?: StoredPlace;
  /** Where WPS keeps ApiEvent when not on the Application (the wpsjs 1.x templates' `wps.ApiEvent`). */
  events?: WpsObject;
  now?: () => Date;
}

/** Runs a synchronous WPS operation as a promise, so a throw becomes a rejection. */
function later<T>(fn: () => T): Promise<T> {
  return new Promise((resolve) => resolve(fn()));
}

export class WpsHost implements WorkbookHost {
  private workbookName = '当前工作簿';
  private readonly stored: WpsStoredData;
  private readonly events?: WpsObject;

  constructor(
    private readonly app: WpsObject,
    options: WpsHostOptions = {},
  ) {
    this.events = options.events;
    this.stored = new WpsStoredData(app, options.stored ?? 'auto', () => this.workbookName, options.now);
  }

  get name(): string {
    return this.workbookName;
  }

  readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSource> {
    return later(() => {
      const source = readWorkbookFrom(this.app, this.workbookName, onProgress);
      this.workbookName = source.file;
      return source;
    });
  }

  selectCells(cells: CellRef[]): Promise<void> {
    return later(() => selectCellsIn(this.app, cells, this.workbookName));
  }

  loadStored(): Promise<StoredRead> {
    return later(() => this.stored.load());
  }

  saveStored(data: StoredData): Promise<StoredData> {
    return later(() => this.stored.save(data));
  }

  /** SheetChange through ApiEvent; rejects with a plain message where WPS raises no events. */
  onChanged(callback: () => void): Promise<() => void> {
    return later(() => watchChangesIn(this.app, callback, this.events));
  }

  writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void> {
    return later(() => writeOwnedSheetIn(this.app, name, rows, this.workbookName));
  }

  insertCharts(plan: ExcelChartPlan): Promise<void> {
    return later(() => insertChartsIn(this.app, plan, this.workbookName));
  }
}
