/// <reference types="office-js" />
/** What the Excel host is given instead of touching the global Office object. */
import type { Timer } from './change-watch';
import type { SettingsStore } from './settings-store';

/** Excel.run, or the fake's run in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * Excel.run(context, batch): a batch on the context of an earlier batch, the documented way
 * to remove that batch's event handlers (excel-add-ins-events, "Remove an event handler").
 */
export type RunInContext = <T>(context: Excel.RequestContext, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Office.context.requirements.isSetSupported. */
export type IsSetSupported = (name: string, version: string) => boolean;

/**
 * Requirement sets used. The manifest requires ExcelApi 1.9, which brings everything the
 * host needs except merged areas (1.13), which are read only where supported.
 */
export const REQUIRED_API = '1.9';
export const MERGED_AREAS_API = '1.13';
export const CUSTOM_XML_API = '1.5';
/** Worksheet added/deleted events (1.7) and renamed/hidden events (1.17). */
export const SHEET_EVENTS_API = '1.7';
export const SHEET_RENAME_EVENTS_API = '1.17';

export interface ExcelHostOptions {
  /** Excel.run in the add-in; the fake's run in tests. */
  run: RunBatch;
  /** Excel.run(context, batch), used to remove event handlers; optional. */
  runIn?: RunInContext;
  /** Office.context.requirements.isSetSupported. */
  isSetSupported: IsSetSupported;
  /** Document settings: read once for what version 0.1 kept there. */
  settings?: SettingsStore;
  /** The workbook's name until a read gives Excel's own (Workbook.name). */
  name?: string;
  /** Quiet time before a change triggers a re-check (default 800 ms). */
  debounceMs?: number;
  /** Timer for the debounce and for waiting out cell edit mode. */
  timer?: Timer;
  /** Waits (ms) before each retry while Excel is in cell edit mode (edit-mode.ts). */
  editModeWaits?: readonly number[];
}
