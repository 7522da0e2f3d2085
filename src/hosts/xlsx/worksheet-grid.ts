/**
 * One ExcelJS worksheet → SheetGrid: cells at their real positions, merges, hidden rows and
 * columns, trailing empty rows and columns trimmed.
 */
import type { Cell, Row, Worksheet } from 'exceljs';
import type { CellRange, GridCell, SheetGrid } from '../../core/grid/sheet-grid';
import { toGridCell } from './cell-value';

/** A merge as ExcelJS keeps it: 1-based, inclusive. */
interface ExcelRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * ExcelJS 4.4 keeps merges in `_merges` (master address → Range). The public alternative,
 * `worksheet.model.merges`, serialises the whole sheet to build them, which is far too
 * slow for large sheets.
 */
function excelMerges(worksheet: Worksheet): ExcelRange[] {
  const internal = (worksheet as unknown as { _merges?: Record<string, ExcelRange> })._merges;
  return internal ? Object.values(internal).filter(Boolean) : [];
}

function rowCells(row: Row, date1904: boolean): (GridCell | null)[] {
  const cells: (GridCell | null)[] = [];
  row.eachCell({ includeEmpty: false }, (cell: Cell, colNumber: number) => {
    // Excel keeps a merged area's value only in its top-left cell; ExcelJS echoes it into
    // every cell of the area, which would count one amount several times.
    const isSlave = cell.isMerged && cell.master !== cell;
    const gridCell = isSlave ? null : toGridCell(cell, date1904);
    if (gridCell === null) return;
    while (cells.length < colNumber - 1) cells.push(null);
    cells.push(gridCell);
  });
  return cells;
}

/**
 * Read a worksheet into a SheetGrid. Grid (r, c) is the sheet's row r+1, column c+1, so
 * `a1(r, c)` gives the real address even when the data starts below or right of A1.
 * Rows end at their last non-empty cell; the grid ends at the last row with a value.
 * Hidden rows/columns and merges are kept only where they touch that area.
 */
export function worksheetToGrid(worksheet: Worksheet, date1904: boolean): SheetGrid {
  const cells: (GridCell | null)[][] = [];
  let width = 0;
  worksheet.eachRow({ includeEmpty: false }, (row: Row, rowNumber: number) => {
    const rowArray = rowCells(row, date1904);
    if (rowArray.length === 0) return;
    while (cells.length < rowNumber - 1) cells.push([]);
    cells.push(rowArray);
    if (rowArray.length > width) width = rowArray.length;
  });
  const height = cells.length;

  const hiddenRows: number[] = [];
  for (let r = 1; r <= height; r++) {
    if (worksheet.findRow(r)?.hidden) hiddenRows.push(r - 1);
  }
  const hiddenCols: number[] = [];
  const columns = worksheet.columns ?? [];
  for (let c = 0; c < Math.min(columns.length, width); c++) {
    if (columns[c]?.hidden) hiddenCols.push(c);
  }

  const merges: CellRange[] = excelMerges(worksheet)
    .filter((m) => m.top <= height && m.left <= width)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);

  return {
    name: worksheet.name,
    cells,
    merges,
    hiddenRows,
    hiddenCols,
    hidden: worksheet.state === 'hidden' || worksheet.state === 'veryHidden',
  };
}
