/** Running the juesuan command in-process and building workbook files for it. */
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { GridCell, SheetGrid, parseA1 } from '../../src/core/grid/sheet-grid';
import { run } from '../../src/cli/main';
import { ExpectedFigure, Fixture, FixtureOptions, buildFixture, writeXlsx } from '../factories';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

export async function juesuan(...argv: string[]): Promise<CliResult> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** `juesuan check --json …` parsed. */
export async function checkJson(...argv: string[]): Promise<{ code: number; json: any; err: string }> {
  const r = await juesuan('check', '--json', ...argv);
  return { code: r.code, json: JSON.parse(r.out), err: r.err };
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'juesuan-cli-'));
}

/** Write sheets as an .xlsx file into `dir` and return its path. */
export async function writeWorkbook(dir: string, name: string, sheets: SheetGrid[]): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await writeXlsx(sheets));
  return path;
}

export function fixture(options: FixtureOptions = {}): Fixture {
  return buildFixture(options);
}

/** The expected figure of (schedule, row, col) in a fixture. */
export function figure(f: Fixture, schedule: string, row: string, col: string): ExpectedFigure {
  const e = f.expected.find((x) => x.schedule === schedule && x.row === row && x.col === col);
  if (!e) throw new Error(`fixture has no ${schedule} ${row}/${col}`);
  return e;
}

/** A copy of the sheets with the cell at (sheet, address) replaced. */
export function withCell(sheets: SheetGrid[], sheet: string, address: string, cell: GridCell | null): SheetGrid[] {
  const { row, col } = parseA1(address);
  return sheets.map((g) => {
    if (g.name !== sheet) return g;
    const cells = g.cells.map((r) => (r ? r.slice() : r));
    while (cells.length <= row) cells.push([]);
    const r = cells[row] ?? [];
    while (r.length <= col) r.push(null);
    r[col] = cell;
    cells[row] = r;
    return { ...g, cells };
  });
}

/** A stack trace or an English exception name leaking to the user. */
export const STACK_TRACE = /\n\s+at .+[(:]\d+|TypeError|ReferenceError|Cannot read propert/;
