/** ExcelJS's Workbook class in the browser build (see exceljs-workbook.ts). */
import ExcelJS from 'exceljs';

/** The Workbook class (bundled with the reader in the browser). */
export function workbookClass(): typeof ExcelJS.Workbook {
  return ExcelJS.Workbook;
}
