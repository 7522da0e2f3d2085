/**
 * The counter the lanes of `juesuan check --jobs N` share (shared memory, Atomics): each lane
 * takes the next file of the batch itself, the moment it is free, with no message to wait for;
 * this thread records how many files it has printed, and a worker that has run too far ahead
 * of that waits. So the lanes finish together (at most one file apart) and the results held
 * out of turn stay bounded, whatever the batch.
 */

/** Plain data (sent to the workers): the shared counters and the bound. */
export interface LaneData {
  /** [next file to take, files printed] */
  counters: Int32Array;
  /** How far a file taken may run ahead of the next one printed. */
  ahead: number;
}

const NEXT = 0;
const PRINTED = 1;

/** How long a waiting worker sleeps before looking again (it is also woken at each print). */
const WAIT_MS = 100;

export function newLanes(ahead: number): LaneData {
  return { counters: new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)), ahead };
}

/** Takes the next file's index (it may be past the end: then nothing is left). */
export function takeNext(lanes: LaneData): number {
  return Atomics.add(lanes.counters, NEXT, 1);
}

/** True when the next file taken would run no further ahead than the bound (this thread asks before it takes). */
export function mayTake(lanes: LaneData, total: number): boolean {
  const next = Atomics.load(lanes.counters, NEXT);
  return next < total && next - Atomics.load(lanes.counters, PRINTED) < lanes.ahead;
}

/**
 * Blocks a worker until file `index` is within the bound of the files printed. The file
 * printed next is always held by a lane that is not waiting, so this ends.
 */
export function waitForTurn(lanes: LaneData, index: number): void {
  for (let printed = Atomics.load(lanes.counters, PRINTED); index - printed >= lanes.ahead; printed = Atomics.load(lanes.counters, PRINTED)) {
    Atomics.wait(lanes.counters, PRINTED, printed, WAIT_MS);
  }
}

/** This thread has printed `count` files: wakes the workers waiting for their turn. */
export function printed(lanes: LaneData, count: number): void {
  Atomics.store(lanes.counters, PRINTED, count);
  Atomics.notify(lanes.counters, PRINTED);
}
