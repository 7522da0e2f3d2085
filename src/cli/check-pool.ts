/**
 * Files checked on worker threads, results handed on in the order of the files (as soon as
 * the next in line is done), so `--jobs N` prints exactly what one job prints.
 *
 * The main thread only coordinates and prints: it loads the checking code (ExcelJS, the
 * engine) only when it checks the files itself, so with workers the process loads it once per
 * worker and not once more here. Each worker holds the file it checks and the next one, so it
 * never waits on the main thread between files; it answers with already laid-out text.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import type { CheckFileOptions, FileOutcome } from './check-file';
import type { CheckTask, CheckAnswer } from './check-worker';

/** The compiled worker; absent when running from TypeScript sources (tests): then one job. */
const WORKER = join(__dirname, 'check-worker.js');

/** Files given to one worker at once: the one it checks and the next in its queue. */
const PER_WORKER = 2;

/**
 * How far the files handed out may run ahead of the next one printed, per worker: results
 * done out of turn wait in memory, so one slow workbook does not let that wait grow with the batch.
 */
const AHEAD_PER_WORKER = 4;

/** How many workers to use for `files` files with `jobs` asked for. */
export function workerCount(jobs: number, files: number): number {
  if (!existsSync(WORKER)) return 0;
  const n = Math.min(jobs, files);
  return n > 1 ? n : 0;
}

/**
 * Check every file and call `emit` for each outcome in file order. With `workers` 0 the files
 * are checked here, one after the other.
 */
export async function checkAll(files: string[], options: CheckFileOptions, workers: number, emit: (o: FileOutcome) => void): Promise<void> {
  if (workers === 0) {
    const { checkFile } = await import('./check-file');
    for (const file of files) emit(await checkFile(file, options));
    return;
  }
  const pool = Array.from({ length: workers }, () => ({ worker: new Worker(WORKER, { workerData: options }), held: 0 }));
  const done = new Map<number, FileOutcome>();
  let next = 0;
  let sent = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const give = () => {
        for (const w of pool) {
          while (w.held < PER_WORKER && sent < files.length && sent - next < workers * AHEAD_PER_WORKER) {
            const task: CheckTask = { index: sent, file: files[sent] };
            w.worker.postMessage(task);
            w.held++;
            sent++;
          }
        }
      };
      for (const w of pool) {
        w.worker.on('message', (m: CheckAnswer) => {
          w.held--;
          done.set(m.index, m.outcome);
          // Hand on every result that is now next in line; later ones wait their turn.
          while (done.has(next)) {
            emit(done.get(next) as FileOutcome);
            done.delete(next);
            next++;
          }
          if (next === files.length) resolve();
          else give();
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
