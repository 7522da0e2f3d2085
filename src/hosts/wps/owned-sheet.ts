/**
 * The add-in's own sheets (names starting with OWNED_SHEET_PREFIX): found by name or added
 * after the last sheet, cleared, written. Nothing else is touched: `Worksheets.Add` makes
 * the new sheet the active one (as in VBA), so the sheet that was active is activated again.
 *
 * Members (wps-jsapi lib.et.d.ts): `Worksheets.Add(Before, After, Count, Type)`,
 * `Worksheet.Name`, `Worksheet.Cells.Clear()`, `Worksheet.Visible = xlSheetHidden`,
 * `Worksheet.Range("A1").Resize(rows, cols)`, `Range.NumberFormat`, `Range.Value2 = [[…]]`,
 * `Workbook.ActiveSheet`.
 */
import { ownedSheetNameProblem } from '../../core/charts/owned-sheet';
import { columnLetters } from '../../core/grid/sheet-grid';
import { WpsOwnedSheetNameError, WpsOwnedSheetWriteError, reason } from './errors';
import { type WpsObject, call, get, getObject, set } from './members';
import { XL_SHEET_HIDDEN, activeWorkbook, findSheet, worksheetsOf } from './workbook';

/** The limit of text in one cell. */
const MAX_CELL_TEXT = 32_767;

type Cell = string | number;

export interface OwnedSheetOptions {
  hidden?: boolean;
  /** Per cell number formats to apply after writing (the chart data). */
  formats?: string[][];
}

function cellOf(v: string | number | null | undefined): Cell {
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'string') return v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
  return '';
}

/** Runs of equal format in one row: [firstCol, lastCol, format]. */
function runs(formats: string[]): [number, number, string][] {
  const out: [number, number, string][] = [];
  formats.forEach((f, c) => {
    const last = out[out.length - 1];
    if (last && last[2] === f && last[1] === c - 1) last[1] = c;
    else out.push([c, c, f]);
  });
  return out;
}

/** The owned sheet, added after the last sheet when absent, with the active sheet kept. */
export function ownedSheet(wb: WpsObject, name: string): { sheet: WpsObject; created: boolean } {
  const existing = findSheet(wb, name);
  if (existing) return { sheet: existing, created: false };
  const active = get(wb, 'ActiveSheet') as WpsObject | undefined;
  const all = worksheetsOf(wb);
  const sheet = call(getObject(wb, 'Worksheets'), 'Add', undefined, all[all.length - 1]) as WpsObject;
  set(sheet, 'Name', name);
  if (active && typeof active === 'object') call(active, 'Activate');
  return { sheet, created: true };
}

/** Write `rows` from A1; strings under the text format "@" so "=…" or "2010301" stays text. */
export function writeCells(sheet: WpsObject, rows: Cell[][], width: number, formats?: string[][]): void {
  if (rows.length === 0 || width === 0) return;
  const block = call(call(sheet, 'Range', 'A1') as WpsObject, 'Resize', rows.length, width) as WpsObject;
  set(block, 'NumberFormat', 'General');
  rows.forEach((row, r) => {
    const rowFormats = formats?.[r] ?? row.map((v) => (typeof v === 'string' && v !== '' ? '@' : 'General'));
    for (const [from, to, format] of runs(rowFormats)) {
      if (format === 'General') continue;
      set(call(sheet, 'Range', `${columnLetters(from)}${r + 1}:${columnLetters(to)}${r + 1}`) as WpsObject, 'NumberFormat', format);
    }
  });
  set(block, 'Value2', rows);
}

export function writeOwnedSheetIn(app: WpsObject, name: string, rows: (string | number | null)[][], file: string, options: OwnedSheetOptions = {}): void {
  const problem = ownedSheetNameProblem(name);
  if (problem) throw new WpsOwnedSheetNameError(problem, { file, sheet: name });
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const matrix = rows.map((r) => Array.from({ length: width }, (_, c) => cellOf(r[c])));
  try {
    const { sheet, created } = ownedSheet(activeWorkbook(app), name);
    if (!created) call(getObject(sheet, 'Cells'), 'Clear');
    if (options.hidden) set(sheet, 'Visible', XL_SHEET_HIDDEN);
    writeCells(sheet, matrix, width, options.formats);
  } catch (err) {
    throw new WpsOwnedSheetWriteError(`无法写入工作表“${name}”（${reason(err)}）。请确认工作簿未受保护、未以只读方式打开后重试。`, { file, sheet: name });
  }
}
