import type ExcelJS from 'exceljs';
import { Annotations } from '../hosts/workbook-host';
import { ADDIN_DATA_SHEET, addinDataRows } from '../core/addin-data-sheet';
import { ANNOTATION_SHEET, annotationRows } from './annotation-sheet';
import { OwnedRows } from './preview-host';

/**
 * A copy of the workbook with the annotations in a hidden ANNOTATION_SHEET, the add-in's data
 * (loadAddinData) in a hidden ADDIN_DATA_SHEET when there is any, and the add-in's
 * exported sheets added (replacing earlier versions of those sheets). The user's own sheets
 * pass through ExcelJS unchanged in content; ExcelJS may drop features it does not model
 * (charts, pivot tables), which is why the original file is never overwritten.
 */
export async function workbookCopy(
  bytes: Uint8Array,
  annotations: Annotations,
  owned: Map<string, OwnedRows>,
  data: ReadonlyMap<string, string> = new Map(),
): Promise<Uint8Array<ArrayBuffer>> {
  // Loaded on demand: writing is only needed when the user downloads.
  const { default: Excel } = await import(/* webpackChunkName: "xlsx-writer" */ 'exceljs');
  const workbook: ExcelJS.Workbook = new Excel.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const replaced = new Set([ANNOTATION_SHEET, ADDIN_DATA_SHEET, ...owned.keys()]);
  for (const ws of [...workbook.worksheets]) if (replaced.has(ws.name)) workbook.removeWorksheet(ws.id);
  for (const [name, rows] of owned) {
    const ws = workbook.addWorksheet(name);
    for (const row of rows) ws.addRow(row);
    ws.getRow(1).font = { bold: true };
  }
  const notes = workbook.addWorksheet(ANNOTATION_SHEET, { state: 'hidden' });
  for (const row of annotationRows(annotations)) notes.addRow(row);
  if (data.size > 0) {
    const stored = workbook.addWorksheet(ADDIN_DATA_SHEET, { state: 'hidden' });
    for (const row of addinDataRows(data)) stored.addRow(row);
  }
  const out = await workbook.xlsx.writeBuffer();
  return new Uint8Array(out as ArrayBuffer);
}

/** "决算.xlsx" → "决算-含说明.xlsx". */
export function copyFileName(name: string): string {
  const base = name.replace(/\.xlsx$/i, '');
  return `${base}-含说明.xlsx`;
}
