/** A WorkbookHost in memory for the pane's tests: records every call, fails on demand. */
import { CellRef, WorkbookSource } from '../../src/core/grid/sheet-grid';
import { StoredData, StoredRead, emptyStored } from '../../src/core/stored';
import { ReadProgress, WorkbookHost } from '../../src/hosts/workbook-host';

export class FakeHost implements WorkbookHost {
  readonly name = 'fake.xlsx';
  reads = 0;
  storedLoads = 0;
  selected: CellRef[][] = [];
  /** Every document saved, in order. */
  saves: StoredData[] = [];
  written: { name: string; rows: (string | number | null)[][] }[] = [];
  stored: StoredData = emptyStored();
  storedWarnings: string[] = [];
  /** Set to make the next calls fail. */
  failRead?: Error;
  failSave?: Error;
  failSelect?: Error;
  /** Resolve reads only when released (to test overlapping checks). */
  hold = false;
  private releases: (() => void)[] = [];
  private changeListener?: () => void;
  stopped = false;
  /** Like Excel, whose writes clear the undo stack (the pane then asks first). */
  clearsUndoOnWrite = false;

  constructor(public source: WorkbookSource) {}

  async readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSource> {
    this.reads += 1;
    if (this.hold) await new Promise<void>((resolve) => this.releases.push(resolve));
    onProgress?.({ done: 1, total: 2 });
    if (this.failRead) throw this.failRead;
    onProgress?.({ done: 2, total: 2 });
    return this.source;
  }

  release(): void {
    this.hold = false;
    for (const r of this.releases.splice(0)) r();
  }

  async selectCells(cells: CellRef[]): Promise<void> {
    if (this.failSelect) throw this.failSelect;
    this.selected.push(cells);
  }

  async loadStored(): Promise<StoredRead> {
    this.storedLoads += 1;
    return { data: structuredClone(this.stored), origin: 'part', warnings: this.storedWarnings };
  }

  async saveStored(data: StoredData): Promise<StoredData> {
    if (this.failSave) throw this.failSave;
    const next = { ...structuredClone(data), savedAt: `2025-03-01T08:00:${String(this.saves.length).padStart(2, '0')}.000Z` };
    this.saves.push(next);
    this.stored = next;
    return next;
  }

  async onChanged(callback: () => void): Promise<() => void> {
    this.changeListener = callback;
    return () => {
      this.stopped = true;
      this.changeListener = undefined;
    };
  }

  /** Pretend a worksheet changed. */
  change(): void {
    this.changeListener?.();
  }

  async writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void> {
    this.written.push({ name, rows });
  }
}
