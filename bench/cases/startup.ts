/**
 * Start-up (issue 17.3): `juesuan --help` and `juesuan check` on one small workbook against
 * `node -e 0` and Node loading ExcelJS, each in a fresh process, median of 5.
 */
import { join } from 'path';
import { JUESUAN, ROOT, measureNode, medianOf } from '../process';
import { Table, mb, ms, ratio } from '../table';

const RUNS = 5;

export async function benchStartup(): Promise<Table> {
  const sample = join(ROOT, 'assets', 'samples', 'national-2024.xlsx');
  const node = await medianOf(RUNS, () => measureNode(['-e', '0']));
  const excelJs = await medianOf(RUNS, () => measureNode(['-e', "require('exceljs')"]));
  const help = await medianOf(RUNS, () => measureNode([JUESUAN, '--help']));
  const check = await medianOf(RUNS, () => measureNode([JUESUAN, 'check', sample]));
  const heavy = await medianOf(RUNS, () => measureNode(['-e', "require('exceljs');require('docx');require('@resvg/resvg-js');require('echarts')"]));
  const row = (name: string, f: typeof node) => [name, ms(f.wallMs), ms(f.cpuMs), mb(f.peakMb), ratio(f.wallMs / node.wallMs)];
  return {
    title: `Start-up: fresh processes, median of ${RUNS} (ms; peak RSS in MB)`,
    headers: ['command', 'wall', 'CPU', 'peak RSS', 'wall / node -e 0'],
    rows: [row('node -e 0', node), row("node -e require('exceljs')", excelJs), row('juesuan --help', help), row('juesuan check (one sample)', check), row('node loading exceljs+docx+resvg+echarts', heavy)],
    notes: [
      `Target (17.3): --help ≤ 2 × node -e 0 = ${ms(2 * node.wallMs)} ms; check ≤ that + the ExcelJS load (${ms(excelJs.wallMs - node.wallMs)} ms) + its own work.`,
      'The last row is what every command paid before the commands loaded their modules lazily.',
    ],
  };
}
