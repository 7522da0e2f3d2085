/**
 * What the mutation sweep (test/integration/mutation-sweep.test.ts) costs: it runs one full
 * check (recognise + rules) per amount cell of each clean fixture, so its time is about
 * cells × one check.
 */
import { checkWorkbook } from '../../src/core/check';
import { FIXTURE_VARIANTS, buildFixture } from '../../test/factories';
import { median, sample } from '../measure';
import { Table, int, ms, seconds } from '../table';

const TEMPLATES = ['national', 'sichuan2021', 'sichuan2023'] as const;
const RUNS = 30;
/** Fewer runs for the whole-sweep estimate, which covers every clean variant. */
const VARIANT_RUNS = 5;

async function checkMs(options: Parameters<typeof buildFixture>[0], runs: number, warmup: number): Promise<{ ms: number; cells: number }> {
  const fixture = buildFixture(options);
  const source = { file: 'fixture.xlsx', sheets: fixture.sheets };
  return { ms: median(await sample(runs, warmup, () => checkWorkbook(source))), cells: fixture.expected.length };
}

/** One row per template set, and the estimate for the whole sweep in the notes. */
export async function benchSweep(): Promise<Table> {
  const rows: string[][] = [];
  for (const template of TEMPLATES) {
    const r = await checkMs({ template }, RUNS, 3);
    rows.push([template, int(r.cells), ms(r.ms), seconds(r.cells * r.ms)]);
  }
  // Same selection as the sweep: every variant but the rounded one.
  const clean = FIXTURE_VARIANTS.filter((v) => !v.options.rounding);
  let cells = 0;
  let total = 0;
  for (const v of clean) {
    const r = await checkMs(v.options, VARIANT_RUNS, 1);
    cells += r.cells;
    total += (r.cells + 1) * r.ms;
  }
  return {
    title: `Mutation-sweep cost: one full check (recognise + rules) on an in-memory fixture, median of ${RUNS}`,
    headers: ['template', 'amount cells', 'check ms', 'sweep of this fixture'],
    rows,
    notes: [
      `Whole sweep (${clean.length} clean variants, ${int(cells)} amount cells, median of ${VARIANT_RUNS} checks each): about ${seconds(total)} of checking,`,
      'plus jest and fixture-building overhead, on one core.',
    ],
  };
}
