/**
 * The work of `juesuan check` on one file, on its own: file path + options → what the
 * command prints for it. Run in the main thread or on a worker thread (check-worker.ts);
 * check-command.ts only orders and streams the results.
 */
import { checkWorkbook } from '../core/check';
import { isBlocking } from '../core/rules/finding';
import type { RulePack } from '../core/rules/pack-format';
import type { WorkbookModel } from '../core/schedules/model';
import { loadPrior, readWorkbookWithData } from './inputs';
import { messageOf } from './messages';
import { FileJson, failureToJson, reportToJson } from './report-json';
import { reportToText } from './report-text';

/** What every file of one run is checked with. */
export interface CheckFileOptions {
  packs: RulePack[];
  /** Last year's model from --prior; without --prior each file's stored prior is used. */
  prior?: WorkbookModel;
  usePriorFlag: boolean;
  json: boolean;
  all: boolean;
}

/** One file's result, as printed: the text block or the JSON entry, and what it means for the exit code. */
export interface FileOutcome {
  /** The text block (text mode) — empty in JSON mode. */
  text: string;
  /** The `files[]` entry (JSON mode) — undefined in text mode. */
  json?: FileJson;
  /** What the file's reading wrote to stderr (the stored prior used …). */
  err: string;
  failed: boolean;
  blocking: boolean;
}

/** Check one file; never throws for bad input (the failure becomes its outcome). */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileOutcome> {
  let err = '';
  const io = { out: () => undefined, err: (t: string) => (err += t) };
  try {
    const { source, stored } = await readWorkbookWithData(file);
    const prior = options.usePriorFlag ? options.prior : (await loadPrior(undefined, io, stored)).model;
    const report = checkWorkbook(source, { packs: options.packs, prior });
    const blocking = report.findings.some(isBlocking);
    if (options.json) return { text: '', json: reportToJson(file, report, options.all), err, failed: false, blocking };
    return { text: `${reportToText(file, report, options.all)}\n`, err, failed: false, blocking };
  } catch (e) {
    const failure = messageOf(e);
    if (options.json) return { text: '', json: failureToJson(file, failure), err, failed: true, blocking: false };
    return { text: `${file}：无法审核。${failure}\n\n`, err, failed: true, blocking: false };
  }
}
