/**
 * The Excel host reads a fourteen-schedule Sichuan 2021 workbook into the same SheetGrids as
 * the .xlsx host, in a fixed number of syncs whatever the number of sheets.
 */
import { recogniseWorkbook } from '../../../src/core/schedules/recognise';
import type { GridCell, SheetGrid } from '../../../src/core/grid/sheet-grid';
import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { buildFixture, writeXlsx } from '../../factories';
import { FIVE_MB } from './fake-excel';
import { fakeWith, gridAt, hostOn } from './helpers';

/** The fixed number of syncs of a read (sheet list, used ranges, cells). */
const READ_SYNCS = 3;

/** Office.js does not read formulas (see read-workbook.ts): drop them from the .xlsx grids. */
function withoutFormulas(sheets: SheetGrid[]): SheetGrid[] {
  return sheets.map((s) => ({
    ...s,
    cells: s.cells.map((row) => row.map((c) => (c ? (({ formula: _f, ...rest }: GridCell) => rest)(c) : null))),
  }));
}

function fillerSheets(count: number): SheetGrid[] {
  return Array.from({ length: count }, (_, i) =>
    gridAt(`附注${i + 1}`, i % 3, i % 2, [
      ['说明', `第 ${i + 1} 页`],
      [i, i * 1.5, i % 2 === 0],
    ]),
  );
}

describe('ExcelHost.readWorkbook: a Sichuan 2021 workbook', () => {
  it('gives the SheetGrids of the .xlsx host and recognises 14 schedules', async () => {
    const fixture = buildFixture({ template: 'sichuan2021' });
    const fake = fakeWith(fixture.sheets, { workbookName: 'sichuan2021.xlsx' });
    const host = hostOn(fake);
    expect(host.name).toBe('当前工作簿');
    const source = await host.readWorkbook();
    const fromXlsx = await readWorkbookBuffer(await writeXlsx(fixture.sheets), 'sichuan2021.xlsx');

    expect(source.file).toBe('sichuan2021.xlsx');
    expect(host.name).toBe('sichuan2021.xlsx');
    expect(source.sheets).toHaveLength(14);
    expect(source.sheets).toEqual(withoutFormulas(fromXlsx.sheets));
    const model = recogniseWorkbook(source);
    expect([...model.schedules.keys()].sort()).toEqual([...fixture.schedules].sort());
    expect(model.schedules.size).toBe(14);
    expect(model.template).toBe('sichuan2021');
  });

  it('reads formulas’ values, hidden rows and columns and stray notes like the .xlsx host (clutter + formulas)', async () => {
    const fixture = buildFixture({ template: 'sichuan2021', clutter: true, formulas: true });
    const source = await hostOn(fakeWith(fixture.sheets)).readWorkbook();
    const fromXlsx = await readWorkbookBuffer(await writeXlsx(fixture.sheets), 'x.xlsx');
    expect(source.sheets).toEqual(withoutFormulas(fromXlsx.sheets));
    expect(source.sheets.some((s) => (s.hiddenRows ?? []).length > 0)).toBe(true);
    expect(source.sheets.some((s) => (s.hiddenCols ?? []).length > 0)).toBe(true);
    expect(recogniseWorkbook(source).schedules.size).toBe(14);
  });

  it(`costs exactly ${READ_SYNCS} syncs for 14 sheets and for 50 sheets, each under 5 MB`, async () => {
    const fixture = buildFixture({ template: 'sichuan2021' });
    const small = fakeWith(fixture.sheets);
    await hostOn(small).readWorkbook();
    expect(small.syncCount).toBe(READ_SYNCS);

    const fillers = fillerSheets(36);
    const big = fakeWith([...fixture.sheets, ...fillers]);
    const source = await hostOn(big).readWorkbook();
    expect(source.sheets).toHaveLength(50);
    expect(big.syncCount).toBe(READ_SYNCS);
    expect(source.sheets.slice(14)).toEqual(fillers.map((g) => ({ ...g, hiddenRows: [], hiddenCols: [], hidden: false })));
    for (const s of [...small.syncs, ...big.syncs]) {
      expect(s.failed).toBeUndefined();
      expect(s.requestBytes).toBeLessThan(FIVE_MB);
      expect(s.responseBytes).toBeLessThan(FIVE_MB);
    }
    expect(recogniseWorkbook(source).schedules.size).toBe(14);
  });

  it('reports progress: 0 once the sheets are listed, then one step per sheet', async () => {
    const fixture = buildFixture({ template: 'sichuan2021' });
    const steps: string[] = [];
    await hostOn(fakeWith(fixture.sheets)).readWorkbook((p) => steps.push(`${p.done}/${p.total}`));
    expect(steps).toEqual(['0/14', ...Array.from({ length: 14 }, (_, i) => `${i + 1}/14`)]);
  });
});
