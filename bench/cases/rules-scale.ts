/**
 * Rules at scale (issue 17.1): runRules on consolidated models of 2,000 and 20,000 项 rows,
 * CPU time in this process, median of 3. Two shapes: the 支出决算表 (T03) alone at that size,
 * and T02, T03, T05 and T07 all at that size (every subject schedule consolidated).
 */
import { runRules } from '../../src/core/rules/runner';
import { Table, int, ms, ratio } from '../table';
import { largeModel } from './rules-model';

const SIZES = [2_000, 20_000];
const RUNS = 3;

function cpuMs(fn: () => unknown): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function medianCpu(fn: () => unknown): number {
  fn();
  const xs = Array.from({ length: RUNS }, () => cpuMs(fn)).sort((a, b) => a - b);
  return xs[Math.floor(RUNS / 2)];
}

export async function benchRulesScale(): Promise<Table> {
  const rows: string[][] = [];
  for (const shape of ['T03', 'all'] as const) {
    const times: number[] = [];
    for (const items of SIZES) {
      const model = largeModel(items, shape === 'T03' ? ['T03'] : undefined);
      const findings = runRules(model).length;
      const t = medianCpu(() => runRules(model));
      times.push(t);
      rows.push([shape === 'T03' ? '支出决算表 alone' : 'T02+T03+T05+T07', int(items), int(findings), ms(t), times.length > 1 ? ratio(t / times[0]) : '']);
    }
  }
  return {
    title: `Rules at scale: runRules CPU time (ms), median of ${RUNS}`,
    headers: ['model', '项 rows', 'findings', 'rules CPU', 'vs 2k'],
    rows,
    notes: ['Target (17.1): 20,000 项 rows under 1 s, growing at most ~12× from 2,000 (linear: 10×).'],
  };
}
