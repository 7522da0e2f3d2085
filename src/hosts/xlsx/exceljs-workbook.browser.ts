/** ExcelJS's Workbook class in the browser build (see exceljs-workbook.ts). */
import ExcelJS from 'exceljs';

export const Workbook = ExcelJS.Workbook;
