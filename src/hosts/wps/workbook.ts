/**
 * The workbook-level members every operation needs: the active workbook, its worksheets in
 * tab order, a sheet by name, and a sheet's visibility.
 *
 * Sources: `Application.ActiveWorkbook`, `Workbook.Worksheets`, `Worksheets.Count/Item(i)`
 * (1-based), `Worksheet.Name`, `Worksheet.Visible` are in the Kingsoft typings (wps-jsapi
 * lib.et.d.ts: EtApplication, EtWorkbook, EtSheets, EtWorksheet) and used by the wpsjs ET
 * template. `Visible` is an XlSheetVisibility there (xlSheetVisible = -1, xlSheetHidden = 0,
 * xlSheetVeryHidden = 2); EtSheets declares `Visible: number|boolean`, so a boolean is
 * accepted too.
 */
import { type WpsObject, getObject, get, items } from './members';
import { WpsReadError } from './errors';

export const XL_SHEET_VISIBLE = -1;
export const XL_SHEET_HIDDEN = 0;
export const XL_SHEET_VERY_HIDDEN = 2;

/** The workbook the pane works on. @throws WpsReadError when none is open. */
export function activeWorkbook(app: WpsObject): WpsObject {
  const wb = get(app, 'ActiveWorkbook');
  if (!wb || typeof wb !== 'object') throw new WpsReadError('WPS 表格中没有打开的工作簿。请先打开决算工作簿，再点击“检查”。');
  return wb as WpsObject;
}

export function worksheetsOf(wb: WpsObject): WpsObject[] {
  return items(getObject(wb, 'Worksheets'));
}

export function sheetName(ws: WpsObject): string {
  return String(get(ws, 'Name'));
}

/** True unless the sheet is visible (hidden and very hidden alike). */
export function isHiddenSheet(ws: WpsObject): boolean {
  const v = get(ws, 'Visible');
  return !(v === XL_SHEET_VISIBLE || v === true);
}

/**
 * The sheet named `name`, or undefined. Worksheets.Item(name) raises an error for a missing
 * name (VBA's "subscript out of range"), so the names are compared instead.
 */
export function findSheet(wb: WpsObject, name: string): WpsObject | undefined {
  return worksheetsOf(wb).find((ws) => sheetName(ws) === name);
}
