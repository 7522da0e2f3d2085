import { CellRef, WorkbookSource } from '../core/grid/sheet-grid';
import { type WorkbookParts, readWorkbookParts } from '../hosts/xlsx/read-buffer';
import { OWNED_SHEET_PREFIX, ReadProgress, WorkbookHost } from '../hosts/workbook-host';
import type { StoredData, StoredRead } from '../core/stored';
import { storedOf } from '../hosts/xlsx/stored-data';

export type OwnedRows = (string | number | null)[][];

/** What the preview page hears from the host. */
export interface PreviewEvents {
  /** The pane asked to select these cells. */
  onSelect?: (cells: CellRef[]) => void;
  /** The pane wrote an add-in sheet (exported findings). */
  onOwnedSheet?: (name: string, rows: OwnedRows) => void;
  /** The pane saved the stored-data document. */
  onStored?: (data: StoredData) => void;
}

/**
 * The WorkbookHost of the preview page: an .xlsx file's bytes, read once with ExcelJS. The
 * file itself is never changed: the stored data and exported sheets are kept in memory until
 * the user downloads a copy (download-copy.ts).
 */
export class PreviewHost implements WorkbookHost {
  private parts: Promise<WorkbookParts> | undefined;
  private stored: Promise<StoredRead> | undefined;
  private readonly owned = new Map<string, OwnedRows>();

  constructor(
    readonly name: string,
    readonly bytes: Uint8Array,
    private readonly events: PreviewEvents = {},
  ) {}

  /** The file, opened once: its sheets and its custom XML parts. */
  private open(): Promise<WorkbookParts> {
    this.parts ??= readWorkbookParts(this.bytes, this.name);
    return this.parts;
  }

  /** The workbook's sheets, read on first use and shared by the grid and the pane. */
  async read(): Promise<WorkbookSource> {
    return (await this.open()).source;
  }

  async readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSource> {
    const source = await this.read();
    onProgress?.({ done: source.sheets.length, total: source.sheets.length });
    return source;
  }

  async selectCells(cells: CellRef[]): Promise<void> {
    this.events.onSelect?.(cells);
  }

  /** What was saved in this session, else what the file holds (its custom XML parts and hidden sheet). */
  loadStored(): Promise<StoredRead> {
    this.stored ??= this.open().then(storedOf);
    return this.stored;
  }

  async saveStored(data: StoredData): Promise<StoredData> {
    const next = { ...data, savedAt: new Date().toISOString() };
    this.stored = Promise.resolve({ data: next, origin: 'sheet', warnings: [] });
    this.events.onStored?.(next);
    return next;
  }

  /** The file cannot change under the preview: no events, ever. */
  async onChanged(): Promise<() => void> {
    return () => undefined;
  }

  async writeOwnedSheet(name: string, rows: OwnedRows): Promise<void> {
    if (!name.startsWith(OWNED_SHEET_PREFIX)) throw new Error(`决算助手只能写入名称以“${OWNED_SHEET_PREFIX}”开头的工作表，不能写入“${name}”。`);
    const copy = rows.map((r) => [...r]);
    this.owned.set(name, copy);
    this.events.onOwnedSheet?.(name, copy);
  }

  /** The add-in sheets written in this session, for the downloaded copy. */
  ownedSheets(): Map<string, OwnedRows> {
    return new Map(this.owned);
  }
}
