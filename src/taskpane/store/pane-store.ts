import { JuesuanError } from '../../core/errors';
import type { CellRef, WorkbookSource } from '../../core/grid/sheet-grid';
import { findingKey } from '../../core/rules/finding-key';
import { parseRulePack } from '../../core/rules/pack-format';
import { packText } from '../../core/rules/pack-text';
import { modelToJson } from '../../core/schedules/model-codec';
import { openSession, priorFromSource, priorMismatch } from '../../core/session';
import { supplementToJson } from '../../core/supplement';
import { type StoredData, type StoredSettings, withAnnotation, withEdit, withPacks, withPrior, withReason, withSettings, withoutEdits } from '../../core/stored';
import { OWNED_SHEET_PREFIX, type WorkbookHost } from '../../hosts/workbook-host';
import type { BureauSetup } from '../bureau-config';
import { describeError } from '../pane-message';
import { type ReportReader, browserReportReader } from '../verify/report-reader';
import { exportRows, exportSentence } from '../review/export-rows';
import { reviewView } from './selectors';
import { BureauPart } from './bureau-part';
import { INITIAL_STATE, type PaneState, type TaskState } from './pane-state';
import { type PickedFile, textOf } from './store-access';
import { VerifyPart } from './verify-part';
import { WriteBatch } from './write-batch';

export type { PickedFile } from './store-access';

/** The sheet the findings are exported to. */
export const RESULTS_SHEET = `${OWNED_SHEET_PREFIX}审核结果`;

/** Reads .xlsx bytes; the default loads ExcelJS on demand so it stays out of the pane's first bundle. */
export type WorkbookReader = (bytes: Uint8Array, name: string) => Promise<WorkbookSource>;

const defaultReader: WorkbookReader = async (bytes, name) => {
  const { readWorkbookBuffer } = await import(/* webpackChunkName: "xlsx-reader" */ '../../hosts/xlsx/read-buffer');
  return readWorkbookBuffer(bytes, name);
};

export interface PaneStoreOptions {
  /** Wait this long after the last change before checking again (changes come in bursts). */
  debounceMs?: number;
  autoRecheck?: boolean;
  now?: () => Date;
  reader?: WorkbookReader;
  /**
   * Write the stored data once changes have paused this long (one write, one loss of undo);
   * by default 600 ms where writes clear the undo stack, else at once (the preview's download
   * then always holds the last change).
   */
  writeDelayMs?: number;
  /** Reads a written report (.docx, .pdf, text) for the 核对 tab. */
  reportReader?: ReportReader;
  /** The bureau's config.json (bureau-config.ts), waited for before the first check. */
  bureau?: Promise<BureauSetup>;
}

/**
 * The pane's one owner of state (slices in pane-state.ts): reads and checks the workbook
 * through the engine's session, keeps the stored-data document and writes every change of it
 * through one save queue, and re-opens the session whenever the stored data changes what the
 * engine sees (last year's workbook, packs, overrides, reasons, edits). `subscribe` and
 * `getState` fit React's useSyncExternalStore.
 */
export class PaneStore {
  private state: PaneState = INITIAL_STATE;
  private readonly listeners = new Set<() => void>();
  private readonly writes: WriteBatch<{ quiet: boolean }>;
  /** The stored document as the workbook last confirmed it (what a failed write goes back to). */
  private written: StoredData = INITIAL_STATE.stored;
  private undoAccepted: Promise<void> | undefined;
  private acceptUndo: (() => void) | undefined;
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopWatching: (() => void) | undefined;
  private disposed = false;
  private autoRecheck: boolean;
  private readonly debounceMs: number;
  private readonly now: () => Date;
  private readonly reader: WorkbookReader;
  private readonly verifier: VerifyPart;
  private readonly bureau: BureauPart;

