/// <reference types="office-js" />
/**
 * Re-check when a worksheet changes, is added or deleted, renamed or hidden: debounced,
 * ignoring what touches only the add-in's own sheets.
 */
import { OWNED_SHEET_PREFIX } from '../workbook-host';
import { type IsSetSupported, type RunBatch, type RunInContext, SHEET_EVENTS_API, SHEET_RENAME_EVENTS_API } from './types';

/** setTimeout / clearTimeout, injectable for tests. */
export interface Timer {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const DEFAULT_DEBOUNCE_MS = 800;

export const systemTimer: Timer = {
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** What watchChanges needs from the host. */
export interface WatchOptions {
  run: RunBatch;
  /** Excel.run(context, batch), to remove the handlers the documented way; without it, a bare sync. */
  runIn?: RunInContext;
  isSetSupported: IsSetSupported;
  debounceMs: number;
  timer: Timer;
}

type SheetEvent = { worksheetId: string };

/**
 * Call `callback` once a burst of changes has been quiet for `debounceMs`, unless every
 * changed sheet is add-in-owned. Watched: cell changes on any sheet (ExcelApi 1.9), sheets
 * added and deleted (1.7), and, where ExcelApi 1.17 is supported, sheets renamed or hidden
 * or shown. The sheets are named from their ids when the burst ends (event arguments carry
 * ids only, and names can change); a deleted sheet is named from the names seen before.
 * Returns a function that stops the watch and removes the handlers through the context
 * that added them, in Excel.run(context, …) as Office.js documents.
 */
export async function watchChanges(callback: () => void, options: WatchOptions): Promise<() => void> {
  const { run, timer, debounceMs } = options;
  const changed = new Set<string>();
  /** Sheet names by id, as last seen. */
  const names = new Map<string, string>();
  let handle: unknown;
  let stopped = false;

  const concernsUserSheets = async (ids: string[]): Promise<boolean> => {
    try {
      return await run(async (context) => {
        const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id).load('name'));
        await context.sync();
        return sheets.some((s, i) => {
          const name = s.isNullObject ? names.get(ids[i]) : s.name;
          if (!s.isNullObject) names.set(ids[i], s.name);
          return name === undefined || !name.startsWith(OWNED_SHEET_PREFIX);
        });
      });
    } catch {
      return true; // when in doubt, check again
    }
  };

  const fire = async (): Promise<void> => {
    handle = undefined;
    const ids = [...changed];
    changed.clear();
    if (stopped || ids.length === 0) return;
    if ((await concernsUserSheets(ids)) && !stopped) callback();
  };

  const handler = async (event: SheetEvent): Promise<void> => {
    if (stopped) return;
    changed.add(event.worksheetId);
    if (handle !== undefined) timer.clearTimeout(handle);
    handle = timer.setTimeout(() => void fire(), debounceMs);
  };

  const registrations = await run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load('items/id, items/name');
    const added = [sheets.onChanged.add(handler)];
    if (options.isSetSupported('ExcelApi', SHEET_EVENTS_API)) added.push(sheets.onAdded.add(handler), sheets.onDeleted.add(handler));
    if (options.isSetSupported('ExcelApi', SHEET_RENAME_EVENTS_API)) added.push(sheets.onNameChanged.add(handler), sheets.onVisibilityChanged.add(handler));
    await context.sync();
    for (const s of sheets.items) names.set(s.id, s.name);
    return added;
  });

  return () => {
    if (stopped) return;
    stopped = true;
    if (handle !== undefined) timer.clearTimeout(handle);
    const context = registrations[0].context as Excel.RequestContext;
    const remove = async (ctx: Excel.RequestContext): Promise<void> => {
      for (const r of registrations) r.remove();
      await ctx.sync();
    };
    void (options.runIn ? options.runIn(context, remove) : remove(context)).catch(() => undefined);
  };
}
