import { availableParallelism } from 'os';
import type { RulePack } from '../core/rules/pack-format';
import type { CheckFileOptions, FileOutcome } from './check-file';
import { checkAll, laneCount } from './check-pool';
import { JsonFilesWriter } from './json-files-writer';
import { loadRulePack } from './rule-pack-file';
import { messageOf } from './messages';
import { CliIO, EXIT_FINDINGS, EXIT_OK, EXIT_UNREADABLE } from './io';
import { expandInputs } from './check-inputs';
import type { FileReview } from './review-summary';
import type { GivenPrior } from './inputs';

/*
 * Nothing heavy is loaded here: ExcelJS and the engine come in with check-file.ts (the files
 * checked by this thread, check-pool.ts, beside the --jobs worker threads), inputs.ts
 * (--prior) or review-report.ts (--report, at the end).
 */

export { JsonFilesWriter } from './json-files-writer';

export interface CheckArgs {
  files: string[];
  prior?: string;
  rules: string[];
  json: boolean;
  all: boolean;
  /** Files checked at once on worker threads (default: defaultJobs). */
  jobs?: number;
  priorAnyYear?: boolean;
  /** --report: the reviewer's report over all files (.xlsx or .html), instead of the per-file output. */
  report?: string;
}

/**
 * Files one more lane must have to repay its start-up. Each worker thread loads the engine
 * and warms up V8's compiler on its own: the first ~100 workbooks of an isolate cost about
 * twice what later ones do, while one job already keeps ~1.3 cores busy with V8's compiler
 * and GC threads; and on the 2-core bench machine two threads of this work slow each other
 * down: bare ExcelJS in two processes at once, half the files each, ends no sooner than one
 * process over all of them (0.97×, per-round median 1.06×, `npm run bench -- cli-batch`).
 * Two lanes' wall time there: 1.00× one job's for 200 files, 0.97× for 400. So one lane is
 * the default up to about 300 files, and --jobs is the reviewer's to raise on a machine
 * whose cores do run apart.
 */
export const FILES_PER_WORKER = 150;

/** The default of --jobs: one per FILES_PER_WORKER files, at least one, at most the cores. */
export function defaultJobs(files: number, cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(files / FILES_PER_WORKER)));
}

/** Runs `juesuan check`; returns the exit code of design.md. Each file's result is written as soon as it is its turn. */
export async function checkCommand(args: CheckArgs, io: CliIO): Promise<number> {
  let packs: RulePack[];
  try {
    packs = await Promise.all(args.rules.map(loadRulePack));
  } catch (e) {
    io.err(`${messageOf(e)}\n`);
    return EXIT_UNREADABLE;
  }
  // Without --prior each workbook is compared with the prior stored in it, if any.
  const given: { prior?: GivenPrior; failed: boolean } = args.prior === undefined ? { failed: false } : await (await import('./inputs')).loadPriorFile(args.prior, io);
  // A folder stands for the workbooks under it.
  const { files, empty } = await expandInputs(args.files);
  for (const note of empty) io.err(`${note}\n`);
  if (files.length === 0) return EXIT_UNREADABLE;
  const review = args.report !== undefined;
  const options: CheckFileOptions = { packs, prior: given.prior, priorAnyYear: args.priorAnyYear, json: args.json && !review, all: args.all, label: files.length > 1, review };
  const counts = { files: 0, failed: 0, blocking: 0, degraded: 0 };
  const json = options.json ? new JsonFilesWriter(io) : undefined;
  const reviews: FileReview[] = [];
  const emit = (o: FileOutcome) => {
    counts.files++;
    if (o.failed) counts.failed++;
    if (o.blocking) counts.blocking++;
    if (o.degraded) counts.degraded++;
    if (o.err) io.err(o.err);
    if (o.review) {
      reviews.push(o.review);
      io.err(`审核进度 ${counts.files}/${files.length}：${o.review.file}\n`);
    } else if (json) json.addLaidOut(o.json ?? '');
    else io.out(o.text);
  };
  await checkAll(files, options, laneCount(args.jobs ?? defaultJobs(files.length), files.length), emit);
  if (json) json.end();
  else io.out(summaryLine(counts) + '\n');
  if (args.report !== undefined) {
    const { writeReviewReport } = await import('./review-report');
    await writeReviewReport(args.report, reviews);
    io.out(`已写出审核汇总 ${args.report}\n`);
  }
  return given.failed || counts.failed > 0 || counts.degraded > 0 ? EXIT_UNREADABLE : counts.blocking > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function summaryLine(c: { files: number; failed: number; blocking: number }): string {
  return `共 ${c.files} 个文件：无错误 ${c.files - c.failed - c.blocking} 个，有错误 ${c.blocking} 个，无法审核 ${c.failed} 个。`;
}
