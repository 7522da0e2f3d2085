/// <reference types="office-js" />
/**
 * Re-check when a worksheet changes: workbook.worksheets.onChanged (ExcelApi 1.9),
 * debounced, ignoring changes that touch only the add-in's own sheets.
 */
import { OWNED_SHEET_PREFIX } from '../workbook-host';
import type { RunBatch } from './types';

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

/**
 * Call `callback` once a burst of changes has been quiet for `debounceMs`, unless every
 * changed sheet is add-in-owned. The sheets are named from their ids in one sync when the
 * burst ends (event arguments carry ids only, and names can change). Returns a function
 * that stops the watch and removes the handler through the context that added it.
 */
export async function watchChanges(run: RunBatch, callback: () => void, debounceMs: number, timer: Timer): Promise<() => void> {
  const changed = new Set<string>();
  let handle: unknown;
  let stopped = false;

  const concernsUserSheets = async (ids: string[]): Promise<boolean> => {
    try {
      return await run(async (context) => {
        const sheets = ids.map((id) => context.workbook.worksheets.getItemOrNullObject(id).load('name'));
        await context.sync();
        return sheets.some((s) => s.isNullObject || !s.name.startsWith(OWNED_SHEET_PREFIX));
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

  const handler = async (event: Excel.WorksheetChangedEventArgs): Promise<void> => {
    if (stopped) return;
    changed.add(event.worksheetId);
    if (handle !== undefined) timer.clearTimeout(handle);
    handle = timer.setTimeout(() => void fire(), debounceMs);
  };

  const registration = await run(async (context) => {
    const result = context.workbook.worksheets.onChanged.add(handler);
    await context.sync();
    return result;
  });

  return () => {
    if (stopped) return;
    stopped = true;
    if (handle !== undefined) timer.clearTimeout(handle);
    registration.remove();
    void registration.context.sync().catch(() => undefined);
  };
}
