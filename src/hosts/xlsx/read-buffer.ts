/**
 * Read .xlsx bytes into SheetGrids with ExcelJS. Browser-safe: no fs or path.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { a1, type SheetGrid, type WorkbookSource } from '../../core/grid/sheet-grid';
import { findEmptyTextResults } from './empty-text-results';
import { sniffFileKind } from './signature';
import * as fail from './unreadable';
import { worksheetToGrid } from './worksheet-grid';

function toBytes(data: ArrayBuffer | Uint8Array): Uint8Array {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Open the zip and make sure it is a spreadsheet before ExcelJS parses every part. */
async function openSpreadsheetZip(bytes: Uint8Array, fileName: string): Promise<JSZip> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    // It starts like a zip but its directory cannot be read: cut short or corrupted.
    throw fail.damaged(fileName);
  }
  if (!zip.file('xl/workbook.xml')) throw fail.zipNotWorkbook(fileName);
  return zip;
}

async function loadWithExcelJs(bytes: Uint8Array, fileName: string): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip inside ExcelJS accepts a Uint8Array as well as a Node Buffer.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw fail.damaged(fileName);
  }
  return workbook;
}

/** Give formulas whose saved result is "" that value (see empty-text-results.ts). */
async function restoreEmptyTextResults(zip: JSZip, grids: SheetGrid[]): Promise<void> {
  const affected = grids.filter((g) => g.cells.some((row) => row.some((c) => c?.formulaWithoutValue)));
  if (affected.length === 0) return;
  const found = await findEmptyTextResults(zip, affected.map((g) => g.name));
  for (const grid of affected) {
    const addresses = found.get(grid.name);
    if (!addresses || addresses.size === 0) continue;
    grid.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formulaWithoutValue && addresses.has(a1(r, c))) {
          cell.value = '';
          delete cell.formulaWithoutValue;
        }
      }),
    );
  }
}

/**
 * Read an .xlsx workbook from its bytes: every worksheet in workbook order, hidden ones
 * included (`hidden: true`).
 *
 * Read: cell values (numbers, text, booleans, dates as yyyy-mm-dd text, rich text and
 * hyperlinks as their text, error values as CellError), formulas with their cached result
 * (`formulaWithoutValue` when none was saved), number formats, merged areas (value only in
 * the top-left cell), hidden rows and columns. Trailing empty rows and columns are trimmed;
 * positions are kept, so grid (r, c) is the sheet's cell a1(r, c).
 * Not read: styles other than the number format, display text, charts and chart sheets,
 * images, comments, data validation, defined names.
 *
 * @param fileName names the file in messages and in the result's `file`.
 * @throws WorkbookUnreadableError (Chinese message naming the file) for an empty file, a
 *   file that is not an .xlsx (text, PDF, image …), an old .xls, a password-protected
 *   workbook, a zip that is not a spreadsheet, a damaged zip, or a workbook without sheets.
 * @example const source = await readWorkbookBuffer(await file.arrayBuffer(), file.name);
 */
export async function readWorkbookBuffer(data: ArrayBuffer | Uint8Array, fileName: string): Promise<WorkbookSource> {
  const bytes = toBytes(data);
  const kind = sniffFileKind(bytes);
  if (kind === 'empty') throw fail.fileEmpty(fileName);
  if (kind === 'ole-encrypted') throw fail.passwordProtected(fileName);
  if (kind === 'ole') throw fail.oldXlsFormat(fileName);
  if (kind !== 'zip') throw fail.notAnXlsx(fileName, kind);

  const zip = await openSpreadsheetZip(bytes, fileName);
  const workbook = await loadWithExcelJs(bytes, fileName);
  if (workbook.worksheets.length === 0) throw fail.noWorksheets(fileName);

  const date1904 = Boolean((workbook.properties as { date1904?: boolean } | undefined)?.date1904);
  let sheets: SheetGrid[];
  try {
    sheets = workbook.worksheets.map((ws) => worksheetToGrid(ws, date1904));
  } catch {
    throw fail.damaged(fileName);
  }
  await restoreEmptyTextResults(zip, sheets);
  return { file: fileName, sheets };
}
