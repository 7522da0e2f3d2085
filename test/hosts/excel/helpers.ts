/** Small builders for the Excel host tests. */
import { ExcelHost, type ExcelHostOptions } from '../../../src/hosts/excel';
import { officeSettingsStore } from '../../../src/hosts/excel/settings-store';
import type { CellValue, GridCell, SheetGrid } from '../../../src/core/grid/sheet-grid';
import { gridFromRows } from '../../../src/core/grid/sheet-grid';
import { FakeExcel, type FakeExcelOptions } from './fake-excel';

/** A host wired to a fake, with the fake's settings as the document settings. */
export function hostOn(fake: FakeExcel, options: Partial<ExcelHostOptions> = {}): ExcelHost {
  return new ExcelHost({
    run: fake.run,
    runIn: fake.runIn,
    isSetSupported: fake.isSetSupported,
    settings: officeSettingsStore(fake.settings as unknown as Office.Settings),
    ...options,
  });
}

/** A fake holding the given sheets. */
export function fakeWith(sheets: SheetGrid[], options?: FakeExcelOptions): FakeExcel {
  return new FakeExcel(sheets, options);
}

/** A grid whose rows start at sheet row `top` and column `left` (0-based). */
export function gridAt(name: string, top: number, left: number, rows: (CellValue | GridCell | undefined)[][]): SheetGrid {
  const shifted = [...Array.from({ length: top }, () => []), ...rows.map((r) => [...Array.from({ length: left }, () => undefined), ...r])];
  return gridFromRows(name, shifted);
}

/** A timer driven by the test: nothing runs until `advance`. */
export class ManualTimer {
  private now = 0;
  private tasks: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;

  setTimeout = (fn: () => void, ms: number): unknown => {
    const id = this.nextId++;
    this.tasks.push({ at: this.now + ms, fn, id });
    return id;
  };

  clearTimeout = (handle: unknown): void => {
    this.tasks = this.tasks.filter((t) => t.id !== handle);
  };

  get pending(): number {
    return this.tasks.length;
  }

  /** Move time forward, running what falls due. */
  advance(ms: number): void {
    this.now += ms;
    const due = this.tasks.filter((t) => t.at <= this.now);
    this.tasks = this.tasks.filter((t) => t.at > this.now);
    for (const t of due) t.fn();
  }
}
