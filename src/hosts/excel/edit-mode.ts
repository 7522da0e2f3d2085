/// <reference types="office-js" />
/**
 * While the user is typing in a cell, Excel refuses every API call with
 * InvalidOperationInCellEditMode ("Exit Edit mode by using the Enter or Tab keys, or by
 * selecting another cell, and then try again", the Excel error table). A read, a save or a
 * re-check that meets it waits and runs its batch again, for up to about a minute, instead
 * of showing a raw error. One wrapper around the host's `run` does this for every batch; the
 * batches are safe to run again (each reads before it writes, and writes whole values).
 */
import { JuesuanError } from '../../core/errors';
import type { Timer } from './change-watch';
import { officeErrorCode } from './errors';
import type { RunBatch } from './types';

export const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

/** Waits between attempts, in ms: about 60 s in all. */
export const EDIT_MODE_WAITS = [300, 700, 1000, 2000, 3000, 5000, 8000, 10_000, 15_000, 15_000];

/** Excel stayed in cell edit mode for longer than the host waits. */
export class ExcelBusyError extends JuesuanError {}

/** `run` that waits and retries while Excel is in cell edit mode. */
export function retryInCellEditMode(run: RunBatch, timer: Timer, waits: readonly number[] = EDIT_MODE_WAITS): RunBatch {
  const wait = (ms: number) => new Promise<void>((resolve) => void timer.setTimeout(resolve, ms));
  return async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await run(batch);
      } catch (err) {
        if (officeErrorCode(err) !== CELL_EDIT_MODE) throw err;
        if (attempt >= waits.length) {
          throw new ExcelBusyError('Excel 正在编辑单元格，暂时无法读写工作簿。请按 Enter 或 Esc 结束单元格编辑后重试。');
        }
        await wait(waits[attempt]);
      }
    }
  };
}
