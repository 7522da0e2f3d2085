/**
 * How a workbook is read in a fixed number of syncs while each sync stays under Excel on
 * the web's 5 MB payload limit.
 *
 * Sync 1 lists the sheets; sync 2 gets each sheet's used range (position and size); then
 * the cells of every sheet are requested in row blocks packed into as few syncs as fit a
 * budget of 4 MB each (80 % of the limit). The size of a block is estimated from its
 * dimensions: at first 64 bytes per cell for values + number formats + value types (a
 * number with its format and type takes about 30 bytes as JSON), 32 bytes per row and 40
 * per column for hidden-row/column properties, 20 KB per sheet for merged areas (Excel
 * returns at most 512). A workbook under ~65,000 used cells needs one cell sync, whatever
 * its number of sheets: 3 syncs in all. Bigger workbooks take one more sync per 4 MB of
 * estimate. After each sync the reader re-plans what is left with the bytes per cell it
 * has seen (`bytesPerCell`; long Chinese text takes 3 bytes a character), and a sync that
 * still exceeds the limit is split in two and retried (read-workbook.ts).
 */

import type { SheetExtent } from '../read-bounds';

export type { SheetExtent } from '../read-bounds';

/** One request for part of a sheet. */
export interface BlockRequest {
  /** Index of the sheet in workbook order. */
  sheet: number;
  /** First sheet row (0-based) of the cells loaded, and how many rows. */
  firstRow: number;
  rowCount: number;
  /** Hidden-row flags are loaded from this row to the block's last row. */
  propsFrom: number;
  /** The sheet's first block also loads hidden columns and merged areas. */
  sheetWide: boolean;
  /** Estimated response bytes. */
  estimate: number;
}

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const SYNC_BUDGET = Math.floor(PAYLOAD_LIMIT * 0.8);
export const BYTES_PER_CELL = 64;
export const BYTES_PER_ROW = 32;
export const BYTES_PER_COLUMN = 40;
export const MERGES_ALLOWANCE = 512 * 40;
/** Hidden rows above the used range are looked at only when it starts within this many rows. */
export const MAX_ROWS_ABOVE = 10_000;

/** The estimate for the sheet-wide part of a sheet's first block. */
function sheetWideCost(e: SheetExtent): number {
  const above = e.top <= MAX_ROWS_ABOVE ? e.top : 0;
  return (e.left + e.cols) * BYTES_PER_COLUMN + MERGES_ALLOWANCE + above * BYTES_PER_ROW;
}

export interface PlanOptions {
  /** Estimated response bytes per cell (default BYTES_PER_CELL). */
  bytesPerCell?: number;
  /**
   * The first row still to read, per sheet (default: each extent's top). A sheet whose
   * first block was read already gets no sheet-wide part again.
   */
  from?: number[];
}

/**
 * Row blocks for every non-empty sheet, grouped by sync. Blocks of one sheet come in row
 * order; a block larger than the budget on its own (one huge row) gets a sync to itself.
 * @example planReads([{ top: 0, left: 0, rows: 40, cols: 8 }]).length === 1
 */
export function planReads(extents: (SheetExtent | null)[], budget = SYNC_BUDGET, options: PlanOptions = {}): BlockRequest[][] {
  const bytesPerCell = Math.max(BYTES_PER_CELL, options.bytesPerCell ?? BYTES_PER_CELL);
  const syncs: BlockRequest[][] = [];
  let current: BlockRequest[] = [];
  let used = 0;
  const startSync = (): void => {
    if (current.length > 0) syncs.push(current);
    current = [];
    used = 0;
  };
  extents.forEach((e, sheet) => {
    if (!e || e.rows <= 0 || e.cols <= 0) return;
    const rowCost = Math.ceil(e.cols * bytesPerCell) + BYTES_PER_ROW;
    const end = e.top + e.rows;
    let row = Math.max(e.top, options.from?.[sheet] ?? e.top);
    let first = row === e.top;
    while (row < end) {
      const fixed = first ? sheetWideCost(e) : 0;
      let fit = Math.floor((budget - used - fixed) / rowCost);
      if (fit < 1) {
        if (current.length > 0) {
          startSync();
          continue;
        }
        fit = 1;
      }
      const rowCount = Math.min(fit, end - row);
      const propsFrom = first && e.top <= MAX_ROWS_ABOVE ? 0 : row;
      const block = { sheet, firstRow: row, rowCount, propsFrom, sheetWide: first, estimate: fixed + rowCount * rowCost };
      current.push(block);
      used += block.estimate;
      row += rowCount;
      first = false;
    }
  });
  startSync();
  return syncs;
}

/** Split a block into two halves by rows (for a retry after a payload error); null for one row. */
export function splitBlock(b: BlockRequest): [BlockRequest, BlockRequest] | null {
  if (b.rowCount < 2) return null;
  const half = Math.ceil(b.rowCount / 2);
  const perRow = b.estimate / b.rowCount;
  return [
    { ...b, rowCount: half, estimate: Math.round(perRow * half) },
    { ...b, firstRow: b.firstRow + half, rowCount: b.rowCount - half, propsFrom: b.firstRow + half, sheetWide: false, estimate: Math.round(perRow * (b.rowCount - half)) },
  ];
}
