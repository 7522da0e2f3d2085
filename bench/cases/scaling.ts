/**
 * Scaling: the national fixture plus one sheet of N rows × 20 numbers. How read and
 * recognise grow with N, recognise relative to read, and memory. Each N is measured in a
 * child process (scaling-child.ts) so its peak RSS is its own.
 */
import { fork } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildFixture, writeXlsx } from '../../test/factories';
import { Table, int, mb, ms, ratio } from '../table';
import { withNumericSheet } from './big-sheet';
import type { ScalingResult } from './scaling-child';

const COLUMNS = 20;
/** Rows, and how many runs each gets: big sheets take seconds per read. */
const STEPS = [
  { rows: 1_000, runs: 9, warmup: 2 },
  { rows: 10_000, runs: 5, warmup: 1 },
  { rows: 100_000, runs: 3, warmup: 0 },
];

function measureInChild(path: string, runs: number, warmup: number): Promise<ScalingResult> {
  return new Promise((done, fail) => {
    // The same loader flags (tsx) as this process, plus a callable gc for the heap figures.
    const child = fork(join(__dirname, 'scaling-child.ts'), [path, String(runs), String(warmup)], {
      execArgv: [...process.execArgv, '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let result: ScalingResult | undefined;
    child.on('message', (m) => (result = m as ScalingResult));
    child.on('error', fail);
    child.on('exit', (code) => (result ? done(result) : fail(new Error(`scaling child for ${path} exited with ${code}`))));
  });
}

/** One row per N. */
export async function benchScaling(): Promise<Table> {
  const dir = mkdtempSync(join(tmpdir(), 'juesuan-bench-'));
  const rows: string[][] = [];
  try {
    const base = await writeXlsx(buildFixture({ template: 'national' }).sheets);
    for (const step of STEPS) {
      const bytes = await withNumericSheet(base, step.rows, COLUMNS);
      const path = join(dir, `national-plus-${step.rows}.xlsx`);
      writeFileSync(path, bytes);
      const r = await measureInChild(path, step.runs, step.warmup);
      rows.push([
        int(step.rows),
        String(step.runs),
        int(r.cells),
        mb(bytes.length / 1024 / 1024),
        ms(r.excelJs),
        ms(r.read),
        ms(r.recognise),
        ratio(r.recognise / r.read),
        ratio(r.excelJs / r.read),
        (r.cells / r.read).toFixed(0),
        mb(r.gridHeapMb),
        ((r.gridHeapMb * 1024 * 1024) / r.cells).toFixed(0),
        mb(r.modelHeapMb),
        mb(r.peakRssMb),
      ]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    title: `Scaling: national fixture + one sheet of N rows × ${COLUMNS} numbers (medians, ms; memory in MB)`,
    headers: ['N rows', 'runs', 'cells', 'xlsx MB', 'ExcelJS load', 'read', 'recognise', 'recog/read', 'ExcelJS/read', 'cells/ms read', 'grid heap', 'B/cell', 'model heap', 'peak RSS'],
    rows,
    notes: [
      'read = readWorkbookBuffer: one open of the zip (sizes checked first), the sheets listed, a sheet part over 2 MB (PEEK_ABOVE) peeked at for schedule cues in its first rows and left unread without them, ExcelJS on the rest, grid conversion. The extra sheet has no cues: from the size where its part passes 2 MB it is not read, so its cells are not in "cells" and the read stays near that of the fixture alone.',
      'ExcelJS load = ExcelJS alone on the whole file, the extra sheet included (what reading cost before the peek); ExcelJS/read says how much the peek saves.',
      'grid heap / model heap: heap held by the SheetGrids / by the recognised model, after a full GC.',
      'peak RSS: highest RSS of a fresh child process after one read + recognise of this workbook (node + tsx alone: ~100 MB).',
    ],
  };
}
