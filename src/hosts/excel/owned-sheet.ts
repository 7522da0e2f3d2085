/// <reference types="office-js" />
/**
 * Write an add-in-owned sheet (name starting with OWNED_SHEET_PREFIX): create it or clear
 * it, then write the rows. No other sheet is touched. Strings are written under the text
 * format "@", so a message starting with "=" or a code like "2010301" stays text.
 */
import { ownedSheetNameProblem } from '../../core/charts/owned-sheet';
import { OwnedSheetNameError, OwnedSheetWriteError, reason } from './errors';
import { SYNC_BUDGET } from './read-plan';
import type { IsSetSupported, RunBatch } from './types';

/** Excel's limit on the text in one cell. */
const MAX_CELL_TEXT = 32_767;

export { ownedSheetNameProblem };

type Cell = string | number;

function cellOf(v: string | number | null | undefined): Cell {
  if (typeof v === 'number') return Number.isFinite(v) ? v : '';
  if (typeof v === 'string') return v.length > MAX_CELL_TEXT ? v.slice(0, MAX_CELL_TEXT) : v;
  return '';
}

/** Rows cut into blocks whose values and formats stay under the per-sync budget. */
function blocks(rows: Cell[][]): { start: number; rows: Cell[][] }[] {
  const out: { start: number; rows: Cell[][] }[] = [];
  let current: Cell[][] = [];
  let start = 0;
  let size = 0;
  rows.forEach((row, i) => {
    // values as JSON plus one format ("@" or "General") per cell
    const rowSize = JSON.stringify(row).length * 3 + row.length * 12;
    if (current.length > 0 && size + rowSize > SYNC_BUDGET) {
      out.push({ start, rows: current });
      current = [];
      start = i;
      size = 0;
    }
    current.push(row);
    size += rowSize;
  });
  if (current.length > 0) out.push({ start, rows: current });
  return out;
}

export async function writeOwnedSheetThrough(
  run: RunBatch,
  isSetSupported: IsSetSupported,
  name: string,
  rows: (string | number | null)[][],
  file: string,
  options: { hidden?: boolean } = {},
): Promise<void> {
  const problem = ownedSheetNameProblem(name);
  if (problem) throw new OwnedSheetNameError(problem, { file, sheet: name });
  const width = rows.reduce((w, r) => Math.max(w, r.length), 0);
  const matrix = width === 0 ? [] : rows.map((r) => Array.from({ length: width }, (_, c) => cellOf(r[c])));
  try {
    await run(async (context) => {
      const existing = context.workbook.worksheets.getItemOrNullObject(name);
      await context.sync();
      const sheet = existing.isNullObject ? context.workbook.worksheets.add(name) : existing;
      if (!existing.isNullObject) sheet.getRange().clear();
      if (options.hidden) sheet.visibility = 'Hidden' as Excel.SheetVisibility;
      if (isSetSupported('ExcelApi', '1.9')) context.workbook.application.suspendScreenUpdatingUntilNextSync();
      const parts = blocks(matrix);
      if (parts.length === 0) await context.sync();
      for (const part of parts) {
        const range = sheet.getRangeByIndexes(part.start, 0, part.rows.length, width);
        range.numberFormat = part.rows.map((r) => r.map((v) => (typeof v === 'string' ? '@' : 'General')));
        range.values = part.rows;
        // One sync per block on purpose: each block is sized to stay under the 5 MB request limit.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
      }
    });
  } catch (err) {
    throw new OwnedSheetWriteError(`无法写入工作表“${name}”（${reason(err)}）。请确认工作簿未受保护后重试。`, { file, sheet: name });
  }
}
