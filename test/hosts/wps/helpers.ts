/** Small builders for the WPS host tests. */
import * as path from 'path';
import type { GridCell, SheetGrid } from '../../../src/core/grid/sheet-grid';
import { readWorkbookFile } from '../../../src/hosts/xlsx';
import { WpsHost, type WpsHostOptions } from '../../../src/hosts/wps';
import type { WpsObject } from '../../../src/hosts/wps/members';
import { FakeWps, type FakeWpsOptions } from './fake-wps';

export const SAMPLES = ['national-2023.xlsx', 'national-2024.xlsx', 'sichuan-2023.xlsx', 'sichuan-2024.xlsx'];

const cache = new Map<string, SheetGrid[]>();

/** A bundled sample as the .xlsx host reads it. */
export async function sampleGrids(file: string): Promise<SheetGrid[]> {
  const hit = cache.get(file);
  if (hit) return hit;
  const source = await readWorkbookFile(path.join(__dirname, '../../../assets/samples', file));
  cache.set(file, source.sheets);
  return source.sheets;
}

/** The WPS host reads no formulas (as the Excel host): drop them from the .xlsx grids. */
export function withoutFormulas(sheets: SheetGrid[]): SheetGrid[] {
  return sheets.map((s) => ({
    ...s,
    cells: s.cells.map((row) => row.map((c) => (c ? (({ formula: _f, formulaWithoutValue: _w, ...rest }: GridCell) => rest)(c) : null))),
  }));
}

export function fakeWith(sheets: SheetGrid[], options?: FakeWpsOptions): FakeWps {
  return new FakeWps(sheets, options);
}

export function hostOn(fake: FakeWps, options?: WpsHostOptions): WpsHost {
  return new WpsHost(fake.Application as WpsObject, options);
}

/** Everything a user could see of a sheet: cells, merges, visibility, hidden lines, charts. */
export function snapshot(fake: FakeWps, name: string): string {
  const s = fake.sheet(name);
  return JSON.stringify({ cells: [...s.cells], merges: s.merges, visible: s.visible, rows: [...s.hiddenRows], cols: [...s.hiddenCols], charts: s.charts });
}

export const VARIANTS = ['typings', 'properties', 'methods'] as const;
