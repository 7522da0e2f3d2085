/**
 * A worker thread of `juesuan check --jobs N`: receives { index, file } messages, answers
 * { index, outcome } (checkFile), with the run's options from workerData.
 */
import { parentPort, workerData } from 'worker_threads';
import { CheckFileOptions, checkFile } from './check-file';

const options = workerData as CheckFileOptions;

parentPort?.on('message', (task: { index: number; file: string }) => {
  void checkFile(task.file, options).then((outcome) => parentPort?.postMessage({ index: task.index, outcome }));
});
