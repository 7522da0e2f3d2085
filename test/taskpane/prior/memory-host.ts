/** A WorkbookHost keeping add-in data and owned sheets in memory, for the prior and form tests. */
import { CellRef, WorkbookSource } from '../../../src/core/grid/sheet-grid';
import { Annotations, WorkbookHost } from '../../../src/hosts/workbook-host';

export class MemoryHost implements WorkbookHost {
  readonly name = 'memory.xlsx';
  data = new Map<string, string>();
  written: { name: string; rows: (string | number | null)[][] }[] = [];
  failSave?: Error;

  constructor(public source: WorkbookSource = { file: 'memory.xlsx', sheets: [] }) {}

  async readWorkbook(): Promise<WorkbookSource> {
    return this.source;
  }
  async selectCells(cells: CellRef[]): Promise<void> {
    void cells;
  }
  async loadAnnotations(): Promise<Annotations> {
    return {};
  }
  async saveAnnotations(): Promise<void> {}
  async onChanged(): Promise<() => void> {
    return () => undefined;
  }
  async writeOwnedSheet(name: string, rows: (string | number | null)[][]): Promise<void> {
    this.written.push({ name, rows });
  }
  async loadAddinData(name: string): Promise<string | undefined> {
    return this.data.get(name);
  }
  async saveAddinData(name: string, text: string): Promise<void> {
    if (this.failSave) throw this.failSave;
    this.data.set(name, text);
  }
}
