/// <reference types="office-js" />
/**
 * The Excel side of bounded reads (../read-bounds.ts): a huge sheet's areas are probed with
 * `getUsedRangeOrNullObject(true)` (values only) in one extra sync for all huge sheets.
 * Sheets under the cap cost nothing extra.
 */
import { type BoundsAreas, type SheetExtent, boundedRead as decide, boundsAreas } from '../read-bounds';

export { MAX_CELLS_PER_SHEET, capExtent, isHuge } from '../read-bounds';

const USED_PROPS = 'rowIndex, columnIndex, rowCount, columnCount';

/** The used ranges a huge sheet is probed for: inside the window, below it, right of it. */
export type BoundsProbe = BoundsAreas<Excel.Range>;

/** Queue the probe of a huge sheet (no sync). */
export function queueBoundsProbe(sheet: Excel.Worksheet, used: SheetExtent): BoundsProbe {
  const probe = (e: SheetExtent): Excel.Range => sheet.getRangeByIndexes(e.top, e.left, e.rows, e.cols).getUsedRangeOrNullObject(true).load(USED_PROPS);
  const areas = boundsAreas(used);
  return { window: probe(areas.window), below: areas.below && probe(areas.below), right: areas.right && probe(areas.right) };
}

function extentOf(r: Excel.Range | null): SheetExtent | null {
  if (!r || r.isNullObject) return null;
  return { top: r.rowIndex, left: r.columnIndex, rows: r.rowCount, cols: r.columnCount };
}

/** What to read of a huge sheet after its probe synced, and the notice (../read-bounds.ts). */
export function boundedRead(sheetName: string, used: SheetExtent, probe: BoundsProbe): { extent: SheetExtent | null; notice: string } {
  return decide(sheetName, used, { window: extentOf(probe.window), below: extentOf(probe.below), right: extentOf(probe.right) });
}
