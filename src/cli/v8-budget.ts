import { setFlagsFromString } from 'v8';

/** V8's interrupt budget (Node 20's V8 11.3: 66 KiB of bytecode run before a function is looked at for optimising). */
const DEFAULT_INTERRUPT_BUDGET = 66 * 1024;

/** The V8 flag the engine's commands run with (also given to bare ExcelJS in the bench, to compare like with like). */
export const COMMAND_V8_FLAG = `--interrupt-budget=${8 * DEFAULT_INTERRUPT_BUDGET}`;

/** The commands that run the engine (not --help, a version or an unknown word). */
const ENGINE_COMMANDS = new Set(['check', 'narrative', 'charts', 'verify', 'template', 'demo']);

/** True when the command line `argv` (without node and the script) runs the engine. */
export function runsEngine(argv: readonly string[]): boolean {
  return ENGINE_COMMANDS.has(argv[0]);
}

/**
 * Tells V8 that this process is a command-line run of seconds, not a long-lived server: a
 * function is optimised by TurboFan once it has run eight times as long as by default.
 * The engine is broad (reading, recognition, some hundred rules, the report), each piece run
 * a few times per workbook, and TurboFan compiles on background threads: in a run of a few
 * seconds much of that compiling never pays back. Measured on the 2-core machine, in turns
 * with V8's default (quiet, three rounds each): `narrative --format docx` 2.19 → 1.70 s of
 * CPU (as little as with TurboFan off, 1.74 s); `check --json` over 200 workbooks 4.76 →
 * 4.00 s with one job and 7.01 → 5.58 s with two (each worker thread warms up on its own;
 * V8's flags are the process's, so they hold there too), at the same or a shorter wall
 * time. Code that stays hot, as the rules on a workbook of 20,000 rows, is still optimised,
 * only later (537 against 502 ms there). Called by bin/juesuan.js only, before any other
 * module is loaded: the commands also run inside the tests' processes, whose flags are not
 * the command's to change.
 */
export function tuneV8ForCommand(argv: readonly string[]): void {
  if (runsEngine(argv)) setFlagsFromString(COMMAND_V8_FLAG);
}
