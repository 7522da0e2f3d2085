/**
 * Rules at scale (issue 17.1): runRules on consolidated models of 2,000 and 20,000 项 rows,
 * CPU time in this process, the median of enough runs to fill about a second (a 2k run takes
 * ~40 ms: the median of three of those swung ±30 %, and the 2k → 20k ratio with it). Two
 * shapes: the 支出决算表 (T03) alone at that size, and T02, T03, T05 and T07 all at that size
 * (every subject schedule consolidated).
 */
import { runRules } from '../../src/core/rules/runner';
import { Table, int, ms, ratio } from '../table';
import { largeModel } from './rules-model';

const SIZES = [2_000, 20_000];
/** Runs at least, and the CPU time the runs of one size should add up to. */
const MIN_RUNS = 3;
const FILL_MS = 1_000;

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The median CPU time of as many runs as fill FILL_MS (after one warm-up run), and how many. */
function medianCpu(fn: () => unknown): { ms: number; runs: number } {
  const first = cpuMs(fn);
  const runs = Math.max(MIN_RUNS, Math.min(50, Math.ceil(FILL_MS / Math.max(first, 1))));
  const xs = Array.from({ length: runs }, () => cpuMs(fn)).sort((a, b) => a - b);
  return { ms: xs[Math.floor(runs / 2)], runs };
}

export async function benchRulesScale(): Promise<Table> {
  const rows: string[][] = [];
  for (const shape of ['T03', 'all'] as const) {
    const times: number[] = [];
    for (const items of SIZES) {
      const model = largeModel(items, shape === 'T03' ? ['T03'] : undefined);
      const findings = runRules(model).length;
      const { ms: t, runs } = medianCpu(() => runRules(model));
      times.push(t);
      rows.push([shape === 'T03' ? '支出决算表 alone' : 'T02+T03+T05+T07', int(items), int(findings), ms(t), int(runs), times.length > 1 ? ratio(t / times[0]) : '']);
    }
  }
  return {
    title: 'Rules at scale: runRules CPU time (ms), median of the runs shown',
    headers: ['model', '项 rows', 'findings', 'rules CPU', 'runs', 'vs 2k'],
    rows,
    notes: ['Target (17.1): 20,000 项 rows under 1 s, growing at most ~12× from 2,000 (linear: 10×).'],
  };
}
