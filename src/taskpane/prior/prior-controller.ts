import { JuesuanError, SheetNotRecognizedError } from '../../core/errors';
import { WorkbookSource } from '../../core/grid/sheet-grid';
import { WorkbookModel } from '../../core/schedules/model';
import { modelFromJson, modelToJson } from '../../core/schedules/model-codec';
import { recogniseWorkbook } from '../../core/schedules/recognise';
import { OWNED_SHEET_PREFIX, WorkbookHost } from '../../hosts/workbook-host';

/** Name under which last year's model is kept in the workbook (host.saveAddinData). */
export const PRIOR_DATA = 'prior';

/** What the pane shows about the imported workbook. */
export interface PriorInfo {
  fileName: string;
  year?: number;
  unitName?: string;
  /** Number of schedules recognised. */
  scheduleCount: number;
}

export interface PriorState {
  prior?: WorkbookModel;
  info?: PriorInfo;
  /** Loading the stored data or reading a file. */
  busy: boolean;
  /** Chinese text of the last failure (reading the file, loading or saving the data). */
  error?: string;
}

/** The part of a File the import needs (a browser File, or a stand-in in tests). */
export interface PriorFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

/** Reads .xlsx bytes; the default loads ExcelJS on demand so it stays out of the pane's first bundle. */
export type WorkbookReader = (bytes: Uint8Array, name: string) => Promise<WorkbookSource>;

const defaultReader: WorkbookReader = async (bytes, name) => {
  const { readWorkbookBuffer } = await import(/* webpackChunkName: "xlsx-reader" */ '../../hosts/xlsx/read-buffer');
  return readWorkbookBuffer(bytes, name);
};

/** The facts shown for a prior model. */
export function priorInfo(model: WorkbookModel): PriorInfo {
  const info: PriorInfo = { fileName: model.file, scheduleCount: model.schedules.size };
  if (model.year !== undefined) info.year = model.year;
  if (model.unitName !== undefined) info.unitName = model.unitName;
  return info;
}

/**
 * A warning when the imported workbook is not last year's: its year unknown, or not
 * `currentYear` − 1. Undefined when fine or when this year is unknown.
 */
export function priorYearWarning(priorYear: number | undefined, currentYear: number | undefined): string | undefined {
  if (currentYear === undefined) return undefined;
  if (priorYear === undefined) return `未能从导入的决算表中识别年度，请确认它是 ${currentYear - 1} 年度的决算表。`;
  if (priorYear !== currentYear - 1) return `导入的是 ${priorYear} 年度的决算表，而本工作簿是 ${currentYear} 年度；上年数应来自 ${currentYear - 1} 年度。`;
  return undefined;
}

function message(err: unknown): string {
  if (err instanceof JuesuanError) return err.message;
  return `出现意外错误：${err instanceof Error ? err.message : String(err)}`;
}

/**
 * Last year's workbook for the report: imported from an .xlsx the user picks (read in the
 * pane, the open workbook untouched), recognised, and kept in the workbook as compact JSON
 * (model-codec.ts) so reopening the workbook finds it. Same subscribe/getState shape as the
 * ReviewController, for useSyncExternalStore.
 */
export class PriorController {
  private state: PriorState = { busy: false };
  private readonly listeners = new Set<() => void>();
  private seq = 0;

  constructor(
    private readonly host: WorkbookHost,
    private readonly read: WorkbookReader = defaultReader,
  ) {}

  getState = (): PriorState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Restore what an earlier import stored in the workbook. */
  async load(): Promise<void> {
    const seq = ++this.seq;
    this.update({ busy: true, error: undefined });
    try {
      const text = await this.host.loadAddinData(PRIOR_DATA);
      if (seq !== this.seq) return;
      if (!text) return this.update({ busy: false, prior: undefined, info: undefined });
      const prior = modelFromJson(text);
      this.update({ busy: false, prior, info: priorInfo(prior) });
    } catch (err) {
      if (seq === this.seq) this.update({ busy: false, error: message(err) });
    }
  }

  /** Read, recognise and store the picked workbook; the previous one stays on failure. */
  async importFile(file: PriorFile): Promise<void> {
    const seq = ++this.seq;
    this.update({ busy: true, error: undefined });
    try {
      const source = await this.read(new Uint8Array(await file.arrayBuffer()), file.name);
      const sheets = source.sheets.filter((s) => !s.name.startsWith(OWNED_SHEET_PREFIX));
      const prior = recogniseWorkbook({ file: file.name, sheets });
      if (prior.schedules.size === 0) throw new SheetNotRecognizedError(`文件“${file.name}”中没有找到决算公开表，请选择上年的部门决算公开表。`, { file: file.name });
      await this.host.saveAddinData(PRIOR_DATA, modelToJson(prior));
      if (seq === this.seq) this.update({ busy: false, prior, info: priorInfo(prior) });
    } catch (err) {
      if (seq === this.seq) this.update({ busy: false, error: message(err) });
    }
  }

  /** Forget last year's workbook (the stored data is emptied). */
  async remove(): Promise<void> {
    const seq = ++this.seq;
    this.update({ busy: true, error: undefined });
    try {
      await this.host.saveAddinData(PRIOR_DATA, '');
      if (seq === this.seq) this.update({ busy: false, prior: undefined, info: undefined });
    } catch (err) {
      if (seq === this.seq) this.update({ busy: false, error: message(err) });
    }
  }

  private update(patch: Partial<PriorState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }
}
