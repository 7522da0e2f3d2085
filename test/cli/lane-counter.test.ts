/** The shared counter of `check --jobs` lanes: files taken in turn, at most `ahead` beyond the files printed. */
import { Worker } from 'worker_threads';
import { mayTake, newLanes, printed, takeNext, waitForTurn } from '../../src/cli/lane-counter';

describe('lane counter', () => {
  it('hands out each index once, in order, past the end when none is left', () => {
    const lanes = newLanes(10);
    expect([takeNext(lanes), takeNext(lanes), takeNext(lanes)]).toEqual([0, 1, 2]);
    expect(mayTake(lanes, 3)).toBe(false);
    expect(mayTake(lanes, 4)).toBe(true);
  });

  it('lets no lane take more than `ahead` files beyond those printed', () => {
    const lanes = newLanes(2);
    takeNext(lanes);
    takeNext(lanes);
    expect(mayTake(lanes, 100)).toBe(false);
    printed(lanes, 1);
    expect(mayTake(lanes, 100)).toBe(true);
  });

  it('releases a waiting worker as soon as the files before it are printed', async () => {
    const lanes = newLanes(1);
    takeNext(lanes);
    // A thread that takes the next file (index 1, one beyond the bound) and waits for its turn, with this module.
    const code =
      "const { workerData, parentPort } = require('worker_threads');" +
      `const { takeNext, waitForTurn } = require(${JSON.stringify(require.resolve('../../src/cli/lane-counter'))});` +
      'const i = takeNext(workerData); waitForTurn(workerData, i);' +
      'parentPort.postMessage({ i, printedThen: Atomics.load(workerData.counters, 1) });';
    const worker = new Worker(code, { eval: true, workerData: lanes, execArgv: ['--require', 'tsx/cjs'] });
    let answer: { i: number; printedThen: number } | undefined;
    worker.on('message', (m) => (answer = m));
    await new Promise((r) => setTimeout(r, 300));
    expect(answer).toBeUndefined();
    printed(lanes, 1);
    await new Promise<void>((r) => worker.once('exit', () => r()));
    expect(answer).toEqual({ i: 1, printedThen: 1 });
  });

  it('does not block a file within the bound', () => {
    const lanes = newLanes(3);
    const index = takeNext(lanes);
    waitForTurn(lanes, index);
    expect(index).toBe(0);
  });
});
