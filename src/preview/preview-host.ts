import { CellRef, WorkbookSource } from '../core/grid/sheet-grid';
import { readWorkbookBuffer } from '../hosts/xlsx/read-buffer';
import { Annotations, OWNED_SHEET_PREFIX, ReadProgress, WorkbookHost } from '../hosts/workbook-host';
import { addinDataFromSource } from '../core/addin-data-sheet';
import { annotationsFromSource } from './annotation-sheet';

export type OwnedRows = (string | number | null)[][];

/** What the preview page hears from the host. */
export interface PreviewEvents {
  /** The pane asked to select these cells. */
  onSelect?: (cells: CellRef[]) => void;
  /** The pane wrote an add-in sheet (exported findings). */
  onOwnedSheet?: (name: string, rows: OwnedRows) => void;
  onAnnotations?: (annotations: Annotations) => void;
}

/**
 * The WorkbookHost of the preview page: an .xlsx file's bytes, read once with ExcelJS. The
 * file itself is never changed: annotations and exported sheets are kept in memory until
 * the user downloads a copy (download-copy.ts).
 */
export class PreviewHost implements WorkbookHost {
  private source: Promise<WorkbookSource> | undefined;
  private annotations: Annotations | undefined;
  private readonly owned = new Map<string, OwnedRows>();
  private addinData: Map<string, string> | undefined;

  constructor(
    readonly name: string,
    readonly bytes: Uint8Array,
    private readonly events: PreviewEvents = {},
  ) {}

  /** The workbook's sheets, read on first use and shared by the grid and the pane. */
  read(): Promise<WorkbookSource> {
    this.source ??= readWorkbookBuffer(this.bytes, this.name);
    return this.source;
  }

  async readWorkbook(onProgress?: (p: ReadProgress) => void): Promise<WorkbookSource> {
    const source = await this.read();
    onProgress?.({ done: source.sheets.length, total: source.sheets.length });
    return source;
  }

  async selectCells(cells: CellRef[]): Promise<void> {
    this.events.onSelect?.(cells);
  }

  /** Those saved in this session, else those stored in the file (the annotation sheet). */
  async loadAnnotations(): Promise<Annotations> {
    this.annotations ??= annotationsFromSource(await this.read());
    return { ...this.annotations };
  }

  async saveAnnotations(annotations: Annotations): Promise<void> {
    this.annotations = { ...annotations };
    this.events.onAnnotations?.(this.annotations);
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

  /** Saved in this session, else stored in the file (the hidden data sheet, src/core/addin-data-sheet.ts). */
  async loadAddinData(name: string): Promise<string | undefined> {
    return (await this.storedData()).get(name);
  }

  async saveAddinData(name: string, text: string): Promise<void> {
    (await this.storedData()).set(name, text);
  }

  /** Everything loadAddinData would give, for the downloaded copy. */
  async addinDataForCopy(): Promise<Map<string, string>> {
    return new Map(await this.storedData());
  }

  private async storedData(): Promise<Map<string, string>> {
    this.addinData ??= addinDataFromSource(await this.read());
    return this.addinData;
  }

  /** The add-in sheets written in this session, for the downloaded copy. */
  ownedSheets(): Map<string, OwnedRows> {
    return new Map(this.owned);
  }
}
