/**
 * A fake of the Excel JavaScript API for tests: an in-memory workbook (built from
 * SheetGrids) behind client objects with Office.js load/sync semantics, null objects,
 * collections, events, custom XML parts, settings, requirement sets, and a record of every
 * sync (requests, payload bytes) so tests can assert sync counts and the 5 MB rule.
 *
 * Modelled (everything else throws): Workbook.name, worksheets (items, getItem[OrNullObject],
 * getActiveWorksheet, add, getCount, onChanged, onAdded, onDeleted, onNameChanged,
 * onVisibilityChanged), Excel.run(context, batch) as runIn, cell edit mode, Worksheet (id, name, position, visibility,
 * getRange, getRangeByIndexes, getCell, getRanges, getUsedRange[OrNullObject], activate,
 * delete, onChanged), Range (address, row/column index and count, values, text,
 * numberFormat, valueTypes, formulas, rowHidden, columnHidden; getCell, getRow, getColumn,
 * getIntersectionOrNullObject, getUsedRangeOrNullObject, getMergedAreasOrNullObject,
 * getRowProperties, getColumnProperties, select, clear; value/format/formula writes),
 * RangeAreas (address, areaCount, cellCount, select), customXmlParts (add, getByNamespace,
 * getItem[OrNullObject], getOnlyItemOrNullObject, getCount, getXml, setXml, delete),
 * application.suspendScreenUpdatingUntilNextSync, Office.Settings (FakeSettings), and charts
 * (Worksheet.charts: add, getCount, load items; Chart name, position, size, setPosition,
 * delete, title, dataLabels, legend, axes.valueAxis.title — see charts.ts).
 *
 * @example
 *   const fake = new FakeExcel(buildFixture().sheets);
 *   const host = new ExcelHost({ run: fake.run, isSetSupported: fake.isSetSupported });
 *   await host.readWorkbook(); expect(fake.syncCount).toBe(3);
 */
/// <reference types="office-js" />
import { type CellValue, type SheetGrid, parseA1 } from '../../../../src/core/grid/sheet-grid';
import { writtenValue } from './cell-data';
import { type FakeChartData, chartsOf, chartsTouched } from './charts';
import { type FakeEnvironment, FakeRequestContext, type SyncRecord, compareVersions } from './context';
import { type FakeSheet, FakeWorkbookModel, getCell, setCell } from './model';
import { MAX_CELLS_PER_GET } from './range';
import { FakeSettings } from './settings';

export { FakeOfficeError } from './errors';
export { FakeSettings } from './settings';
export { FakeWorkbookModel } from './model';
export type { FakeCell, FakeSheet } from './model';
export type { SyncRecord } from './context';
export type { FakeChartData } from './charts';

export interface FakeExcelOptions {
  /** Highest ExcelApi set the simulated client supports (default "1.13"). */
  apiVersion?: string;
  /** Payload limit per request and response in bytes (default 5 MB, Excel on the web). */
  payloadLimit?: number;
  /** A get of more than 5,000,000 cells gives null values (default) or fails (context.ts). */
  overLimitCells?: 'null' | 'error';
  /** The cell limit of a get (default 5,000,000); tests scale it down instead of building huge sheets. */
  maxCellsPerGet?: number;
  /** activate() of a sheet added in the same sync: ignored (default, Excel on the web) or works (context.ts). */
  activateNewSheet?: 'ignored' | 'works';
  /** activate() of a hidden sheet: fails (default) or does nothing; undocumented (context.ts). */
  activateHidden?: 'error' | 'ignored';
  workbookName?: string;
}

export const FIVE_MB = 5 * 1024 * 1024;

export class FakeExcel {
  readonly model = new FakeWorkbookModel();
  readonly settings = new FakeSettings();
  private readonly env: FakeEnvironment;

