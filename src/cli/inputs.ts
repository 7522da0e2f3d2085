import { WorkbookSource } from '../core/grid/sheet-grid';
import { WorkbookModel } from '../core/schedules/model';
import { modelFromJson } from '../core/schedules/model-codec';
import { recogniseWorkbook } from '../core/schedules/recognise';
import { Supplement, readSupplement } from '../core/supplement';
import { readStoredAddinData } from '../hosts/xlsx/addin-data';
import { readWorkbookBuffer } from '../hosts/xlsx/read-buffer';
import { readFileBytes } from '../hosts/xlsx/read-file';
import { messageOf } from './messages';
import { CliIO } from './io';

/** Name under which the pane keeps last year's model in the workbook (PRIOR_DATA). */
const STORED_PRIOR = 'prior';

/** A workbook read from disk, with the add-in's data stored in it (readStoredAddinData). */
export interface StoredWorkbook {
  source: WorkbookSource;
  stored: Map<string, string>;
}

/** A workbook read from disk and recognised. */
export interface LoadedWorkbook extends StoredWorkbook {
  model: WorkbookModel;
}

/** Read one workbook and the add-in's data in it; throws the typed errors of the host. */
export async function readWorkbookWithData(path: string): Promise<StoredWorkbook> {
  const bytes = await readFileBytes(path);
  const source = await readWorkbookBuffer(bytes, path);
  return { source, stored: await readStoredAddinData(bytes, source) };
}

/** Read and recognise one workbook; throws the typed errors of the host and recogniser. */
export async function loadWorkbook(path: string): Promise<LoadedWorkbook> {
  const read = await readWorkbookWithData(path);
  return { ...read, model: recogniseWorkbook(read.source) };
}

/**
 * Last year's workbook for --prior, with its 补充信息 (last year's own facts); without --prior, last year's figures the pane stored in
 * this year's workbook (`stored`), if any. When --prior cannot be used the command goes on
 * without it: the message goes to stderr and `failed` is set so the command can exit 2.
 * Stored data that cannot be read is only a warning.
 */
export async function loadPrior(
  path: string | undefined,
  io: CliIO,
  stored?: ReadonlyMap<string, string>,
): Promise<{ model?: WorkbookModel; supplement?: Supplement; failed: boolean }> {
  if (!path) return { model: storedPrior(stored, io), failed: false };
  try {
    const loaded = await loadWorkbook(path);
    return { model: loaded.model, supplement: readSupplement(loaded.source.sheets), failed: false };
  } catch (e) {
    io.err(`上年度决算表无法使用，本次不与上年比较：${messageOf(e)}\n`);
    return { failed: true };
  }
}

function storedPrior(stored: ReadonlyMap<string, string> | undefined, io: CliIO): WorkbookModel | undefined {
  const text = stored?.get(STORED_PRIOR);
  // The pane empties the data when the user removes last year's workbook.
  if (!text) return undefined;
  try {
    const model = modelFromJson(text);
    io.err(`使用工作簿中保存的上年数据（${model.year === undefined ? '年度未识别' : `${model.year}年`}）\n`);
    return model;
  } catch (e) {
    io.err(`工作簿中保存的上年数据无法读取，本次不与上年比较：${messageOf(e)}\n`);
    return undefined;
  }
}
