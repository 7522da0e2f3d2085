/**
 * A1 addresses in the forms Office.js reports them: "Sheet1!A1:D1", "'一 总表'!B2",
 * and lists of areas separated by commas ("…!A1:D1, …!B2:B4").
 */
import { type CellRange, parseA1 } from '../../core/grid/sheet-grid';

/** Split a list of areas at commas or semicolons outside quoted sheet names. */
export function splitAreas(text: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === "'") quoted = !quoted;
    if (!quoted && (ch === ',' || ch === ';')) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** One area ("Sheet1!B2:C9" or "B2") as 0-based inclusive bounds. */
export function parseArea(text: string): CellRange {
  const local = text.slice(text.lastIndexOf('!') + 1);
  const [from, to = from] = local.split(':');
  const a = parseA1(from);
  const b = parseA1(to);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Every area of an address list; areas that are not plain A1 ranges are skipped. */
export function parseAreas(text: string): CellRange[] {
  const out: CellRange[] = [];
  for (const area of splitAreas(text)) {
    try {
      out.push(parseArea(area));
    } catch {
      // whole rows or columns ("3:5") cannot be merged areas; nothing to keep
    }
  }
  return out;
}

const CELL_OR_RANGE = /^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/;

/** True for "B7" or "B7:C9" (no sheet part). */
export function isLocalAddress(address: string): boolean {
  return CELL_OR_RANGE.test(address.trim());
}
