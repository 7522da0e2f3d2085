/**
 * A small evaluator for the formulas the blank workbook writes (SUM of a range in one column,
 * + and − of cell references on the same sheet): what Excel computes when the file opens.
 * Anything else throws, so a formula outside that subset fails the test that meets it.
 */
import { GridCell, SheetGrid, a1, parseA1 } from '../../src/core/grid/sheet-grid';

const TOKEN = /\s*(?:SUM\(([A-Z]+\d+):([A-Z]+\d+)\)|([A-Z]+\d+)|(\d+(?:\.\d+)?)|([+-]))/y;

/** The terms of a formula: each cell (or range, expanded) with its sign; numbers as constants. */
function terms(formula: string): { refs: { row: number; col: number; sign: number }[]; constant: number } {
  const refs: { row: number; col: number; sign: number }[] = [];
  let constant = 0;
  let sign = 1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < formula.length) {
    const m = TOKEN.exec(formula);
    if (!m) throw new Error(`formula outside the evaluator's subset: ${formula}`);
    if (m[1]) {
      const from = parseA1(m[1]);
      const to = parseA1(m[2]);
      if (from.col !== to.col) throw new Error(`range across columns: ${formula}`);
      for (let r = from.row; r <= to.row; r++) refs.push({ row: r, col: from.col, sign });
    } else if (m[3]) refs.push({ ...parseA1(m[3]), sign });
    else if (m[4]) constant += sign * Number(m[4]);
    else {
      sign = m[5] === '-' ? -1 : 1;
      continue;
    }
    sign = 1;
  }
  return { refs, constant };
}

/**
 * A copy of the grids with every formula cell's value recalculated from the cells it reads
 * (in 分, so results are exact to two decimals).
 */
export function recalculate(grids: readonly SheetGrid[]): SheetGrid[] {
  return grids.map((g) => {
    const cells = g.cells.map((row) => row.map((c) => (c ? { ...c } : c)));
    const memo = new Map<string, number>();
    const fenAt = (row: number, col: number, depth: number): number => {
      const key = a1(row, col);
      const known = memo.get(key);
      if (known !== undefined) return known;
      if (depth > 200) throw new Error(`circular formula at ${g.name}!${key}`);
      const cell: GridCell | null = cells[row]?.[col] ?? null;
      let fen: number;
      if (cell?.formula) {
        const t = terms(cell.formula);
        fen = Math.round(t.constant * 100) + t.refs.reduce((a, r) => a + r.sign * fenAt(r.row, r.col, depth + 1), 0);
        cell.value = fen / 100;
      } else fen = typeof cell?.value === 'number' ? Math.round(cell.value * 100) : 0;
      memo.set(key, fen);
      return fen;
    };
    cells.forEach((row, r) => row.forEach((c, col) => c?.formula && fenAt(r, col, 0)));
    return { ...g, cells };
  });
}

/** A copy of the grids with `value` at (sheet, row, col) for each fill. */
export function fillCells(grids: readonly SheetGrid[], fills: { sheet: string; row: number; col: number; value: number }[]): SheetGrid[] {
  return grids.map((g) => {
    const mine = fills.filter((f) => f.sheet === g.name);
    if (mine.length === 0) return g;
    const cells = g.cells.map((row) => row.slice());
    for (const f of mine) {
      const old = cells[f.row][f.col];
      if (!old || old.formula) throw new Error(`not an input cell: ${g.name}!${a1(f.row, f.col)}`);
      cells[f.row][f.col] = { ...old, value: f.value };
    }
    return { ...g, cells };
  });
}
