/**
 * Files checked by `jobs` lanes at once — this thread and jobs − 1 worker threads — results
 * handed on in the order of the files (as soon as the next in line is done), so `--jobs N`
 * prints exactly what one job prints.
 *
 * The workers are started first, so they load the engine while this thread loads it too.
 * Every lane takes the next file itself from a shared counter (lane-counter.ts) the moment it
 * is free: a worker never waits on this thread (busy with a file of its own) for work, a lane
 * still loading takes nothing (a small batch is done here before a worker is ready), and the
 * lanes end within a file of each other. This thread checks files too, between printing:
 * each worker thread loads ExcelJS and the engine and warms up V8's compiler on its own, so
 * a thread that only coordinated would cost a whole warm-up for nothing.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { CheckFileOptions, FileOutcome } from './check-file';
import type { CheckAnswer, WorkerStart } from './check-worker';
import { mayTake, newLanes, printed, takeNext } from './lane-counter';

/** The compiled worker; absent when running from TypeScript sources (tests): then one job. */
const WORKER = join(__dirname, 'check-worker.js');

/**
 * How far the files taken may run ahead of the next one printed, per lane: results done out
 * of turn wait in memory, so one slow workbook does not let that wait grow with the batch.
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
  const shared = newLanes(lanes * AHEAD_PER_LANE);
  const start: WorkerStart = { options, files, lanes: shared };
  const workers = Array.from({ length: lanes - 1 }, () => new Worker(WORKER, { workerData: start }));
  try {
    const { checkFile } = await import('./check-file');
    if (workers.length === 0) {
      for (const file of files) emit(await checkFile(file, options));
      return;
    }
    const done = new Map<number, FileOutcome>();
    let next = 0;
    let localBusy = false;
    await new Promise<void>((resolve, reject) => {
      const finish = (index: number, outcome: FileOutcome) => {
        done.set(index, outcome);
        // Hand on every result that is now next in line; later ones wait their turn.
        const before = next;
        for (let o = done.get(next); o !== undefined; o = done.get(next)) {
          emit(o);
          done.delete(next++);
        }
        if (next === before) return;
        printed(shared, next);
        if (next === files.length) resolve();
        else if (!localBusy) checkHere().catch(reject);
      };
      /** This thread's lane: the next file while one may be taken (a worker's answer starts it again). */
      const checkHere = async () => {
        localBusy = true;
        while (mayTake(shared, files.length)) {
          const index = takeNext(shared);
          if (index >= files.length) break;
          finish(index, await checkFile(files[index], options));
        }
        localBusy = false;
      };
      for (const w of workers) {
        w.on('message', (m: CheckAnswer) => finish(m.index, m.outcome));
        w.on('error', reject);
        // A worker ends on its own (code 0) once no file is left to take, its answers sent.
        w.on('exit', (code) => {
          if (code !== 0 && next < files.length) reject(new Error(`check worker stopped (exit code ${code}) before the batch was done`));
        });
      }
      checkHere().catch(reject);
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
