/**
 * Files checked by `jobs` lanes at once — this thread and jobs − 1 worker threads — results
 * handed on in the order of the files (as soon as the next in line is done), so `--jobs N`
 * prints exactly what one job prints.
 *
 * This thread checks files too, between handing out tasks and printing: each worker thread
 * loads ExcelJS and the engine and warms up V8's compiler on its own, so a thread that only
 * coordinated would cost a whole warm-up for nothing. Each worker holds the file it checks and
 * the next few (PER_WORKER), so it does not wait on this thread (busy with a file of its own)
 * between files; it answers with already laid-out text.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { CheckFileOptions, FileOutcome } from './check-file';
import type { CheckTask, CheckAnswer } from './check-worker';

/** The compiled worker; absent when running from TypeScript sources (tests): then one job. */
const WORKER = join(__dirname, 'check-worker.js');

/**
 * Files given to one worker at once: the one it checks and three in its queue. This thread
 * hands out files only between its own (it answers messages while it waits on a file read),
 * so with one file queued a worker waited ~6 % of a 200-file batch; with three, never.
 */
const PER_WORKER = 4;

/**
 * How far the files handed out may run ahead of the next one printed, per lane: results
 * done out of turn wait in memory, so one slow workbook does not let that wait grow with the batch.
 */
const AHEAD_PER_LANE = 6;

/** How many lanes (this thread and worker threads) to use for `files` files with `jobs` asked for: 1 without the compiled worker. */
export function laneCount(jobs: number, files: number): number {
  if (!existsSync(WORKER)) return 1;
  return Math.max(1, Math.min(jobs, files));
}

/**
 * Check every file and call `emit` for each outcome in file order, with `lanes` files at
 * once: this thread and lanes − 1 worker threads (none with 1: the files one after the other here).
 */
export async function checkAll(files: string[], options: CheckFileOptions, lanes: number, emit: (o: FileOutcome) => void): Promise<void> {
  const { checkFile } = await import('./check-file');
  if (lanes <= 1) {
    for (const file of files) emit(await checkFile(file, options));
    return;
  }
  const pool = Array.from({ length: lanes - 1 }, () => ({ worker: new Worker(WORKER, { workerData: options }), held: 0 }));
  const done = new Map<number, FileOutcome>();
  let next = 0;
  let sent = 0;
  let localBusy = false;
  try {
    await new Promise<void>((resolve, reject) => {
      const mayHandOut = () => sent < files.length && sent - next < lanes * AHEAD_PER_LANE;
      const finish = (index: number, outcome: FileOutcome) => {
        done.set(index, outcome);
        // Hand on every result that is now next in line; later ones wait their turn.
        while (done.has(next)) {
          emit(done.get(next) as FileOutcome);
          done.delete(next);
          next++;
        }
        if (next === files.length) resolve();
        else give();
      };
      /** This thread's lane: files one after the other while there are files to take. */
      const checkHere = async () => {
        localBusy = true;
        while (mayHandOut()) {
          const index = sent++;
          finish(index, await checkFile(files[index], options));
        }
        localBusy = false;
      };
      const give = () => {
        for (const w of pool) {
          while (w.held < PER_WORKER && mayHandOut()) {
            const task: CheckTask = { index: sent, file: files[sent] };
            w.worker.postMessage(task);
            w.held++;
            sent++;
          }
        }
        if (!localBusy && mayHandOut()) checkHere().catch(reject);
      };
      for (const w of pool) {
        w.worker.on('message', (m: CheckAnswer) => {
          w.held--;
          finish(m.index, m.outcome);
        });
        w.worker.on('error', reject);
        w.worker.on('exit', (code) => {
          if (next < files.length) reject(new Error(`check worker stopped (exit code ${code}) before the batch was done`));
        });
      }
      give();
    });
  } finally {
    await Promise.all(pool.map((w) => w.worker.terminate()));
  }
}
