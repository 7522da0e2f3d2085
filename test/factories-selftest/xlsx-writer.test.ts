import ExcelJS from 'exceljs';
import { cellAt, parseA1 } from '../../src/core/grid/sheet-grid';
import { buildFixture, writeXlsx } from '../factories';

async function reread(options: Parameters<typeof buildFixture>[0]) {
  const f = buildFixture(options);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await writeXlsx(f.sheets)) as unknown as ArrayBuffer);
  return { f, wb };
}

describe('writeXlsx', () => {
  it('keeps sheet order, values, number formats and merges', async () => {
    const { f, wb } = await reread({});
    expect(wb.worksheets.map((w) => w.name)).toEqual(f.sheets.map((s) => s.name));
    for (const e of f.expected.filter((x) => x.schedule === 'T01')) {
      const cell = wb.getWorksheet(e.sheet)!.getCell(e.address);
      expect(Math.round((cell.value as number) * 1_000_000)).toBe(e.fen);
      expect(cell.numFmt).toBe('#,##0.00');
    }
    const sheet = f.sheets[0];
    const merges = (wb.getWorksheet(sheet.name) as unknown as { _merges: Record<string, { model: { top: number; left: number; bottom: number; right: number } }> })._merges;
    const read = Object.values(merges).map((m) => ({ top: m.model.top - 1, left: m.model.left - 1, bottom: m.model.bottom - 1, right: m.model.right - 1 }));
    expect(read).toEqual(expect.arrayContaining(sheet.merges));
    expect(read.length).toBe(sheet.merges.length);
    expect(wb.getWorksheet(sheet.name)!.getCell('A1').font?.bold).toBe(true);
  });

  it('writes totals as formulas with cached results', async () => {
    const { f, wb } = await reread({ formulas: true });
    const e = f.expected.find((x) => x.schedule === 'T02' && x.row === '合计' && x.col === '本年收入合计')!;
    const cell = wb.getWorksheet(e.sheet)!.getCell(e.address);
    const grid = f.sheets.find((s) => s.name === e.sheet)!;
    const { row, col } = parseA1(e.address);
    expect(cell.value).toEqual({ formula: cellAt(grid, row, col)!.formula, result: e.fen / 1_000_000 });
  });

  it('keeps text numbers as text with "@"', async () => {
    const { f, wb } = await reread({ textNumbers: true });
    const e = f.expected.find((x) => x.schedule === 'T01' && x.row === '收入总计')!;
    const cell = wb.getWorksheet(e.sheet)!.getCell(e.address);
    expect(cell.value).toBe('3,599.31');
    expect(cell.numFmt).toBe('@');
  });

  it('keeps hidden rows and columns', async () => {
    const { f, wb } = await reread({ clutter: true });
    const grid = f.sheets[1];
    const ws = wb.getWorksheet(grid.name)!;
    expect(ws.getRow(grid.hiddenRows![0] + 1).hidden).toBe(true);
    expect(ws.getColumn(grid.hiddenCols![0] + 1).hidden).toBe(true);
    expect(ws.getRow(grid.hiddenRows![0]).hidden).toBe(false);
  });

  it('stays small', async () => {
    const f = buildFixture({ template: 'sichuan2023' });
    expect((await writeXlsx(f.sheets)).length).toBeLessThan(100_000);
  });
});
