/**
 * Files checked on worker threads, results handed on in the order of the files (as soon as
 * the next in line is done), so `--jobs N` prints exactly what one job prints.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { CheckFileOptions, FileOutcome, checkFile } from './check-file';

/** The compiled worker; absent when running from TypeScript sources (tests): then one job. */
const WORKER = join(__dirname, 'check-worker.js');

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
    for (const file of files) emit(await checkFile(file, options));
    return;
  }
  const done = new Map<number, FileOutcome>();
  let next = 0;
  let sent = 0;
  const pool = Array.from({ length: workers }, () => new Worker(WORKER, { workerData: options }));
  try {
    await new Promise<void>((resolve, reject) => {
      const give = (w: Worker) => {
        if (sent < files.length) {
          w.postMessage({ index: sent, file: files[sent] });
          sent++;
        }
      };
      for (const w of pool) {
        w.on('message', (m: { index: number; outcome: FileOutcome }) => {
          done.set(m.index, m.outcome);
          give(w);
          // Hand on every result that is now next in line; later ones wait their turn.
          while (done.has(next)) {
            emit(done.get(next) as FileOutcome);
            done.delete(next);
            next++;
          }
          if (next === files.length) resolve();
        });
        w.on('error', reject);
        give(w);
      }
    });
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
