/**
 * The .xlsx host: ExcelJS reads workbook files or bytes into the SheetGrids the core
 * works on. readWorkbookBuffer is browser-safe; readWorkbookFile needs Node's fs.
 */
export { readWorkbookBuffer } from './read-buffer';
export { readWorkbookFile } from './read-file';
