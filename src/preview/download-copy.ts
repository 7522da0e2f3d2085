import type ExcelJS from 'exceljs';
import { STORED_SHEET, type StoredData, isStoredEmpty, storedSheetRows } from '../core/stored';
import { OwnedRows } from './preview-host';

/** Sheets of version 0.1 that the stored-data sheet replaces (src/core/stored/legacy.ts). */
const LEGACY_SHEETS = ['决算助手_说明'];

/**
 * A copy of the workbook with the stored-data document in the hidden STORED_SHEET (the form
 * every host reads where it cannot write a custom XML part) and the add-in's exported sheets
 * added (replacing earlier versions of those sheets). The user's own sheets pass through
 * ExcelJS unchanged in content; ExcelJS may drop features it does not model (charts, pivot
 * tables), which is why the original file is never overwritten.
 */
export async function workbookCopy(bytes: Uint8Array, stored: StoredData, owned: Map<string, OwnedRows>): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on demand: writing is only needed when the user downloads.
  const { default: Excel } = await import(/* webpackChunkName: "xlsx-writer" */ 'exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const replaced = new Set([STORED_SHEET, ...LEGACY_SHEETS, ...owned.keys()]);
  for (const ws of [...workbook.worksheets]) if (replaced.has(ws.name)) workbook.removeWorksheet(ws.id);
  for (const [name, rows] of owned) {
    const ws = workbook.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
  }
  if (!isStoredEmpty(stored)) {
    const sheet = workbook.addWorksheet(STORED_SHEET, { state: 'hidden' });
    for (const row of storedSheetRows(stored)) sheet.addRow(row);
  }
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/** "决算.xlsx" → "决算-含说明.xlsx". */
export function copyFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}-含说明.xlsx`;
}
