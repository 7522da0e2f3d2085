/**
 * Each sample workbook (assets/samples/*.xlsx) through the engine: read (ExcelJS →
 * SheetGrids), recognise, rules; medians over repeated runs.
 */
import { readdirSync, readFileSync } from 'fs';
import { join } from 'path';
import { SheetGrid } from '../../src/core/grid/sheet-grid';
import { runRules } from '../../src/core/rules/runner';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/read-buffer';
import { median, timed } from '../measure';
import { Table, int, ms, ratio } from '../table';

const SAMPLES = join(__dirname, '..', '..', 'assets', 'samples');
const RUNS = 15;
const WARMUP = 2;

/** Cells holding something (what the reader turned into GridCells). */
export function cellCount(sheets: SheetGrid[]): number {
  return sheets.reduce((n, g) => n + g.cells.reduce((m, row) => m + row.filter((c) => c !== null && c !== undefined).length, 0), 0);
}

interface PhaseTimes {
  read: number[];
  recognise: number[];
  rules: number[];
  total: number[];
}

async function phases(bytes: Uint8Array, file: string, runs = RUNS): Promise<{ times: PhaseTimes; cells: number; schedules: number; findings: number }> {
  const times: PhaseTimes = { read: [], recognise: [], rules: [], total: [] };
  let cells = 0;
  let schedules = 0;
  let findings = 0;
  for (let i = 0; i < WARMUP + runs; i++) {
    const read = await timed(() => readWorkbookBuffer(bytes, file));
    const recognise = await timed(() => recogniseWorkbook(read.result));
    const rules = await timed(() => runRules(recognise.result));
    if (i < WARMUP) continue;
    times.read.push(read.ms);
    times.recognise.push(recognise.ms);
    times.rules.push(rules.ms);
    times.total.push(read.ms + recognise.ms + rules.ms);
    cells = cellCount(read.result.sheets);
    schedules = recognise.result.schedules.size;
    findings = rules.result.length;
  }
  return { times, cells, schedules, findings };
}

/** One row per sample workbook. */
export async function benchSamples(): Promise<Table> {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.xlsx')).sort();
  const all = files.map((file) => ({ file, bytes: readFileSync(join(SAMPLES, file)) }));
  // Warm the JIT on every workbook first, or the first one measured pays for it.
  for (const { file, bytes } of all) await phases(bytes, file, 0);
  const rows: string[][] = [];
  for (const { file, bytes } of all) {
    const { times, cells, schedules, findings } = await phases(bytes, file);
    const read = median(times.read);
    const recognise = median(times.recognise);
    const rules = median(times.rules);
    rows.push([
      file,
      int(bytes.length / 1024),
      int(cells),
      String(schedules),
      int(findings),
      ms(read),
      ms(recognise),
      ms(rules),
      ms(median(times.total)),
      ratio(recognise / read),
      ratio(rules / read),
      (cells / read).toFixed(0),
    ]);
  }
  return {
    title: `Sample workbooks: median of ${RUNS} runs (after warm-up), times in ms`,
    headers: ['file', 'KiB', 'cells', 'sched', 'findings', 'read', 'recognise', 'rules', 'total', 'recog/read', 'rules/read', 'cells/ms read'],
    rows,
    notes: ['read = bytes → SheetGrids (JSZip + ExcelJS + grid conversion); total = median of per-run sums.'],
  };
}
