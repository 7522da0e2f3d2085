import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import type { SheetGrid } from '../../../src/core/grid/sheet-grid';
import { oneSheet } from './factories';
import type ExcelJS from 'exceljs';

async function readOne(fill: (ws: ExcelJS.Worksheet) => void): Promise<SheetGrid> {
  const source = await readWorkbookBuffer(await oneSheet(fill), 'values.xlsx');
  expect(source.file).toBe('values.xlsx');
  return source.sheets[0];
}

describe('readWorkbookBuffer: cell values', () => {
  it('reads numbers, text, booleans, dates, rich text and hyperlinks', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 1234.56;
      ws.getCell('B1').value = '一般公共预算财政拨款收入';
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = new Date(Date.UTC(2024, 11, 31));
      ws.getCell('E1').value = { richText: [{ text: '收入' }, { font: { bold: true }, text: '合计' }] };
      ws.getCell('F1').value = { text: '财政部', hyperlink: 'https://www.mof.gov.cn/' };
      ws.getCell('G1').value = 0;
      ws.getCell('H1').value = -5;
    });
    expect(grid.cells[0].map((c) => c?.value)).toEqual([
      1234.56,
      '一般公共预算财政拨款收入',
      true,
      '2024-12-31',
      '收入合计',
      '财政部',
      0,
      -5,
    ]);
    expect(grid.cells[0][0]?.formula).toBeUndefined();
    expect(grid.cells[0][0]?.text).toBeUndefined();
  });

  it('keeps the number format and leaves General out', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 2.5;
      ws.getCell('A1').numFmt = '#,##0.00';
      ws.getCell('A2').value = '0101';
      ws.getCell('A2').numFmt = '@';
      ws.getCell('A3').value = 7;
    });
    expect(grid.cells[0][0]).toEqual({ value: 2.5, numFmt: '#,##0.00' });
    expect(grid.cells[1][0]).toEqual({ value: '0101', numFmt: '@' });
    expect(grid.cells[2][0]).toEqual({ value: 7 });
  });

  it('gives back numbers that ExcelJS mistook for dates because of a padding letter', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 1234.56;
      ws.getCell('A1').numFmt = '#,##0.00_h';
      ws.getCell('A2').value = 88.1;
      ws.getCell('A2').numFmt = '#,##0.00*d';
    });
    expect(grid.cells[0][0]).toEqual({ value: 1234.56, numFmt: '#,##0.00_h' });
    expect(grid.cells[1][0]?.value).toBe(88.1);
  });

  it('reads error values as CellError', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
      ws.getCell('B1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    });
    expect(grid.cells[0][0]).toEqual({ value: { error: '#REF!' } });
    expect(grid.cells[0][1]).toEqual({ value: { error: '#N/A' } });
  });
});

describe('readWorkbookBuffer: formulas', () => {
  it('reads the cached result and the formula text, including a result of 0', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 3;
      ws.getCell('A2').value = { formula: 'A1*2', result: 6 };
      ws.getCell('A3').value = { formula: 'A1-3', result: 0 };
      ws.getCell('A4').value = { formula: 'IF(A1>0,"正","负")', result: '正' };
      ws.getCell('A5').value = { formula: 'A1/0', result: { error: '#DIV/0!' } };
    });
    expect(grid.cells[1][0]).toEqual({ value: 6, formula: 'A1*2' });
    expect(grid.cells[2][0]).toEqual({ value: 0, formula: 'A1-3' });
    expect(grid.cells[3][0]).toEqual({ value: '正', formula: 'IF(A1>0,"正","负")' });
    expect(grid.cells[4][0]).toEqual({ value: { error: '#DIV/0!' }, formula: 'A1/0' });
  });

  it('marks a formula without a saved result', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = { formula: 'SUM(B1:B3)' } as ExcelJS.CellFormulaValue;
    });
    expect(grid.cells[0][0]).toEqual({ value: null, formula: 'SUM(B1:B3)', formulaWithoutValue: true });
  });

  it('reads a formula whose saved result is the empty string as "" (not as uncalculated)', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 0;
      ws.getCell('B1').value = { formula: 'IF(A1=0,"",A1)', result: '' };
      ws.getCell('C1').value = { formula: 'A1+1' } as ExcelJS.CellFormulaValue;
    });
    expect(grid.cells[0][1]).toEqual({ value: '', formula: 'IF(A1=0,"",A1)' });
    expect(grid.cells[0][2]).toEqual({ value: null, formula: 'A1+1', formulaWithoutValue: true });
  });

  it('translates shared formulas for each cell', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('A2').value = 2;
      ws.getCell('A3').value = 3;
      ws.fillFormula('B1:B3', 'A1*10', [10, 20, 30]);
    });
    expect(grid.cells.map((row) => row[1])).toEqual([
      { value: 10, formula: 'A1*10' },
      { value: 20, formula: 'A2*10' },
      { value: 30, formula: 'A3*10' },
    ]);
  });
});
