/**
 * Cell fixes that need the sheet XML, because ExcelJS loses what the cell held:
 *
 * - Excel saves a formula whose result is the empty string (=IF(A1=0,"",A1), common in
 *   schedules) as <c t="str"><f>…</f><v></v></c>. ExcelJS drops the empty <v>, so such a cell
 *   looks like a formula that was never calculated; its real value is "".
 * - A typed date, <c t="d"><v>2024-03-15T00:00:00</v></c> (ISO 8601, ECMA-376 Part 1
 *   §18.18.11 ST_CellType "d"), falls into ExcelJS's number branch (cell-xform.js parseClose:
 *   parseFloat), which reads it as the number 2024, a year. It is kept as its date text.
 */
import { parseA1, type SheetGrid } from '../../core/grid/sheet-grid';
import { attributes, decodeXml } from './xml-text';

const FORMULA = /<(?:\w+:)?f[\s>/]/;
const EMPTY_VALUE = /<(?:\w+:)?v(?:\s[^>]*)?(?:\/>|><\/(?:\w+:)?v>)/;

/** The body of each cell of type `type` in a sheet XML, by address. */
function cellsOfType(sheetXml: string, type: string): Map<string, string> {
  const found = new Map<string, string>();
  if (!sheetXml.includes(`t="${type}"`)) return found;
  const cellOpen = new RegExp(`<((?:\\w+:)?c)\\s([^>]*\\bt="${type}"[^>]*?)(/?)>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = cellOpen.exec(sheetXml)) !== null) {
    if (m[3] === '/') continue;
    const end = sheetXml.indexOf(`</${m[1]}>`, cellOpen.lastIndex);
    if (end < 0) break;
    const address = attributes(m[2]).get('r');
    if (address) found.set(address, sheetXml.slice(cellOpen.lastIndex, end));
  }
  return found;
}

/** Addresses (A1) of formula cells in one sheet XML whose saved result is the empty string. */
export function emptyTextResultCells(sheetXml: string): Set<string> {
  const found = new Set<string>();
  for (const [address, body] of cellsOfType(sheetXml, 'str')) if (FORMULA.test(body) && EMPTY_VALUE.test(body)) found.add(address);
  return found;
}

/** A typed date's value (decoded) as the grid shows it: yyyy-mm-dd at midnight, else as written. */
export function typedDateText(value: string): string {
  const text = value.trim();
  // Midnight is the common case (a date without a time): show the date alone.
  return /^\d{4}-\d{2}-\d{2}(T00:00(:00(\.0+)?)?(Z)?)?$/.test(text) ? text.slice(0, 10) : text;
}

/** Typed-date cells of one sheet XML: address → the date as text (yyyy-mm-dd, or the value as written). */
export function typedDateCells(sheetXml: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [address, body] of cellsOfType(sheetXml, 'd')) {
    const v = /<(?:\w+:)?v>([^<]*)</.exec(body)?.[1];
    if (v === undefined) continue;
    found.set(address, typedDateText(decodeXml(v)));
  }
  return found;
}

/** Apply both fixes to the grid read from this sheet XML. */
export function restoreFromSheetXml(grid: SheetGrid, sheetXml: string): void {
  const at = (address: string) => {
    const { row, col } = parseA1(address);
    return grid.cells[row]?.[col] ?? null;
  };
  if (grid.cells.some((row) => row.some((c) => c?.formulaWithoutValue))) {
    for (const address of emptyTextResultCells(sheetXml)) {
      const cell = at(address);
      if (!cell?.formulaWithoutValue) continue;
      cell.value = '';
      delete cell.formulaWithoutValue;
    }
  }
  for (const [address, text] of typedDateCells(sheetXml)) {
    const cell = at(address);
    if (cell) cell.value = text;
  }
}
