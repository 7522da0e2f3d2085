import { GridCell, SheetGrid, cellText } from '../../grid/sheet-grid';
import { norm } from './text';

/** One non-empty cell of a row: its column, the text as shown and the normalised text. */
export interface TextCell {
  col: number;
  raw: string;
  text: string;
}

/**
 * A sheet with the text of every non-empty cell computed once. Every later step reads
 * rows through this index, so a sheet is normalised in one linear pass however many
 * times its rows are inspected.
 */
export class SheetIndex {
  readonly grid: SheetGrid;
  readonly name: string;
  /** Per row, its non-empty cells in column order. */
  readonly rows: TextCell[][];

  constructor(grid: SheetGrid) {
    this.grid = grid;
    this.name = grid.name;
    this.rows = new Array<TextCell[]>(grid.cells.length);
    for (let r = 0; r < grid.cells.length; r++) {
      const row = grid.cells[r];
      const out: TextCell[] = [];
      if (row) {
        for (let c = 0; c < row.length; c++) {
          const cell = row[c];
          if (!cell) continue;
          // A number's text (no display text) has no spaces, quotes, brackets or colons to normalise.
          if (typeof cell.value === 'number' && !cell.text) {
            const raw = String(cell.value);
            out.push({ col: c, raw, text: raw });
            continue;
          }
          const raw = cellText(cell).trim();
          if (raw === '') continue;
          out.push({ col: c, raw, text: norm(raw) });
        }
      }
      this.rows[r] = out;
    }
  }

  get rowCount(): number {
    return this.rows.length;
  }

  cell(r: number, c: number): GridCell | null {
    const row = this.grid.cells[r];
    return (row && row[c]) || null;
  }

  /** The text cell at (r, c), if the cell is non-empty. */
  at(r: number, c: number): TextCell | undefined {
    const row = this.rows[r];
    if (!row) return undefined;
    for (const tc of row) {
      if (tc.col === c) return tc;
      if (tc.col > c) return undefined;
    }
    return undefined;
  }

  /** Normalised text at (r, c); '' when empty. */
  text(r: number, c: number): string {
    return this.at(r, c)?.text ?? '';
  }

  isBlank(r: number): boolean {
    const row = this.rows[r];
    return !row || row.length === 0;
  }

  /** True when the sheet holds no text at all. */
  isEmpty(): boolean {
    return this.rows.every((r) => r.length === 0);
  }
}

/**
 * Header text with merges resolved: a merged area's value sits in its top-left cell only,
 * so every cell the area covers reads that value. Built for a band of rows (the header).
 */
export class MergedBand {
  private readonly origin = new Map<string, [number, number]>();
  /** Per row, the columns a merge covers (what `columns` adds to the row's own cells). */
  private readonly covered = new Map<number, Set<number>>();

  constructor(private readonly ix: SheetIndex, top: number, bottom: number) {
    for (const m of ix.grid.merges) {
      if (m.bottom < top || m.top > bottom) continue;
      if (m.top === m.bottom && m.left === m.right) continue;
      for (let r = Math.max(top, m.top); r <= Math.min(bottom, m.bottom); r++) {
        let cols = this.covered.get(r);
        if (!cols) this.covered.set(r, (cols = new Set()));
        for (let c = m.left; c <= m.right; c++) {
          this.origin.set(`${r},${c}`, [m.top, m.left]);
          cols.add(c);
        }
      }
    }
  }

  /** Normalised text at (r, c), reading through merges. */
  text(r: number, c: number): string {
    const o = this.origin.get(`${r},${c}`);
    return o ? this.ix.text(o[0], o[1]) : this.ix.text(r, c);
  }

  /** Columns in row r that show text (directly or through a merge), in order. */
  columns(r: number): number[] {
    const cols = new Set<number>();
    for (const tc of this.ix.rows[r] ?? []) cols.add(tc.col);
    for (const c of this.covered.get(r) ?? []) if (this.text(r, c) !== '') cols.add(c);
    return [...cols].sort((a, b) => a - b);
  }
}
