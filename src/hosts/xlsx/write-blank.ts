/**
 * The blank standard workbook (src/core/templates/blank) written as an .xlsx file with
 * ExcelJS: values, formulas with their results, the 0.00 format, merges, titles and header
 * bands, column widths, sheet protection without a password that leaves only the amount
 * cells to type into, and the stored-data document in its hidden sheet. Browser-safe.
 */
import ExcelJS from 'exceljs';
import type { GridCell } from '../../core/grid/sheet-grid';
import { STORED_SHEET, storedSheetRows } from '../../core/stored';
import type { BlankSheet, BlankWorkbook } from '../../core/templates/blank';

const THIN: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

/**
 * What protection still allows: selecting and typing into unlocked cells, widening columns and
 * rows. Locked cells (headers, labels, formulas) cannot be changed until the user removes the
 * protection (审阅 › 撤消工作表保护; no password), as the official templates do.
 * ExcelJS's options say what is *allowed*; it writes them as the sheetProtection element of
 * ECMA-376 Part 1 §18.3.1.85, whose attributes say what is prevented (formatColumns="0"),
 * see exceljs lib/xlsx/xform/sheet/sheet-protection-xform.js.
 */
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

function cellValue(cell: GridCell): ExcelJS.CellValue {
  if (cell.formula) return { formula: cell.formula, result: cell.value as number } as ExcelJS.CellFormulaValue;
  return cell.value as ExcelJS.CellValue;
}

/** Presentation of a sheet: header bands, titles and column widths, in 0-based coordinates. */
export interface SheetLook {
  headerRows: readonly [number, number][];
  titles: readonly { row: number; col: number }[];
  widths: readonly number[];
}

/**
 * Header bands bold, centred and bordered across the band's width; titles bold and larger;
 * column widths. Shared with the test fixtures' writer, so blanks and samples look alike.
 */
export function styleSheet(ws: ExcelJS.Worksheet, cells: readonly (readonly unknown[])[], look: SheetLook): void {
  for (const [from, to] of look.headerRows) {
    const width = Math.max(...cells.slice(from, to + 1).map((x) => x.length));
    for (let r = from; r <= to; r++) {
      for (let c = 0; c < width; c++) {
        const cell = ws.getCell(r + 1, c + 1);
        cell.font = { bold: true };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.border = THIN;
      }
    }
  }
  for (const t of look.titles) {
    const cell = ws.getCell(t.row + 1, t.col + 1);
    cell.font = { bold: true, size: 16 };
    cell.alignment = { horizontal: 'center' };
  }
  look.widths.forEach((w, c) => {
    if (w > 0) ws.getColumn(c + 1).width = w;
  });
}

async function writeSheet(workbook: ExcelJS.Workbook, sheet: BlankSheet): Promise<void> {
  const ws = workbook.addWorksheet(sheet.grid.name);
  sheet.grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (!cell) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cellValue(cell);
      if (cell.numFmt) target.numFmt = cell.numFmt;
    }),
  );
  styleSheet(ws, sheet.grid.cells, sheet);
  for (const m of sheet.grid.merges) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  for (const i of sheet.inputs) ws.getCell(i.row + 1, i.col + 1).protection = { locked: false };
  if (!sheet.unprotected) await ws.protect('', PROTECTION);
}

/**
 * The .xlsx bytes of a blank workbook.
 * @example await writeBlankXlsx(blankWorkbook({ template: 'national', year: 2025 }))
 */
export async function writeBlankXlsx(blank: BlankWorkbook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '决算助手';
  for (const sheet of blank.sheets) await writeSheet(workbook, sheet);
  if (blank.stored) {
    const ws = workbook.addWorksheet(STORED_SHEET, { state: 'hidden' });
    for (const row of storedSheetRows(blank.stored)) ws.addRow(row);
  }
  // Excel recalculates every formula on opening, whatever results the file holds.
  workbook.calcProperties = { fullCalcOnLoad: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
