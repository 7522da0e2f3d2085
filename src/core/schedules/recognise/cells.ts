import { ParsedAmount, boundedFigure, parseAmount, parseNumberText } from '../../grid/amount';
import { GridCell, columnLetters } from '../../grid/sheet-grid';
import { Unit } from '../../grid/units';
import { ColumnKind, ValueCell } from '../model';
import { SheetIndex } from './sheet-index';

/**
 * A percentage cell as hundredths of a percentage point: 0.985 shown with a % format and
 * the text "98.5%" both give 9850; a plain 98.5 in a "%" column also gives 9850.
 */
export function parseRate(cell: GridCell | null): ParsedAmount {
  const base = parseAmount(cell, '元');
  if (!cell) return base;
  const v = cell.value;
  if (typeof v === 'number' && base.kind === 'number') {
    const pct = cell.numFmt?.includes('%') ? v * 100 : v;
    return boundedFigure(Math.round(pct * 100), false, () => cell.text || String(v));
  }
  if (typeof v === 'string' && base.kind === 'text') {
    const m = /^(.*?)[%％]$/.exec(v.trim());
    const n = m ? parseNumberText(m[1]) : undefined;
    if (n !== undefined) return boundedFigure(Math.round(n * 100), true, () => v.trim());
  }
  return base;
}

/**
 * A count (团组数, 车辆数 …): the plain whole number; 1.5 is `notWhole` (reported by P-05),
 * never rounded to 2.
 */
export function parseCount(cell: GridCell | null): ParsedAmount {
  const base = parseAmount(cell, '元');
  if (base.kind !== 'number') return base;
  if (base.fen % 100 !== 0) return { kind: 'notWhole', text: cell?.text || String(cell?.value ?? '') };
  return { ...base, fen: base.fen / 100 };
}

const LETTERS: string[] = [];

/** A1 address with column letters cached (the same text as sheet-grid's a1()). */
export function address(r: number, c: number): string {
  return (LETTERS[c] ??= columnLetters(c)) + (r + 1);
}

/** Read cell (r, c) as a figure of `kind`, with its sheet name and A1 address. */
export function readValue(ix: SheetIndex, r: number, c: number, kind: ColumnKind, unit: Unit): ValueCell {
  const cell = ix.cell(r, c);
  const parsed = kind === 'rate' ? parseRate(cell) : kind === 'count' ? parseCount(cell) : parseAmount(cell, unit);
  return { ref: { sheet: ix.name, address: address(r, c) }, parsed };
}

/** True when every cell of the row in `cols` is blank (empty, "-", "—"). */
export function allBlank(ix: SheetIndex, r: number, cols: number[]): boolean {
  return cols.every((c) => parseAmount(ix.cell(r, c), '元').kind === 'blank');
}
