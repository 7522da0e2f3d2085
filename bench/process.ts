/**
 * A command run in a process of its own, measured by GNU time: CPU (user + system), wall
 * time and peak RSS. The CLI figures of the bench are taken this way, so each includes the
 * process's start-up and nothing of the bench's own heap.
 */
import { spawn } from 'child_process';
import { join } from 'path';

export interface ProcessFigures {
  cpuMs: number;
  wallMs: number;
  peakMb: number;
  code: number;
  stdout: string;
}

export const ROOT = join(__dirname, '..');
export const JUESUAN = join(ROOT, 'bin', 'juesuan.js');

/** Run `node args…` under /usr/bin/time. */
export function measureNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ProcessFigures> {
  return new Promise((done, fail) => {
    const child = spawn('/usr/bin/time', ['-f', '\n@@time %U %S %e %M', process.execPath, ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    // Chunks decoded together: a character of UTF-8 may be split between two chunks.
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', fail);
    child.on('close', (code) => {
      const stdout = Buffer.concat(out).toString();
      const stderr = Buffer.concat(err).toString();
      const m = /@@time ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      if (!m) return fail(new Error(`no timing for node ${args.join(' ')}: ${stderr.slice(-500)}`));
      done({ cpuMs: (Number(m[1]) + Number(m[2])) * 1000, wallMs: Number(m[3]) * 1000, peakMb: Number(m[4]) / 1024, code: code ?? -1, stdout });
    });
  });
}

/** The median figures of `runs` runs (each field its own median). */
export async function medianOf(runs: number, run: () => Promise<ProcessFigures>): Promise<ProcessFigures> {
  const all: ProcessFigures[] = [];
  for (let i = 0; i < runs; i++) all.push(await run());
  return medianFigures(all);
}

/**
 * Several commands run in turn, `rounds` times (a b c, a b c, …), so that a noisy spell on a
 * shared machine falls on each command alike, not on one: each command's figures per round.
 */
export async function interleavedRounds(rounds: number, runs: (() => Promise<ProcessFigures>)[]): Promise<ProcessFigures[][]> {
  const all: ProcessFigures[][] = runs.map(() => []);
  for (let r = 0; r < rounds; r++) for (let i = 0; i < runs.length; i++) all[i].push(await runs[i]());
  return all;
}

/** The median figures of each command of interleavedRounds. */
export async function interleavedMedians(rounds: number, runs: (() => Promise<ProcessFigures>)[]): Promise<ProcessFigures[]> {
  return (await interleavedRounds(rounds, runs)).map(medianFigures);
}

/** Runs side by side, as one figure: the last one's end (wall), their CPU added, the larger peak. */
export async function measureTogether(runs: (() => Promise<ProcessFigures>)[]): Promise<ProcessFigures> {
  const all = await Promise.all(runs.map((r) => r()));
  return {
    cpuMs: all.reduce((s, f) => s + f.cpuMs, 0),
    wallMs: Math.max(...all.map((f) => f.wallMs)),
    peakMb: Math.max(...all.map((f) => f.peakMb)),
    code: Math.max(...all.map((f) => f.code)),
    stdout: all.map((f) => f.stdout).join(''),
  };
}

/**
 * The ratios of two commands' figures round by round, and their median: the machine's speed
 * drifts between rounds (±30 % within minutes on the shared 2-core machine), much less
 * within one round, so the median of the rounds' ratios is steadier than the ratio of medians.
 */
export function roundRatios(a: ProcessFigures[], b: ProcessFigures[], figure: 'cpuMs' | 'wallMs'): { each: number[]; median: number } {
  const each = a.map((f, i) => f[figure] / b[i][figure]);
  return { each, median: median(each) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Each figure's median over several runs of one command (the first run's exit code and output). */
export function medianFigures(all: ProcessFigures[]): ProcessFigures {
  return {
    cpuMs: median(all.map((f) => f.cpuMs)),
    wallMs: median(all.map((f) => f.wallMs)),
    peakMb: median(all.map((f) => f.peakMb)),
    code: all[0].code,
    stdout: all[0].stdout,
  };
}
