/**
 * A worker thread of `juesuan check --jobs N`: takes the next file of the batch itself (the
 * lanes' shared counter, check-pool.ts), checks it and answers a CheckAnswer, until no file
 * is left. It never runs more than the pool's bound ahead of the next file printed: then it
 * waits (it has nothing else to do) until this thread has printed further.
 */
import { parentPort, workerData } from 'worker_threads';
import { CheckFileOptions, FileOutcome, checkFile } from './check-file';
import { LaneData, waitForTurn, takeNext } from './lane-counter';

/** The outcome of one file of the batch (its strings already laid out: cheap to send). */
export interface CheckAnswer {
  index: number;
  outcome: FileOutcome;
}

/** What each worker is started with. */
export interface WorkerStart {
  options: CheckFileOptions;
  files: string[];
  lanes: LaneData;
}

async function work({ options, files, lanes }: WorkerStart): Promise<void> {
  for (let index = takeNext(lanes); index < files.length; index = takeNext(lanes)) {
    waitForTurn(lanes, index);
    const answer: CheckAnswer = { index, outcome: await checkFile(files[index], options) };
    parentPort?.postMessage(answer);
  }
}

// A defect (checkFile never throws for bad input) fails the worker, and so the command.
work(workerData as WorkerStart).catch((e: unknown) => setImmediate(() => { throw e; }));
