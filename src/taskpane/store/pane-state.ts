import type { WorkbookSource } from '../../core/grid/sheet-grid';
import type { Session } from '../../core/session';
import type { VerifyResult } from '../../core/verify';
import { type StoredData, emptyStored } from '../../core/stored';
import type { ReadProgress } from '../../hosts/workbook-host';
import type { BureauSetup } from '../bureau-config';
import type { PaneMessage } from '../pane-message';

/** A written report checked in the 核对 tab: where it came from and its paragraphs. */
export interface CheckedReport {
  /** The file's name, or 粘贴的文本. */
  name: string;
  paragraphs: string[];
}

/** Verify slice: the report being checked and what the session's verify found in it. */
export interface VerifyState extends TaskState {
  report?: CheckedReport;
  /** Found by the session on its last opening; made again whenever the session is. */
  result?: VerifyResult;
}

export type Phase = 'idle' | 'reading' | 'checking' | 'ready' | 'failed';

/** A task's progress in one slice: busy while it runs, the Chinese text of its last failure. */
export interface TaskState {
  busy: boolean;
  error?: string;
}

/**
 * Everything the pane shows, owned by one PaneStore and replaced, never mutated, on every
 * change. Views derive what they need with selectors (selectors.ts), never keep copies.
 */
export interface PaneState {
  /** Review slice: reading and checking the workbook. */
  phase: Phase;
  progress?: ReadProgress;
  /** The workbook as last read. */
  source?: WorkbookSource;
  /** The engine's session on the last read and the stored data; cleared when a check fails. */
  session?: Session;
  /** Why the last check failed. */
  error?: PaneMessage;
  /** The outcome of the last save, export or jump, until dismissed. */
  notice?: PaneMessage;
  exporting: boolean;
  /** Stored slice: what the workbook keeps (explanations, reasons, edits, settings, prior, packs). */
  stored: StoredData;
  storedLoaded: boolean;
  saving: boolean;
  /** Asking the user to agree that saving clears Excel's undo stack (before the first write). */
  undoNotice: boolean;
  /** Prior slice: importing or removing last year's workbook. */
  prior: TaskState;
  /** Packs slice: loading or removing department rule packs. */
  packs: TaskState;
  verify: VerifyState;
  /** The bureau's config.json as read at start (bureau-config.ts); undefined until read or when none is given. */
  bureau?: BureauSetup;
}

export const INITIAL_STATE: PaneState = {
  phase: 'idle',
  exporting: false,
  stored: emptyStored(),
  storedLoaded: false,
  saving: false,
  undoNotice: false,
  prior: { busy: false },
  packs: { busy: false },
  verify: { busy: false },
};
