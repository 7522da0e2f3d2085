/**
 * The WPS side of bounded reads (../read-bounds.ts): the used cells of a huge sheet's areas
 * are boxed with `Range.Find("*", …)`, the VBA idiom for the first and last used cell
 * (learn.microsoft.com/office/vba/api/excel.range.find; EtRange.Find in wps-jsapi
 * lib.et.d.ts): the search starts after `After` and wraps, so from the last cell forward it
 * finds the first used row (by rows) or column (by columns), and from the first cell
 * backward the last. Four calls per area, whatever its size; LookIn xlFormulas counts
 * formulas and cells in hidden rows too. No match is Nothing: null or undefined.
 */
import { type SheetExtent, areaText, boundedRead, boundsAreas } from '../read-bounds';
import { type WpsObject, call, getNumber } from './members';

const XL_FORMULAS = -4123;
const XL_PART = 2;
const XL_BY_ROWS = 1;
const XL_BY_COLUMNS = 2;
const XL_NEXT = 1;
const XL_PREVIOUS = 2;

/** The box of the used cells of `area` (null when it has none). */
function usedBox(ws: WpsObject, area: SheetExtent): SheetExtent | null {
  const range = call(ws, 'Range', areaText(area)) as WpsObject;
  const first = call(range, 'Item', 1, 1);
  const last = call(range, 'Item', area.rows, area.cols);
  const find = (after: unknown, order: number, direction: number): WpsObject | null =>
    (call(range, 'Find', '*', after, XL_FORMULAS, XL_PART, order, direction) as WpsObject | null | undefined) ?? null;
  const top = find(last, XL_BY_ROWS, XL_NEXT);
  if (!top) return null;
  const bottom = find(first, XL_BY_ROWS, XL_PREVIOUS)!;
  const left = find(last, XL_BY_COLUMNS, XL_NEXT)!;
  const right = find(first, XL_BY_COLUMNS, XL_PREVIOUS)!;
  const row = (c: WpsObject) => getNumber(c, 'Row') - 1;
  const col = (c: WpsObject) => getNumber(c, 'Column') - 1;
  return { top: row(top), left: col(left), rows: row(bottom) - row(top) + 1, cols: col(right) - col(left) + 1 };
}

/** What to read of a huge sheet's used range, and the notice naming the far cells. */
export function boundHugeSheet(ws: WpsObject, name: string, used: SheetExtent): { extent: SheetExtent | null; notice: string } {
  const areas = boundsAreas(used);
  return boundedRead(name, used, {
    window: usedBox(ws, areas.window),
    below: areas.below && usedBox(ws, areas.below),
    right: areas.right && usedBox(ws, areas.right),
  });
}
