/**
 * The addresses a spreadsheet host selects for a finding, whatever the host: the cells on
 * one sheet (the first cell's, which a host activates), normalised ("$b$7" → "B7"), without
 * duplicates, in the finding's order, and cut so that the joined list stays within the
 * host's limit on an address string (Excel's getRanges, WPS's Range()).
 */
import type { CellRef } from '../core/grid/sheet-grid';

/**
 * The addresses of `cells` on `sheet` whose join with `separator` is at most `maxLength`
 * characters.
 * @example addressesOn(cells, '表1', 255, ',').join(',')
 */
export function addressesOn(cells: readonly CellRef[], sheet: string, maxLength: number, separator: string): string[] {
  const out: string[] = [];
  let length = 0;
  for (const c of cells) {
    if (c.sheet !== sheet) continue;
    const address = c.address.trim().replace(/\$/g, '').toUpperCase();
    if (out.includes(address)) continue;
    const extra = address.length + (out.length > 0 ? separator.length : 0);
    if (length + extra > maxLength) break;
    out.push(address);
    length += extra;
  }
  return out;
}
