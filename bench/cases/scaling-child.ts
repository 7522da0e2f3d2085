/**
 * One scaling measurement in a process of its own, so its peak RSS is that of reading this
 * workbook alone. Started by scaling.ts with: <xlsx path> <runs> <warm-up runs>; sends a
 * ScalingResult back over IPC.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { recogniseWorkbook } from '../../src/core/schedules/recognise';
import { readWorkbookBuffer } from '../../src/hosts/xlsx/read-buffer';
import { heapUsedMb, median, rssMb, timed } from '../measure';
import { cellCount } from './samples';

export interface ScalingResult {
  cells: number;
  /** ExcelJS's own load of the bytes, without the grid conversion. */
  excelJs: number;
  read: number;
  recognise: number;
  /** Heap held by the SheetGrids (after a full collection), and by the model on top. */
  gridHeapMb: number;
  modelHeapMb: number;
  /** Highest RSS of the process after one read and recognise (before the timed runs). */
  peakRssMb: number;
}

/** Heap held by one read's grids and by the model recognised from them, and the cell count. */
async function heldMemory(bytes: Uint8Array, path: string): Promise<{ cells: number; gridHeapMb: number; modelHeapMb: number }> {
  const base = heapUsedMb();
  const source = await readWorkbookBuffer(bytes, path);
  const gridHeapMb = heapUsedMb() - base;
  const model = recogniseWorkbook(source);
  const modelHeapMb = heapUsedMb() - base - gridHeapMb;
  // Keep both alive until measured.
  return { cells: cellCount(source.sheets) + 0 * model.schedules.size, gridHeapMb, modelHeapMb };
}

async function measure(path: string, runs: number, warmup: number): Promise<ScalingResult> {
  const bytes = readFileSync(path);
  const { cells, gridHeapMb, modelHeapMb } = await heldMemory(bytes, path);
  // The peak of one read and recognise; the timed runs below overlap garbage from the last.
  const peakRssMb = rssMb().peak;

  const excelJs: number[] = [];
  const read: number[] = [];
  const recognise: number[] = [];
  for (let i = 0; i < warmup + runs; i++) {
    const load = await timed(() => new ExcelJS.Workbook().xlsx.load(bytes as unknown as ExcelJS.Buffer));
    const r = await timed(() => readWorkbookBuffer(bytes, path));
    const g = await timed(() => recogniseWorkbook(r.result));
    if (i < warmup) continue;
    excelJs.push(load.ms);
    read.push(r.ms);
    recognise.push(g.ms);
  }
  return { cells, excelJs: median(excelJs), read: median(read), recognise: median(recognise), gridHeapMb, modelHeapMb, peakRssMb };
}

const [path, runs, warmup] = process.argv.slice(2);
measure(path, Number(runs), Number(warmup)).then(
  (result) => process.send?.(result, () => process.exit(0)),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
