import { setFlagsFromString } from 'v8';

/** V8's interrupt budget (Node 20's V8 11.3: 66 KiB of bytecode run before a function is looked at for optimising). */
const DEFAULT_INTERRUPT_BUDGET = 66 * 1024;

/** The commands that do one workbook's bounded work. */
const SHORT_RUNS = new Set(['narrative', 'charts']);

/** True when the command line `argv` (without node and the script) runs a short command. */
export function isShortRun(argv: readonly string[]): boolean {
  return SHORT_RUNS.has(argv[0]);
}

/**
 * Tells V8 that this process does one workbook's bounded work (`narrative`, `charts`): a
 * function is optimised by TurboFan once it has run eight times as long as by default.
 * TurboFan compiles on background threads, and in a run of two seconds most of that
 * compiling never pays back: `narrative --format docx` on the national sample took 2.19 s of
 * CPU by default and 1.70 s with this budget — as little as with TurboFan off (1.74 s) —
 * while code that stays hot, as on a workbook of 20,000 rows, is still optimised, only
 * later. `check`, whose batches run long, keeps V8's default (a higher or lower budget
 * made no difference beyond the noise there). Called by bin/juesuan.js only, before any
 * other module is loaded: the commands run inside the tests' processes too, whose flags
 * are not the command's to change.
 */
export function tuneForShortRun(argv: readonly string[]): void {
  if (isShortRun(argv)) setFlagsFromString(`--interrupt-budget=${8 * DEFAULT_INTERRUPT_BUDGET}`);
}