  constructor(sheets: SheetGrid[] = [], options: FakeExcelOptions = {}) {
    this.env = {
      model: this.model,
      apiVersion: options.apiVersion ?? '1.13',
      payloadLimit: options.payloadLimit ?? FIVE_MB,
      overLimitCells: options.overLimitCells ?? 'null',
      maxCellsPerGet: options.maxCellsPerGet ?? MAX_CELLS_PER_GET,
      activateNewSheet: options.activateNewSheet ?? 'ignored',
      activateHidden: options.activateHidden ?? 'error',
      cellEditMode: false,
      syncs: [],
    };
    if (options.workbookName) this.model.name = options.workbookName;
    for (const grid of sheets) this.model.addGrid(grid);
  }

  /** Excel.run: a fresh context per batch; commands still queued when the batch ends are synced. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => this.runIn(new FakeRequestContext(this.env) as unknown as Excel.RequestContext, batch);

  /** Excel.run(context, batch): a batch on an earlier batch's context (to remove its event handlers). */
  readonly runIn = async <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const fake = context as unknown as FakeRequestContext;
    fake.ended = false;
    try {
      const result = await batch(context);
      if ((fake as unknown as { queue: unknown[] }).queue.length > 0) await fake.sync();
      return result;
    } finally {
      fake.ended = true;
    }
  };

  /** The user starts (true) or ends (false) typing in a cell; syncs fail meanwhile (context.ts). */
  set cellEditMode(on: boolean) {
    this.env.cellEditMode = on;
  }

  /** Office.context.requirements.isSetSupported for the simulated client. */
  readonly isSetSupported = (name: string, version?: string): boolean =>
    name === 'ExcelApi' && compareVersions(this.env.apiVersion, version ?? '1.1') >= 0;

  /** Change the simulated client (e.g. an older Excel without ExcelApi 1.13). */
  set apiVersion(version: string) {
    this.env.apiVersion = version;
  }

  set payloadLimit(bytes: number) {
    this.env.payloadLimit = bytes;
  }

  /** Every sync so far, in order. */
  get syncs(): readonly SyncRecord[] {
    return this.env.syncs;
  }

  get syncCount(): number {
    return this.env.syncs.length;
  }

  /** Forget the sync record (between the steps of a test). */
  resetCounters(): void {
    this.env.syncs.length = 0;
  }

  sheet(name: string): FakeSheet {
    const sheet = this.model.findSheet(name);
    if (!sheet) throw new Error(`no sheet ${name} in the fake workbook`);
    return sheet;
  }

  /** The charts on a sheet (a live list; tests may seed it). */
  chartsOn(sheetName: string): FakeChartData[] {
    return chartsOf(this.sheet(sheetName));
  }

  /** Sheets whose charts collection any sync has used. */
  get chartsTouched(): ReadonlySet<string> {
    return chartsTouched(this.model);
  }

  /** The stored value at an A1 address (null when empty). */
  valueAt(sheetName: string, address: string): CellValue {
    const { row, col } = parseA1(address);
    return getCell(this.sheet(sheetName), row, col)?.value ?? null;
  }

  /** A user typing `value` into a cell: the cell changes and WorksheetChanged fires. */
  userEdit(sheetName: string, address: string, value: string | number | boolean): void {
    const sheet = this.sheet(sheetName);
    const { row, col } = parseA1(address);
    setCell(sheet, row, col, writtenValue(getCell(sheet, row, col), value));
    this.model.fireChanged(sheet, address, 'Unknown');
  }

  /** The user adds a sheet (onAdded fires). */
  userAddSheet(name: string): void {
    this.model.addSheet(name);
  }

  /** The user deletes, renames or hides a sheet (onDeleted, onNameChanged, onVisibilityChanged fire). */
  userDeleteSheet(name: string): void {
    this.model.deleteSheet(this.sheet(name));
  }

  userRenameSheet(name: string, to: string): void {
    this.model.renameSheet(this.sheet(name), to);
  }

  userHideSheet(name: string): void {
    this.model.setVisibility(this.sheet(name), 'Hidden');
  }

  /** Change handlers currently registered (workbook-wide and per sheet). */
  get listenerCount(): number {
    return this.model.listeners.length;
  }

  /** Let queued events and settings callbacks run. */
  settle(): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
}
