/**
 * A worker thread of `juesuan check --jobs N`: receives CheckTask messages, checks their files
 * one after the other (checkFile) and answers a CheckAnswer for each, with the run's options
 * from workerData. Tasks that arrive while a file is being checked wait in order.
 */
import { parentPort, workerData } from 'worker_threads';
import { CheckFileOptions, FileOutcome, checkFile } from './check-file';

/** One file to check: its place in the batch and its path. */
export interface CheckTask {
  index: number;
  file: string;
}

/** The outcome of one task (its strings already laid out: cheap to send). */
export interface CheckAnswer {
  index: number;
  outcome: FileOutcome;
}

const options = workerData as CheckFileOptions;
const queue: CheckTask[] = [];
let busy = false;

async function drain(): Promise<void> {
  busy = true;
  for (let task = queue.shift(); task; task = queue.shift()) {
    const answer: CheckAnswer = { index: task.index, outcome: await checkFile(task.file, options) };
    parentPort?.postMessage(answer);
  }
  busy = false;
}

parentPort?.on('message', (task: CheckTask) => {
  queue.push(task);
  // A defect (checkFile never throws for bad input) fails the worker, and so the command.
  if (!busy) drain().catch((e: unknown) => setImmediate(() => { throw e; }));
});
