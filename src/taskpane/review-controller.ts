import { CellRef } from '../core/grid/sheet-grid';
import { Annotations, OWNED_SHEET_PREFIX, ReadProgress, WorkbookHost } from '../hosts/workbook-host';
import { withExplanation, withIgnored } from './annotations';
import { exportRows } from './export-rows';
import { PaneMessage, describeError } from './pane-message';
import { ReviewResult, reviewWorkbook } from './review-result';

/** The sheet the findings are exported to. */
export const RESULTS_SHEET = `${OWNED_SHEET_PREFIX}审核结果`;

export type Phase = 'idle' | 'reading' | 'checking' | 'ready' | 'failed';

/** Everything the 审核 tab shows; replaced, never mutated, on every change. */
export interface PaneState {
  phase: Phase;
  /** Sheets read so far, while reading. */
  progress?: ReadProgress;
  /** The last successful check; cleared when a check fails. */
  review?: ReviewResult;
  annotations: Annotations;
  /** Why the last check failed. */
  error?: PaneMessage;
  /** The outcome of the last save, export or jump, until dismissed. */
  notice?: PaneMessage;
  saving: boolean;
  exporting: boolean;
}

export interface ControllerOptions {
  /** Wait this long after the last change before checking again (changes come in bursts). */
  debounceMs?: number;
  autoRecheck?: boolean;
  now?: () => Date;
}

/**
 * The 审核 tab's logic, apart from React: checks the workbook through a WorkbookHost, re-checks
 * on changes, keeps the annotations and exports the findings. Components read `getState()`
 * and call the methods; `subscribe` fits React's useSyncExternalStore.
 */
export class ReviewController {
  private state: PaneState = { phase: 'idle', annotations: {}, saving: false, exporting: false };
  private readonly listeners = new Set<() => void>();
  private running: Promise<void> | null = null;
  private again = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopWatching: (() => void) | undefined;
  private annotationsLoaded = false;
  private disposed = false;
  private autoRecheck: boolean;
  private readonly debounceMs: number;
  private readonly now: () => Date;

  constructor(
    private readonly host: WorkbookHost,
    options: ControllerOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 800;
    this.autoRecheck = options.autoRecheck ?? true;
    this.now = options.now ?? (() => new Date());
  }

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Watch the workbook for changes and run the first check. */
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

  async saveExplanation(key: string, text: string): Promise<void> {
    await this.saveAnnotations((a) => withExplanation(a, key, text, this.now()));
  }

  async setIgnored(key: string, ignored: boolean): Promise<void> {
    await this.saveAnnotations((a) => withIgnored(a, key, ignored, this.now()));
  }

  /** Write the findings to the add-in's own sheet (RESULTS_SHEET). */
  async exportFindings(): Promise<void> {
    const review = this.state.review;
    if (!review || this.state.exporting) return;
    this.update({ exporting: true });
    try {
      const rows = exportRows(review, this.state.annotations);
      await this.host.writeOwnedSheet(RESULTS_SHEET, rows);
      this.update({
        exporting: false,
        notice: { intent: 'success', title: '已导出', body: `${rows.length - 1} 条审核结果已写入工作表“${RESULTS_SHEET}”。` },
      });
    } catch (err) {
      this.update({ exporting: false, notice: describeError(err, 'export') });
    }
  }

  /** Select a finding's cells in the workbook. */
  async select(cells: CellRef[]): Promise<void> {
    if (cells.length === 0) return;
    try {
      await this.host.selectCells(cells);
    } catch (err) {
      this.update({
        notice: { intent: 'warning', title: '无法定位单元格', body: `${err instanceof Error ? err.message : String(err)}。工作表可能已改名或删除，请点击“检查”后再试。` },
      });
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

  private async checkOnce(): Promise<void> {
    this.update({ phase: 'reading', progress: undefined });
    try {
      const source = await this.host.readWorkbook((progress) => this.update({ progress }));
      this.update({ phase: 'checking', progress: undefined });
      if (!this.annotationsLoaded) await this.loadAnnotations();
      // Let the pane paint "checking" before the synchronous check takes the thread.
      await new Promise((resolve) => setTimeout(resolve, 0));
      const review = reviewWorkbook(source);
      this.update({ phase: 'ready', review, error: undefined });
    } catch (err) {
      this.update({ phase: 'failed', review: undefined, progress: undefined, error: describeError(err, 'check') });
    }
  }

  private async loadAnnotations(): Promise<void> {
    try {
      const stored = await this.host.loadAnnotations();
      this.annotationsLoaded = true;
      this.update({ annotations: { ...stored, ...this.state.annotations } });
    } catch (err) {
      this.update({ notice: describeError(err, 'load') });
    }
  }

  /**
   * Apply `change` to the annotations as stored now: other tabs (the 说明 tab's reasons) save
   * annotations too, so the set is re-read first and none of theirs is lost.
   */
  private async saveAnnotations(change: (current: Annotations) => Annotations): Promise<void> {
    const previous = this.state.annotations;
    let stored: Annotations = {};
    try {
      stored = await this.host.loadAnnotations();
    } catch {
      // Saving below reports the problem if the workbook cannot be reached.
    }
    const next = change({ ...previous, ...stored });
    this.update({ annotations: next, saving: true });
    try {
      await this.host.saveAnnotations(next);
      this.update({ saving: false });
    } catch (err) {
      // Show what is really stored, not what failed to be.
      this.update({ annotations: previous, saving: false, notice: describeError(err, 'save') });
    }
  }

  private update(patch: Partial<PaneState>): void {
    if (this.disposed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }
}
