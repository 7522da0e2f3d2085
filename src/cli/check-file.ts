/**
 * The work of `juesuan check` on one file, on its own: file path + options → what the
 * command prints for it, through the engine's session (openFileSession). Run in the main
 * thread or on a worker thread (check-worker.ts); check-command.ts only orders and streams.
 */
import type { CheckReport } from '../core/check';
import { isBlocking } from '../core/rules/finding';
import type { RulePack } from '../core/rules/pack-format';
import { GivenPrior, openFileSession } from './inputs';
import { jsonFileEntry } from './json-files-writer';
import { failureToJson, reportToJson } from './report-json';
import { reportToText } from './report-text';
import { FileReview, reviewOfFailure, reviewOfSession } from './review-summary';

/** What every file of one run is checked with (plain data: it is sent to the workers). */
export interface CheckFileOptions {
  packs: RulePack[];
  /** Last year's workbook from --prior; without it each file's stored prior is used. */
  prior?: GivenPrior;
  priorAnyYear?: boolean;
  json: boolean;
  all: boolean;
  /** Several files: stderr lines name the file. */
  label: boolean;
  /** `--report`: make the small review summary (review-summary.ts) instead of the text or JSON. */
  review?: boolean;
}

/**
 * One file's result, as printed: the text block or the JSON entry, and what it means for the
 * exit code. Strings already laid out, so a worker's answer is cheap to send (no object graph).
 */
export interface FileOutcome {
  /** The text block (text mode) — empty in JSON mode. */
  text: string;
  /** The `files[]` entry laid out by jsonFileEntry (JSON mode) — undefined in text mode. */
  json?: string;
  /** What the session said on stderr (the stored data used, a prior refused …). */
  err: string;
  failed: boolean;
  blocking: boolean;
  /** Something given or stored could not be used (a prior of another year): exit 2. */
  degraded: boolean;
  /** The review summary (with `review`). */
  review?: FileReview;
}

/** Check one file; never throws for bad input (the failure becomes its outcome). */
export async function checkFile(file: string, options: CheckFileOptions): Promise<FileOutcome> {
  let err = '';
  const io = { out: () => undefined, err: (t: string) => void (err += t) };
  const opened = await openFileSession(file, { packs: options.packs, priorAnyYear: options.priorAnyYear }, options.prior, io, options.label);
  if ('failure' in opened) {
    if (options.review) return { text: '', err, failed: true, blocking: false, degraded: false, review: reviewOfFailure(file, opened.failure) };
    if (options.json) return { text: '', json: jsonFileEntry(failureToJson(file, opened.failure)), err, failed: true, blocking: false, degraded: false };
    return { text: `${file}：无法审核。${opened.failure}\n\n`, err, failed: true, blocking: false, degraded: false };
  }
  const { session, degraded } = opened;
  const report: CheckReport = { model: session.model, findings: session.findings };
  const blocking = session.findings.some(isBlocking);
  if (options.review) return { text: '', err, failed: false, blocking, degraded, review: await reviewOfSession(file, session) };
  if (options.json) return { text: '', json: jsonFileEntry(reportToJson(file, report, options.all, session.annotation)), err, failed: false, blocking, degraded };
  return { text: `${reportToText(file, report, options.all)}\n`, err, failed: false, blocking, degraded };
}
