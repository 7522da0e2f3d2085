import { WorkbookSource } from '../core/grid/sheet-grid';
import { WorkbookModel } from '../core/schedules/model';
import { recogniseWorkbook } from '../core/schedules/recognise';
import { readWorkbookFile } from '../hosts/xlsx/read-file';
import { messageOf } from './messages';
import { CliIO } from './io';

/** A workbook read from disk and recognised. */
export interface LoadedWorkbook {
  source: WorkbookSource;
  model: WorkbookModel;
}

/** Read and recognise one workbook; throws the typed errors of the host and recogniser. */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const source = await readWorkbookFile(path);
  return { source, model: recogniseWorkbook(source) };
}

/**
 * Last year's workbook for --prior. When it cannot be used the command goes on without it:
 * the message goes to stderr and `failed` is set so the command can exit 2.
 */
export async function loadPrior(path: string | undefined, io: CliIO): Promise<{ model?: WorkbookModel; failed: boolean }> {
  if (!path) return { failed: false };
  try {
    return { model: (await loadWorkbook(path)).model, failed: false };
  } catch (e) {
    io.err(`上年度决算表无法使用，本次不与上年比较：${messageOf(e)}\n`);
    return { failed: true };
  }
}