  constructor(
    readonly host: WorkbookHost,
    options: PaneStoreOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.autoRecheck = options.autoRecheck ?? true;
    this.now = options.now ?? (() => new Date());
    this.reader = options.reader ?? defaultReader;
    this.writes = new WriteBatch((tags) => this.writeStored(tags.every((t) => t.quiet)), options.writeDelayMs ?? (host.clearsUndoOnWrite ? 600 : 0), this.undoGate);
    const access = { getState: this.getState, update: (patch: Partial<PaneState>) => this.update(patch) };
    this.verifier = new VerifyPart(access, options.reportReader ?? browserReportReader);
    this.bureau = new BureauPart(access, options.bureau);
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Watch the workbook for changes, load the stored data and run the first check. */
  async start(): Promise<void> {
    try {
      const stop = await this.host.onChanged(() => this.changed());
      if (this.disposed) stop();
      else this.stopWatching = stop;
    } catch (err) {
      // Checking by hand still works without change events.
      this.update({ notice: { ...describeError(err, 'check'), intent: 'warning', title: '无法自动重新检查' } });
    }
    await this.check();
  }

  dispose(): void {
    // What is still waiting is written (the host outlives the pane's views).
    void this.writes.flush().catch(() => undefined);
    this.disposed = true;
    clearTimeout(this.timer);
    this.stopWatching?.();
    this.listeners.clear();
  }

  setAutoRecheck(on: boolean): void {
    this.autoRecheck = on;
    if (!on) clearTimeout(this.timer);
  }

  /** Read and check the workbook; a call during a check runs one more check after it. */
  check(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.checkOnce();
        } while (this.again && !this.disposed);
      } finally {
        this.running = null;
      }
    })();
    return this.running;
  }

  /** Writes what is waiting now; resolves when every save asked for so far has run. */
  saved(): Promise<void> {
    return this.writes.flush();
  }

  /**
   * The user has read that saving clears Excel's undo stack (hosts with `clearsUndoOnWrite`):
   * the waiting changes are written, and later ones without asking again in this pane.
   */
  acceptUndoNotice(): void {
    this.update({ undoNotice: false });
    this.acceptUndo?.();
  }

  saveExplanation(key: string, text: string): Promise<void> {
    return this.change((d) => withAnnotation(d, key, { explanation: text }, this.now()));
  }

  /**
   * Ignore a finding, or take the mark back. An error is ignored only with a reason, kept as
   * its explanation (the audit trail a reviewer reads); a warning may be ignored without one.
   */
  setIgnored(key: string, ignored: boolean, reason?: string): Promise<void> {
    const text = reason?.trim();
    if (ignored && !text && this.state.session?.findings.some((f) => f.outcome === 'fail' && f.severity === 'error' && findingKey(f) === key)) {
      this.update({ notice: { intent: 'warning', title: '请填写忽略原因', body: '忽略错误前须写明原因，原因保存在工作簿中。' } });
      return Promise.resolve();
    }
    return this.change((d) => withAnnotation(d, key, text ? { ignored, explanation: text } : { ignored }, this.now()));
  }

  /** The text typed for a report placeholder (a reason, a missing figure). */
  saveReason(id: string, text: string): Promise<void> {
    return this.change((d) => withReason(d, id, text, this.now()));
  }

  /** A paragraph's own wording, or back to the generated text (`text` undefined or equal). */
  saveEdit(key: string, text: string | undefined, generated: string): Promise<void> {
    const same = text === undefined || text.trim() === '' || text.trim() === generated.trim();
    return this.change((d) => withEdit(d, key, same ? undefined : { text: text.trim(), generated }, this.now()));
  }

  dismissStaleEdits(keys: readonly string[]): Promise<void> {
    return this.change((d) => withoutEdits(d, keys));
  }

  /** The workbook's overrides (unit name, year, style, decimals); undefined removes one. */
  setOverrides(change: Partial<Record<keyof StoredSettings, unknown>>): Promise<void> {
    return this.change((d) => withSettings(d, change));
  }

  /** Read, recognise and keep last year's workbook; refused when it is not last year's. */
  async importPrior(file: PickedFile): Promise<void> {
    await this.task('prior', async () => {
      const source = await this.reader(new Uint8Array(await file.arrayBuffer()), file.name);
      const { model, supplement } = priorFromSource(source);
      const current = this.state.session?.model;
      const mismatch = current ? priorMismatch(current, model) : undefined;
      if (mismatch) throw new JuesuanError(`未导入“${file.name}”：${mismatch}`);
      const stored = { model: modelToJson(model), ...(supplement ? { supplement: supplementToJson(supplement) } : {}), file: file.name, savedAt: this.now().toISOString() };
      await this.change((d) => withPrior(d, stored), true);
    });
  }

  removePrior(): Promise<void> {
    return this.task('prior', () => this.change((d) => withPrior(d, undefined), true));
  }

  /** A department rule pack (.json): checked as `--rules` checks it, then kept in the workbook. */
  async addPack(file: PickedFile): Promise<void> {
    await this.task('packs', async () => {
      // UTF-8 with or without BOM; a GBK file is refused with advice (packText).
      const text = packText(new Uint8Array(await file.arrayBuffer()), file.name);
      parseRulePack(text, file.name);
      const entry = { name: file.name, text, addedAt: this.now().toISOString() };
      await this.change((d) => withPacks(d, [...d.packs.filter((p) => p.name !== file.name), entry]), true);
    });
  }

  removePack(name: string): Promise<void> {
    return this.task('packs', () => this.change((d) => withPacks(d, d.packs.filter((p) => p.name !== name)), true));
  }

  /** Write the findings to the add-in's own sheet (RESULTS_SHEET). */
  async exportFindings(): Promise<void> {
    const review = reviewView(this.state);
    if (!review || this.state.exporting) return;
    this.update({ exporting: true });
    try {
      const rows = exportRows(review, this.state.stored.annotations);
      await this.host.writeOwnedSheet(RESULTS_SHEET, rows);
      this.update({ exporting: false, notice: { intent: 'success', title: '已导出', body: `${exportSentence(rows)}，已写入工作表“${RESULTS_SHEET}”。` } });
    } catch (err) {
      this.update({ exporting: false, notice: describeError(err, 'export') });
    }
  }

  /** A pasted report checked against the workbook by the session, as `juesuan verify` checks it. */
  verifyText(text: string): void {
    this.verifier.verifyText(text);
  }

  /** A report file (.docx, .pdf, .txt, .md, .html) read and checked against the workbook. */
  verifyFile(file: PickedFile): Promise<void> {
    return this.verifier.verifyFile(file);
  }

  /** Select a finding's cells in the workbook. */
  async select(cells: CellRef[]): Promise<void> {
    if (cells.length === 0) return;
    try {
      await this.host.selectCells(cells);
    } catch (err) {
      this.update({ notice: { intent: 'warning', title: '无法定位单元格', body: `${textOf(err).replace(/。$/, '')}。工作表可能已改名或删除，请点击“检查”后再试。` } });
    }
  }

  dismissNotice(): void {
    this.update({ notice: undefined });
  }

  private changed(): void {
    if (!this.autoRecheck || this.disposed) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.check(), this.debounceMs);
  }

  private async loadStored(): Promise<void> {
    try {
      const read = await this.host.loadStored();
      this.written = read.data;
      this.update({ stored: read.data, storedLoaded: true });
      if (read.warnings.length > 0) this.update({ notice: { intent: 'warning', title: '部分已保存的内容无法读取', body: read.warnings.join(' ') } });
    } catch (err) {
      this.update({ storedLoaded: true, notice: describeError(err, 'load') });
    }
  }

  private async checkOnce(): Promise<void> {
    this.update({ phase: 'reading', progress: undefined });
    try {
      const source = await this.host.readWorkbook((progress) => this.update({ progress }));
      this.update({ phase: 'checking', progress: undefined });
      if (!this.state.storedLoaded) await this.loadStored();
      await this.bureau.load();
      // Let the pane paint "checking" before the synchronous check takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const session = openSession(source, this.state.stored, this.bureau.sessionOptions());
      // What the host could not read (e.g. a stray far cell) is said once per check.
      const unread = source.notices?.length ? { notice: { intent: 'warning' as const, title: '部分单元格未读取', body: source.notices.join('\n') } } : {};
      this.update({ phase: 'ready', source, session, error: undefined, ...unread });
      this.verifier.reverify();
    } catch (err) {
      this.update({ phase: 'failed', session: undefined, progress: undefined, error: describeError(err, 'check') });
    }
  }

  /** The session again on the same sheets, after the stored data changed. */
  private reopen(): void {
    const { source } = this.state;
    if (!source || this.state.phase !== 'ready') return;
    try {
      this.update({ session: openSession(source, this.state.stored, this.bureau.sessionOptions()) });
      this.verifier.reverify();
    } catch (err) {
      this.update({ phase: 'failed', session: undefined, error: describeError(err, 'check') });
    }
  }

  /**
   * Apply `update` to the stored document and show it at once; the write follows in the
   * batch (at once for `quiet` tasks, which report their own failure through the promise).
   */
  private change(update: (d: StoredData) => StoredData, quiet = false): Promise<void> {
    this.update({ stored: update(this.state.stored) });
    this.reopen();
    const written = this.writes.request({ quiet });
    if (quiet) void this.writes.flush();
    return written.catch((err: unknown) => {
      if (quiet) throw err;
    });
  }

  /** Write the document as it is now; on failure show what is really stored again. */
  private async writeStored(quiet: boolean): Promise<void> {
    const doc = this.state.stored;
    this.update({ saving: true });
    try {
      const { savedAt } = await this.host.saveStored(doc);
      this.written = { ...doc, savedAt };
      this.update({ saving: false, stored: { ...this.state.stored, savedAt } });
    } catch (err) {
      this.update({ stored: this.written, saving: false, ...(quiet ? {} : { notice: describeError(err, 'save') }) });
      this.reopen();
      throw err;
    }
  }

  /** Before the first write on a host whose writes clear the undo stack, wait for the user. */
  private undoGate = (): Promise<void> => {
    if (!this.host.clearsUndoOnWrite) return Promise.resolve();
    if (!this.undoAccepted) {
      this.undoAccepted = new Promise((resolve) => (this.acceptUndo = resolve));
      this.update({ undoNotice: true });
    }
    return this.undoAccepted;
  };

  private async task(slice: 'prior' | 'packs', run: () => Promise<void>): Promise<void> {
    this.update({ [slice]: { busy: true } satisfies TaskState });
    try {
      await run();
      this.update({ [slice]: { busy: false } satisfies TaskState });
    } catch (err) {
      this.update({ [slice]: { busy: false, error: textOf(err) } satisfies TaskState });
    }
  }

  private update(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
