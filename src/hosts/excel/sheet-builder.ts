/**
 * Turns what Office.js returned for one sheet (row blocks of values, value types and
 * number formats; hidden rows and columns; merged areas) into a SheetGrid laid out exactly
 * as the .xlsx host lays it out: grid (r, c) is the sheet's cell a1(r, c), rows end at
 * their last value, trailing empty rows are dropped, merges and hidden lines are kept only
 * where they touch the cells.
 */
import type { CellRange, CellValue, GridCell, SheetGrid } from '../../core/grid/sheet-grid';
import { isDateFormat, serialToIsoDate } from './date-format';

/** One block of loaded rows starting at sheet row `firstRow` and column `left`. */
export interface LoadedBlock {
  firstRow: number;
  left: number;
  values: unknown[][];
  valueTypes: string[][];
  numberFormat: unknown[][];
}

/**
 * One cell. Empty cells (and "") are null, as in the .xlsx host. Error values come as their
 * text ("#DIV/0!") with value type "Error"; a text cell that merely reads "#DIV/0!" stays
 * text. Numbers under a date format become yyyy-mm-dd. "General" is no format.
 */
export function toGridCell(raw: unknown, type: string | undefined, format: unknown): GridCell | null {
  if (raw === null || raw === undefined || raw === '' || type === 'Empty') return null;
  const numFmt = typeof format === 'string' && format !== '' && format !== 'General' ? format : undefined;
  let value: CellValue;
  if (type === 'Error') value = { error: String(raw) };
  else if (typeof raw === 'number') value = (isDateFormat(numFmt) && serialToIsoDate(raw)) || raw;
  else if (typeof raw === 'boolean' || typeof raw === 'string') value = raw;
  else value = String(raw);
  return numFmt ? { value, numFmt } : { value };
}

export interface SheetParts {
  name: string;
  hidden: boolean;
  blocks: LoadedBlock[];
  hiddenRows: Set<number>;
  hiddenCols: Set<number>;
  merges: CellRange[];
}

/** Assemble the grid; blocks must come in row order. */
export function buildSheetGrid(parts: SheetParts): SheetGrid {
  const cells: (GridCell | null)[][] = [];
  for (const block of parts.blocks) {
    block.values.forEach((rowValues, i) => {
      const row: (GridCell | null)[] = [];
      rowValues.forEach((raw, j) => {
        const cell = toGridCell(raw, block.valueTypes[i]?.[j], block.numberFormat[i]?.[j]);
        if (!cell) return;
        while (row.length < block.left + j) row.push(null);
        row.push(cell);
      });
      if (row.length === 0) return;
      const sheetRow = block.firstRow + i;
      while (cells.length < sheetRow) cells.push([]);
      cells.push(row);
    });
  }
  const height = cells.length;
  const width = cells.reduce((w, r) => Math.max(w, r.length), 0);
  const sorted = (set: Set<number>, limit: number): number[] => [...set].filter((i) => i < limit).sort((a, b) => a - b);
  return {
    name: parts.name,
    cells,
    merges: parts.merges.filter((m) => m.top < height && m.left < width).sort((a, b) => a.top - b.top || a.left - b.left),
    hiddenRows: sorted(parts.hiddenRows, height),
    hiddenCols: sorted(parts.hiddenCols, width),
    hidden: parts.hidden,
  };
}
