/** A1 addresses as Excel writes and reads them: "Sheet1!A1:B2", "'My sheet'!C5", "1:3", "A:B". */
import { type CellRange, a1, columnLetters } from '../../../../src/core/grid/sheet-grid';
import { invalidArgument } from './errors';
import { MAX_COLS, MAX_ROWS } from './model';

/** The sheet part of an address: quoted when the name is not a plain identifier. */
export function sheetPrefix(name: string): string {
  const plain = /^[A-Za-z_\u3400-\u9fff][A-Za-z0-9_.\u3400-\u9fff]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name);
  return plain ? `${name}!` : `'${name.replace(/'/g, "''")}'!`;
}

/** "A1" for one cell, "A1:B2" for more. */
export function boundsAddress(b: CellRange): string {
  const start = a1(b.top, b.left);
  if (b.top === b.bottom && b.left === b.right) return start;
  if (b.left === 0 && b.right === MAX_COLS - 1) return `${b.top + 1}:${b.bottom + 1}`;
  if (b.top === 0 && b.bottom === MAX_ROWS - 1) return `${columnLetters(b.left)}:${columnLetters(b.right)}`;
  return `${start}:${a1(b.bottom, b.right)}`;
}

function column(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}

/** Parse one area ("B2", "B2:C9", "3:5", "C:D"), optionally with a sheet prefix; 0-based bounds. */
export function parseArea(text: string): { sheet?: string; bounds: CellRange } {
  let rest = text.trim();
  let sheet: string | undefined;
  const bang = rest.lastIndexOf('!');
  if (bang >= 0) {
    sheet = rest.slice(0, bang);
    if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
    rest = rest.slice(bang + 1);
  }
  const parts = rest.replace(/\$/g, '').toUpperCase().split(':');
  if (parts.length > 2) throw invalidArgument(`address ${text}`);
  const ends = parts.map((p) => {
    const m = /^([A-Z]{1,3})?(\d+)?$/.exec(p);
    if (!m || (!m[1] && !m[2])) throw invalidArgument(`address ${text}`);
    return { col: m[1] ? column(m[1]) : undefined, row: m[2] ? Number(m[2]) - 1 : undefined };
  });
  const [a, b] = [ends[0], ends[1] ?? ends[0]];
  if ((a.col === undefined) !== (b.col === undefined) || (a.row === undefined) !== (b.row === undefined)) throw invalidArgument(`address ${text}`);
  const bounds: CellRange = {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    bottom: a.row === undefined ? MAX_ROWS - 1 : Math.max(a.row, b.row ?? a.row),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    right: a.col === undefined ? MAX_COLS - 1 : Math.max(a.col, b.col ?? a.col),
  };
  if (bounds.top < 0 || bounds.bottom >= MAX_ROWS || bounds.left < 0 || bounds.right >= MAX_COLS) throw invalidArgument(`address ${text}`);
  return { sheet, bounds };
}

/** Split "A1:B2, C3" or "A1:B2; C3" into areas, keeping quoted sheet names whole. */
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
