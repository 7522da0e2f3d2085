/**
 * The bureau's part of the pane store: its config.json (bureau-config.ts), waited for before
 * the first check, and the defaults it gives every session, below what the workbook stores
 * (SessionOptions.defaults).
 */
import type { SessionOptions } from '../../core/session';
import type { BureauSetup } from '../bureau-config';
import type { StoreAccess } from './store-access';

/** The pane's open items say what to do in the pane: every gap opens an editor; last year is imported in 设置. */
const PANE_SESSION = { openItemHints: { prior: '在设置中导入上年决算表', fill: '点击填写' } } as const;

export class BureauPart {
  constructor(
    private readonly store: StoreAccess,
    private readonly bureau: Promise<BureauSetup> | undefined,
  ) {}

  /** The bureau's setup in the state (once), with a notice of what of it could not be used. */
  async load(): Promise<void> {
    if (!this.bureau || this.store.getState().bureau) return;
    const setup = await this.bureau;
    this.store.update({ bureau: setup });
    if (setup.problem) this.store.update({ notice: { intent: 'warning', title: '财政局统一配置未能全部使用', body: setup.problem } });
  }

  /** The pane's session options: its hints and the bureau's defaults. */
  sessionOptions(): SessionOptions {
    return { ...PANE_SESSION, defaults: this.store.getState().bureau?.defaults };
  }
}
