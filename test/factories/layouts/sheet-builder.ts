/**
 * SheetBuilder: layouts write cells in logical coordinates; the builder records which cell
 * holds which expected figure, and on build() places an optional hidden row and column
 * (clutter variant), resolves formulas to A1 text and computes every address, so inserting
 * a row or column never leaves an expected address stale.
 */
import { CellRange, CellValue, GridCell, SheetGrid, a1 } from '../../../src/core/grid/sheet-grid';
import { ScheduleId } from '../../../src/core/schedules/model';

/** What a perfect reader must find: one figure of one schedule, and the cell it sits in. */
export interface ExpectedFigure {
  schedule: ScheduleId;
  row: string;
  col: string;
  fen: number;
  sheet: string;
  address: string;
}

/** Presentation hints for the .xlsx writer, in physical (0-based) coordinates. */
export interface SheetStyle {
  /** Cells written bold and larger (titles). */
  titleCells: { row: number; col: number }[];
  /** Inclusive row bands of table headers (bold, centred, bordered). */
  headerRows: [number, number][];
  colWidths: number[];
}

/** A SheetGrid with optional presentation hints; other code sees a plain SheetGrid. */
export type StyledSheetGrid = SheetGrid & { style?: SheetStyle };

interface Pending {
  schedule: ScheduleId;
  row: string;
  col: string;
  fen: number;
  r: number;
  c: number;
}

/** SUM(C7:C19) for a run of cells in one column, else C7+C12+C20. */
function formulaText(refs: [number, number][]): string {
  const sameCol = refs.every(([, c]) => c === refs[0][1]);
  const run = refs.every(([r], i) => i === 0 || r === refs[i - 1][0] + 1);
  if (refs.length > 2 && sameCol && run) return `SUM(${a1(...refs[0])}:${a1(...refs[refs.length - 1])})`;
  return refs.map(([r, c]) => a1(r, c)).join('+');
}

export class SheetBuilder {
  private readonly cells = new Map<number, Map<number, GridCell>>();
  private readonly merges: CellRange[] = [];
  private readonly figures: Pending[] = [];
  private readonly formulas: { r: number; c: number; refs: [number, number][] }[] = [];
  private readonly titles: { r: number; c: number }[] = [];
  private readonly headers: [number, number][] = [];
  private readonly widths = new Map<number, number>();
  private extraRow?: { at: number; cells: Map<number, GridCell> };
  private extraCol?: { at: number; cells: Map<number, GridCell> };
  private maxRow = -1;

  constructor(public readonly name: string) {}

  /** Next free logical row. */
  get height(): number {
    return this.maxRow + 1;
  }

  put(r: number, c: number, cell: GridCell | CellValue | null): void {
    if (cell === null || cell === undefined || cell === '') return;
    const g: GridCell = typeof cell === 'object' && !('error' in cell) ? cell : { value: cell as CellValue };
    if (!this.cells.has(r)) this.cells.set(r, new Map());
    this.cells.get(r)!.set(c, g);
    if (r > this.maxRow) this.maxRow = r;
  }

  /** Mark a row as used even when it stays empty (padding rows count for the height). */
  touch(r: number): void {
    if (r > this.maxRow) this.maxRow = r;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push({ top, left, bottom, right });
  }

  expect(schedule: ScheduleId, row: string, col: string, fen: number, r: number, c: number): void {
    this.figures.push({ schedule, row, col, fen, r, c });
  }

  /** Turn the value at (r, c) into a formula summing the cells at `refs` (cached value kept). */
  formula(r: number, c: number, refs: [number, number][]): void {
    if (refs.length > 0) this.formulas.push({ r, c, refs });
  }

  title(r: number, c: number): void {
    this.titles.push({ r, c });
  }

  headerBand(from: number, to: number): void {
    this.headers.push([from, to]);
  }

  width(c: number, chars: number): void {
    this.widths.set(c, Math.max(this.widths.get(c) ?? 0, chars));
  }

  /** A hidden row placed before logical row `at`. */
  hiddenRow(at: number, cells: Map<number, GridCell>): void {
    this.extraRow = { at, cells };
  }

  /** A hidden column placed before logical column `at`. */
  hiddenCol(at: number, cells: Map<number, GridCell>): void {
    this.extraCol = { at, cells };
  }

  /** The finished grid and the expected figures with their physical addresses. */
  build(): { grid: StyledSheetGrid; expected: ExpectedFigure[] } {
    const rAt = this.extraRow?.at;
    const cAt = this.extraCol?.at;
    const pr = (r: number) => (rAt !== undefined && r >= rAt ? r + 1 : r);
    const pc = (c: number) => (cAt !== undefined && c >= cAt ? c + 1 : c);
    const out: (GridCell | null)[][] = [];
    const place = (r: number, c: number, cell: GridCell) => {
      while (out.length <= r) out.push([]);
      const row = out[r];
      while (row.length <= c) row.push(null);
      row[c] = cell;
    };
    const formulaAt = new Map(this.formulas.map((f) => [`${f.r},${f.c}`, f]));
    for (const [r, row] of this.cells) {
      for (const [c, cell] of row) {
        const f = formulaAt.get(`${r},${c}`);
        const placed = f ? { ...cell, formula: formulaText(f.refs.map(([rr, cc]) => [pr(rr), pc(cc)])) } : cell;
        place(pr(r), pc(c), placed);
      }
    }
    if (this.extraRow) for (const [c, cell] of this.extraRow.cells) place(this.extraRow.at, pc(c), cell);
    if (this.extraCol) for (const [r, cell] of this.extraCol.cells) place(pr(r), this.extraCol.at, cell);
    while (out.length < pr(this.maxRow) + 1) out.push([]);
    // A merge that spans an inserted row or column grows by one: mapping both corners does that.
    const merges = this.merges.map((m) => ({ top: pr(m.top), bottom: pr(m.bottom), left: pc(m.left), right: pc(m.right) }));
    const colWidths: number[] = [];
    for (const [c, w] of this.widths) colWidths[pc(c)] = w;
    const grid: StyledSheetGrid = {
      name: this.name,
      cells: out,
      merges,
      style: {
        titleCells: this.titles.map((t) => ({ row: pr(t.r), col: pc(t.c) })),
        headerRows: this.headers.map(([a, b]) => [pr(a), pr(b)]),
        colWidths: Array.from(colWidths, (w) => w ?? 0),
      },
    };
    if (rAt !== undefined) grid.hiddenRows = [rAt];
    if (cAt !== undefined) grid.hiddenCols = [cAt];
    const expected = this.figures.map((f) => ({
      schedule: f.schedule,
      row: f.row,
      col: f.col,
      fen: f.fen,
      sheet: this.name,
      address: a1(pr(f.r), pc(f.c)),
    }));
    return { grid, expected };
  }
}
