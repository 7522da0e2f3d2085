/// <reference types="office-js" />
/**
 * Bounded reads. One stray value far away (XFD1048576, typed by accident) stretches a
 * sheet's used range to 17 billion cells; reading all of it would plan hundreds of
 * thousands of syncs. A sheet whose used range holds more than MAX_CELLS_PER_SHEET cells is
 * read in its schedule region only: the used cells of the top-left window (the first
 * WINDOW_ROWS rows and WINDOW_COLS columns, where a schedule lives), cut to the cap. The
 * used cells outside that region are located in the same extra sync, so the user is told
 * which far cell made the sheet huge. Sheets under the cap cost nothing extra.
 */
import { a1 } from '../../core/grid/sheet-grid';
import type { SheetExtent } from './read-plan';

/**
 * At most this many cells of one sheet are read: a schedule has a few thousand, a large
 * detail sheet some hundred thousand; a million cells take about 16 syncs.
 */
export const MAX_CELLS_PER_SHEET = 1_000_000;
/** The window a schedule is looked for in: rows 1–50000, columns A–IV. */
export const WINDOW_ROWS = 50_000;
export const WINDOW_COLS = 256;

const USED_PROPS = 'rowIndex, columnIndex, rowCount, columnCount';

/** True when the sheet's used range is too large to read whole. */
export function isHuge(e: SheetExtent): boolean {
  return e.rows * e.cols > MAX_CELLS_PER_SHEET;
}

/** The used ranges a huge sheet is probed for: inside the window, below it, right of it. */
export interface BoundsProbe {
  window: Excel.Range;
  below: Excel.Range | null;
  right: Excel.Range | null;
}

/**
 * Queue the probe of a huge sheet (no sync). The window starts at the used range's top-left
 * cell (A1 for a schedule with a stray far value).
 */
export function queueBoundsProbe(sheet: Excel.Worksheet, used: SheetExtent): BoundsProbe {
  const rows = Math.min(used.rows, WINDOW_ROWS);
  const cols = Math.min(used.cols, WINDOW_COLS);
  const probe = (r: number, c: number, rowCount: number, colCount: number): Excel.Range =>
    sheet.getRangeByIndexes(r, c, rowCount, colCount).getUsedRangeOrNullObject(true).load(USED_PROPS);
  return {
    window: probe(used.top, used.left, rows, cols),
    below: used.rows > rows ? probe(used.top + rows, used.left, used.rows - rows, used.cols) : null,
    right: used.cols > cols ? probe(used.top, used.left + cols, rows, used.cols - cols) : null,
  };
}

function extentOf(r: Excel.Range | null): SheetExtent | null {
  if (!r || r.isNullObject) return null;
  return { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** An extent cut to MAX_CELLS_PER_SHEET cells, keeping its top rows. */
export function capExtent(e: SheetExtent): SheetExtent {
  if (!isHuge(e)) return e;
  const cols = Math.min(e.cols, MAX_CELLS_PER_SHEET);
  return { ...e, cols, rows: Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / cols)) };
}

const areaText = (e: SheetExtent): string =>
  e.rows === 1 && e.cols === 1 ? a1(e.top, e.left) : `${a1(e.top, e.left)}:${a1(e.top + e.rows - 1, e.left + e.cols - 1)}`;

/**
 * What to read of a huge sheet after its probe synced (null: nothing, when the window holds
 * no value), and the Chinese notice naming the used cells left out: a single far cell by its
 * address, several by the area that holds them.
 */
export function boundedRead(sheetName: string, used: SheetExtent, probe: BoundsProbe): { extent: SheetExtent | null; notice: string } {
  const region = extentOf(probe.window);
  const extent = region && capExtent(region);
  const parts = [extentOf(probe.below), extentOf(probe.right)].filter((e): e is SheetExtent => e !== null).map(areaText);
  if (region && extent && extent.rows < region.rows) parts.push(`第 ${extent.top + extent.rows + 1} 行以下`);
  const read = extent ? `只读取了 ${areaText(extent)}，其余单元格未读取` : '未读取该工作表的单元格';
  return {
    extent,
    notice:
      `工作表“${sheetName}”的已用区域为 ${areaText(used)}，远超决算表的范围，因为 ${parts.join('、')} 处有内容。` +
      `${read}。如这些内容是误输入的，请删除后重新检查。`,
  };
}
