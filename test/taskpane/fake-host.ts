/** A WorkbookHost in memory for the controller tests: records every call, fails on demand. */
import { CellRef, WorkbookSource } from '../../src/core/grid/sheet-grid';
import { Annotations, ReadProgress, WorkbookHost } from '../../src/hosts/workbook-host';

export class FakeHost implements WorkbookHost {
  readonly name = 'fake.xlsx';
  reads = 0;
  selected: CellRef[][] = [];
  saved: Annotations[] = [];
  written: { name: string; rows: (string | number | null)[][] }[] = [];
  stored: Annotations = {};
  annotationLoads = 0;
  /** Set to make the next calls fail. */
  failRead?: Error;
  failSave?: Error;
  failSelect?: Error;
  /** Resolve reads only when released (to test overlapping checks). */
  hold = false;
  private releases: (() => void)[] = [];
  private changeListener?: () => void;
  stopped = false;

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

  async loadAnnotations(): Promise<Annotations> {
    this.annotationLoads += 1;
    return { ...this.stored };
  }

  async saveAnnotations(annotations: Annotations): Promise<void> {
    if (this.failSave) throw this.failSave;
    this.saved.push(annotations);
    this.stored = { ...annotations };
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

  /** The add-in's own data, by name. */
  readonly data = new Map<string, string>();

  async loadAddinData(name: string): Promise<string | undefined> {
    return this.data.get(name);
  }

  async saveAddinData(name: string, text: string): Promise<void> {
    this.data.set(name, text);
  }
}
