/**
 * Bounded reads, for every spreadsheet host. One stray value far away (XFD1048576, typed by
 * accident) stretches a sheet's used range to 17 billion cells; reading all of it would
 * take hours or run out of memory. A sheet whose used range holds more than
 * MAX_CELLS_PER_SHEET cells is read in its schedule region only: the used cells of the
 * top-left window (the first WINDOW_ROWS rows and WINDOW_COLS columns of the used range,
 * where a schedule lives), cut to the cap. The used cells outside that region are located
 * too, so the user is told which far cell made the sheet huge. How a host finds the used
 * cells of an area is its own (Excel: getUsedRangeOrNullObject, WPS: Range.Find); what to
 * probe, what to read and what to say are decided here.
 */
import { a1 } from '../core/grid/sheet-grid';

/** A used range: 0-based position and size. */
export interface SheetExtent {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

/**
 * At most this many cells of one sheet are read: a schedule has a few thousand, a large
 * detail sheet some hundred thousand; a million cells take about 16 Excel syncs.
 */
export const MAX_CELLS_PER_SHEET = 1_000_000;
/** The window a schedule is looked for in: rows 1–50000, columns A–IV. */
export const WINDOW_ROWS = 50_000;
export const WINDOW_COLS = 256;

/** True when the sheet's used range is too large to read whole. */
export function isHuge(e: SheetExtent): boolean {
  return e.rows * e.cols > MAX_CELLS_PER_SHEET;
}

/** The areas of a huge used range whose used cells a host locates: the window, below it, right of it. */
export interface BoundsAreas<T> {
  window: T;
  below: T | null;
  right: T | null;
}

/** The window starts at the used range's top-left cell (A1 for a schedule with a stray far value). */
export function boundsAreas(used: SheetExtent): BoundsAreas<SheetExtent> {
  const rows = Math.min(used.rows, WINDOW_ROWS);
  const cols = Math.min(used.cols, WINDOW_COLS);
  return {
    window: { top: used.top, left: used.left, rows, cols },
    below: used.rows > rows ? { top: used.top + rows, left: used.left, rows: used.rows - rows, cols: used.cols } : null,
    right: used.cols > cols ? { top: used.top, left: used.left + cols, rows, cols: used.cols - cols } : null,
  };
}

/** An extent cut to MAX_CELLS_PER_SHEET cells, keeping its top rows. */
export function capExtent(e: SheetExtent): SheetExtent {
  if (!isHuge(e)) return e;
  const cols = Math.min(e.cols, MAX_CELLS_PER_SHEET);
  return { ...e, cols, rows: Math.max(1, Math.floor(MAX_CELLS_PER_SHEET / cols)) };
}

/** "B3", "A1:H40". */
export const areaText = (e: SheetExtent): string =>
  e.rows === 1 && e.cols === 1 ? a1(e.top, e.left) : `${a1(e.top, e.left)}:${a1(e.top + e.rows - 1, e.left + e.cols - 1)}`;

/**
 * What to read of a huge sheet, given the used cells found in each of its areas (null: none),
 * and the Chinese notice naming the used cells left out: a single far cell by its address,
 * several by the area that holds them. `extent` is null when the window holds no value.
 */
export function boundedRead(sheetName: string, used: SheetExtent, found: BoundsAreas<SheetExtent | null>): { extent: SheetExtent | null; notice: string } {
  const region = found.window;
  const extent = region && capExtent(region);
  const parts = [found.below, found.right].filter((e): e is SheetExtent => e !== null).map(areaText);
  if (region && extent && extent.rows < region.rows) parts.push(`第 ${extent.top + extent.rows + 1} 行以下`);
  const read = extent ? `只读取了 ${areaText(extent)}，其余单元格未读取` : '未读取该工作表的单元格';
  return {
    extent,
    notice:
      `工作表“${sheetName}”的已用区域为 ${areaText(used)}，远超决算表的范围，因为 ${parts.join('、')} 处有内容。` +
      `${read}。如这些内容是误输入的，请删除后重新检查。`,
  };
}
