/**
 * writeXlsx: SheetGrid[] → the .xlsx file a user would have (ExcelJS): values, number
 * formats, formulas with cached results, merges, hidden rows/columns/sheets, column widths,
 * bold titles and headers.
 */
import ExcelJS from 'exceljs';
import { GridCell, SheetGrid, isCellError } from '../../src/core/grid/sheet-grid';
import { styleSheet } from '../../src/hosts/xlsx/write-blank';
import { StyledSheetGrid } from './layouts/sheet-builder';

function excelValue(cell: GridCell): ExcelJS.CellValue {
  const v = cell.value;
  if (cell.formula) {
    if (cell.formulaWithoutValue || v === null) return { formula: cell.formula } as ExcelJS.CellFormulaValue;
    const result = isCellError(v) ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
    return { formula: cell.formula, result } as ExcelJS.CellFormulaValue;
  }
  if (isCellError(v)) return { error: v.error } as ExcelJS.CellErrorValue;
  return v;
}

function writeSheet(wb: ExcelJS.Workbook, grid: StyledSheetGrid): void {
  const ws = wb.addWorksheet(grid.name, grid.hidden ? { state: 'hidden' } : undefined);
  grid.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = excelValue(cell);
      if (cell.numFmt) target.numFmt = cell.numFmt;
    });
  });
  if (grid.style) styleSheet(ws, grid.cells, { headerRows: grid.style.headerRows, titles: grid.style.titleCells, widths: grid.style.colWidths });
  for (const m of grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const r of grid.hiddenRows ?? []) ws.getRow(r + 1).hidden = true;
  for (const c of grid.hiddenCols ?? []) ws.getColumn(c + 1).hidden = true;
}

/** DOS date of 2025-01-01 (time 00:00), stamped on every zip entry. */
const FIXED_DOS_DATE = ((2025 - 1980) << 9) | (1 << 5) | 1;

/**
 * Set every zip entry's modification time to a fixed date, so the same sheets always give
 * the same bytes (the zip library stamps the current time; committed samples would churn).
 * Walks the central directory; CRCs cover the data only, so they stay valid.
 */
function fixZipTimes(zip: Buffer): Buffer {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return zip;
  const entries = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries && zip.readUInt32LE(p) === 0x02014b50; i++) {
    zip.writeUInt16LE(0, p + 12);
    zip.writeUInt16LE(FIXED_DOS_DATE, p + 14);
    const local = zip.readUInt32LE(p + 42);
    if (zip.readUInt32LE(local) === 0x04034b50) {
      zip.writeUInt16LE(0, local + 10);
      zip.writeUInt16LE(FIXED_DOS_DATE, local + 12);
    }
    p += 46 + zip.readUInt16LE(p + 28) + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return zip;
}

/**
 * Write sheets as an .xlsx file in memory. The bytes depend on the sheets only.
 * @example const buffer = await writeXlsx(buildFixture().sheets);
 */
export async function writeXlsx(sheets: SheetGrid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '决算助手 fixtures';
  wb.created = new Date(Date.UTC(2025, 0, 1));
  wb.modified = wb.created;
  for (const grid of sheets) writeSheet(wb, grid);
  const out = await wb.xlsx.writeBuffer();
  return fixZipTimes(Buffer.from(out as ArrayBuffer));
}
