/**
 * Timing and memory helpers for the bench. Shared machines are noisy: callers report the
 * median of several runs, and ratios of figures taken in the same run.
 */
import { performance } from 'perf_hooks';
import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';

/** The median of some numbers (mean of the middle two for an even count). */
export function median(xs: number[]): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Milliseconds `fn` takes, with what it returned. */
export async function timed<T>(fn: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await fn();
  return { ms: performance.now() - start, result };
}

/**
 * Run `fn` `warmup` times untimed (JIT, caches), then `runs` times; the durations in ms.
 */
export async function sample(runs: number, warmup: number, fn: () => unknown): Promise<number[]> {
  for (let i = 0; i < warmup; i++) await fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) out.push((await timed(fn)).ms);
  return out;
}

let gcFn: (() => void) | undefined;

/** Collect garbage now, so heap figures show what is held rather than what is left over. */
export function collectGarbage(): void {
  if (!gcFn) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (g) gcFn = g;
    else {
      // Without --expose-gc: turn the flag on and take gc from a fresh context.
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  gcFn();
  gcFn();
}

const MB = 1024 * 1024;

/** Heap in use after a full collection, in MB. */
export function heapUsedMb(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed / MB;
}

/** Resident set size now, and the highest it has been in this process, in MB. */
export function rssMb(): { now: number; peak: number } {
  return { now: process.memoryUsage().rss / MB, peak: process.resourceUsage().maxRSS / 1024 };
}
