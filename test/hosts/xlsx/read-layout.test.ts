import { readWorkbookBuffer } from '../../../src/hosts/xlsx/read-buffer';
import { a1, type SheetGrid } from '../../../src/core/grid/sheet-grid';
import { oneSheet, xlsxBytes } from './factories';
import type ExcelJS from 'exceljs';

async function readOne(fill: (ws: ExcelJS.Worksheet) => void): Promise<SheetGrid> {
  return (await readWorkbookBuffer(await oneSheet(fill), 'layout.xlsx')).sheets[0];
}

describe('readWorkbookBuffer: merges', () => {
  it('keeps the value only in the top-left cell and lists merges 0-based', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = '收入支出决算总表';
      ws.mergeCells('A1:D1');
      ws.getCell('B2').value = 100;
      ws.mergeCells('B2:B4');
      ws.getCell('E5').value = 'end';
    });
    expect(grid.cells[0]).toEqual([{ value: '收入支出决算总表' }]);
    expect(grid.cells[1][1]).toEqual({ value: 100 });
    expect(grid.cells[2]).toEqual([]);
    expect(grid.cells[3]).toEqual([]);
    expect(grid.merges).toEqual([
      { top: 0, left: 0, bottom: 0, right: 3 },
      { top: 1, left: 1, bottom: 3, right: 1 },
    ]);
  });
});

describe('readWorkbookBuffer: positions and trimming', () => {
  it('keeps real addresses when data starts below and right of A1', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('C5').value = '项目';
      ws.getCell('D6').value = 42;
    });
    expect(grid.cells).toHaveLength(6);
    expect(grid.cells.slice(0, 4)).toEqual([[], [], [], []]);
    expect(grid.cells[4]).toEqual([null, null, { value: '项目' }]);
    expect(a1(5, 3)).toBe('D6');
    expect(grid.cells[5][3]).toEqual({ value: 42 });
  });

  it('trims trailing rows and columns that hold only formatting or empty text', async () => {
    const grid = await readOne((ws) => {
      ws.getCell('A1').value = 1;
      ws.getCell('B2').value = 2;
      for (let r = 3; r <= 2000; r++) ws.getCell(r, 1).numFmt = '#,##0.00';
      ws.getCell('Z1').numFmt = '@';
      ws.getCell('C2').value = '';
      ws.getRow(1500).hidden = true;
      ws.getColumn(30).hidden = true;
      ws.getCell('F30').border = { top: { style: 'thin' } };
    });
    expect(grid.cells).toEqual([[{ value: 1 }], [null, { value: 2 }]]);
    expect(grid.hiddenRows).toEqual([]);
    expect(grid.hiddenCols).toEqual([]);
  });
});

describe('readWorkbookBuffer: hidden rows, columns and sheets', () => {
  it('lists hidden rows and columns 0-based', async () => {
    const grid = await readOne((ws) => {
      for (let r = 1; r <= 5; r++) ws.getRow(r).values = [r, r * 10, r * 100];
      ws.getRow(2).hidden = true;
      ws.getRow(4).hidden = true;
      ws.getColumn(2).hidden = true;
    });
    expect(grid.hiddenRows).toEqual([1, 3]);
    expect(grid.hiddenCols).toEqual([1]);
    expect(grid.cells[3]).toEqual([{ value: 4 }, { value: 40 }, { value: 400 }]);
  });

  it('reads every sheet in workbook order, hidden ones flagged', async () => {
    const bytes = await xlsxBytes((wb) => {
      wb.addWorksheet('表1').getCell('A1').value = '第一';
      wb.addWorksheet('隐藏', { state: 'hidden' }).getCell('A1').value = '第二';
      wb.addWorksheet('深度隐藏', { state: 'veryHidden' }).getCell('A1').value = '第三';
      wb.addWorksheet('表4');
    });
    const source = await readWorkbookBuffer(bytes, 'order.xlsx');
    expect(source.sheets.map((s) => [s.name, s.hidden, s.cells[0]?.[0]?.value])).toEqual([
      ['表1', false, '第一'],
      ['隐藏', true, '第二'],
      ['深度隐藏', true, '第三'],
      ['表4', false, undefined],
    ]);
    expect(source.sheets[3].cells).toEqual([]);
  });
});

describe('readWorkbookBuffer: input types', () => {
  it('accepts an ArrayBuffer as well as a Uint8Array', async () => {
    const bytes = await oneSheet((ws) => {
      ws.getCell('A1').value = 5;
    });
    const copy = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const source = await readWorkbookBuffer(copy, 'ab.xlsx');
    expect(source.sheets[0].cells).toEqual([[{ value: 5 }]]);
  });
});
