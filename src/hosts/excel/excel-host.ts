/// <reference types="office-js" />
/**
 * ExcelHost: the WorkbookHost of the Excel add-in. Everything it needs from Office comes
 * through its options (Excel.run, isSetSupported, document settings), so tests run it
 * against a fake of the object model and nothing here touches the Office global.
 */
import type { ExcelChartPlan } from '../../core/charts/excel-plan';
import type { CellRef, WorkbookSource } from '../../core/grid/sheet-grid';
import type { Annotations, ReadProgress, WorkbookHost } from '../workbook-host';
import { AddinDataStore } from './addin-data';
import { AnnotationsStore } from './annotations-store';
import { DEFAULT_DEBOUNCE_MS, type Timer, systemTimer, watchChanges } from './change-watch';
import { insertChartsThrough } from './insert-charts';
import { officeHostOptions } from './office-bindings';
import { writeOwnedSheetThrough } from './owned-sheet';
import { readWorkbookThrough } from './read-workbook';
import { selectCellsThrough } from './select-cells';
import type { SettingsStore } from './settings-store';
import type { IsSetSupported, RunBatch } from './types';

export interface ExcelHostOptions {
  /** Excel.run in the add-in; the fake's run in tests. */
  run: RunBatch;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported: IsSetSupported;
  /** Document settings, where annotations go when custom XML parts are not supported. */
  settings?: SettingsStore;
  /** The workbook's name until a read gives Excel's own (Workbook.name). */
  name?: string;
  /** Quiet time before a change triggers a re-check (default 800 ms). */
  debounceMs?: number;
  timer?: Timer;
}

export class ExcelHost implements WorkbookHost {
  private workbookName: string;
  private readonly options: ExcelHostOptions;
  private readonly annotations: AnnotationsStore;
  private readonly addinData: AddinDataStore;

  /** Without options, binds to Office (Excel.run, requirements, settings): call after Office.onReady. */
  constructor(options: ExcelHostOptions = officeHostOptions()) {
    this.options = options;
    this.workbookName = options.name ?? '当前工作簿';
    this.annotations = new AnnotationsStore(options.run, options.isSetSupported, options.settings, () => this.workbookName);
    this.addinData = new AddinDataStore(options.run, options.isSetSupported, options.settings, () => this.workbookName);
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

  loadAnnotations(): Promise<Annotations> {
    return this.annotations.load();
  }

  saveAnnotations(annotations: Annotations): Promise<void> {
    return this.annotations.save(annotations);
  }

  /** A custom XML part per name (urn:juesuan:data:<name>:v1), or a document setting (addin-data.ts). */
  loadAddinData(name: string): Promise<string | undefined> {
    return this.addinData.load(name);
  }

  saveAddinData(name: string, text: string): Promise<void> {
    return this.addinData.save(name, text);
  }

  onChanged(callback: () => void): Promise<() => void> {
    return watchChanges(this.options.run, callback, this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS, this.options.timer ?? systemTimer);
  }

  writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void> {
    return writeOwnedSheetThrough(this.options.run, this.options.isSetSupported, name, rows, this.workbookName);
  }

  /** Native charts on the plan's owned sheet, replacing an earlier run's; two syncs (insert-charts.ts). */
  insertCharts(plan: ExcelChartPlan): Promise<void> {
    return insertChartsThrough(this.options.run, this.options.isSetSupported, plan, this.workbookName);
  }
}
