import { CellRange, GridCell, SheetGrid, a1 } from '../../grid/sheet-grid';

/**
 * A sheet of the blank standard workbook as plain data: the grid (values, formulas as text
 * with their results, number formats, merges) and what a writer needs beside it — which
 * cells a department types into (unlocked under sheet protection), titles and header bands
 * to style, column widths. Hosts write it (src/hosts/xlsx/write-blank.ts); tests read the
 * grid straight into a session.
 */
export interface BlankSheet {
  grid: SheetGrid;
  /** Amount cells a department fills in: unlocked; every other cell stays locked. */
  inputs: BlankInput[];
  /** 0-based cells written as titles (bold, larger). */
  titles: { row: number; col: number }[];
  /** Inclusive 0-based row bands of table headers (bold, centred, bordered). */
  headerRows: [number, number][];
  /** Column widths in characters by 0-based column. */
  widths: number[];
  /** True for sheets the writer leaves unprotected (补充信息 is filled as free text). */
  unprotected?: boolean;
}

/** One cell a department types into, and the figure of the schedule it is. */
export interface BlankInput {
  row: number;
  col: number;
  schedule: string;
  /** Row key as the recogniser names it (收入总计, 2060101, 30101, 公务接待费 …). */
  key: string;
  /** Column key (金额, 基本支出, 决算数 …). */
  column: string;
}

/** The number format of every amount cell. */
export const AMOUNT_FORMAT = '0.00';

/** One term of a sum: +cell or −cell. */
export interface Term {
  row: number;
  col: number;
  sign: 1 | -1;
}

/** Terms adding every cell given. */
export const plus = (cells: [number, number][]): Term[] => cells.map(([row, col]) => ({ row, col, sign: 1 }));

/**
 * Formula text of a sum of terms: SUM(C7:C19) for a run of cells down one column (typing a
 * row inside the run is counted), else C7+C12−C20; 0 for no terms.
 */
export function formulaText(terms: readonly Term[]): string {
  if (terms.length === 0) return '0';
  const run = terms.every((t, i) => t.sign === 1 && t.col === terms[0].col && (i === 0 || t.row === terms[i - 1].row + 1));
  if (terms.length > 2 && run) return `SUM(${a1(terms[0].row, terms[0].col)}:${a1(terms[terms.length - 1].row, terms[0].col)})`;
  return terms.map((t, i) => `${t.sign < 0 ? '-' : i === 0 ? '' : '+'}${a1(t.row, t.col)}`).join('');
}

/**
 * Builds one BlankSheet: layouts put text, inputs and sums in 0-based coordinates; build()
 * writes each sum as an Excel formula with its result computed from the values put (in 分,
 * so 0.1 + 0.2 is exactly 0.30), the way Excel would show it before any recalculation.
 */
export class BlankSheetBuilder {
  private readonly cells = new Map<number, Map<number, GridCell>>();
  private readonly sums = new Map<string, { row: number; col: number; terms: Term[] }>();
  private readonly merges: CellRange[] = [];
  private readonly inputs: BlankInput[] = [];
  private readonly titles: { row: number; col: number }[] = [];
  private readonly headerRows: [number, number][] = [];
  private readonly widths: number[] = [];
  private maxRow = -1;

  constructor(readonly name: string) {}

  put(row: number, col: number, value: string | number, numFmt?: string): void {
    let r = this.cells.get(row);
    if (!r) this.cells.set(row, (r = new Map()));
    r.set(col, numFmt ? { value, numFmt } : { value });
    this.maxRow = Math.max(this.maxRow, row);
  }

  /** A subject or economic code, kept as text so 2060101 never turns into a number. */
  code(row: number, col: number, code: string): void {
    this.put(row, col, code, '@');
  }

  /** An amount cell to type into, holding `value` 万元 (0 when blank). */
  input(row: number, col: number, figure: Omit<BlankInput, 'row' | 'col'>, value = 0): void {
    this.put(row, col, value, AMOUNT_FORMAT);
    this.inputs.push({ row, col, ...figure });
  }

  /** An amount cell holding the sum of `terms` (cells of this sheet). */
  sum(row: number, col: number, terms: Term[]): void {
    this.put(row, col, 0, AMOUNT_FORMAT);
    this.sums.set(`${row},${col}`, { row, col, terms });
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (bottom > top || right > left) this.merges.push({ top, left, bottom, right });
  }

  title(row: number, col: number): void {
    this.titles.push({ row, col });
  }

  headerBand(from: number, to: number): void {
    this.headerRows.push([from, to]);
  }

  width(col: number, chars: number): void {
    this.widths[col] = Math.max(this.widths[col] ?? 0, chars);
  }

  /** The last row written (−1 for none). */
  get lastRow(): number {
    return this.maxRow;
  }

  build(): BlankSheet {
    const fen = new Map<string, number>();
    const valueOf = (row: number, col: number, seen: Set<string>): number => {
      const key = `${row},${col}`;
      const known = fen.get(key);
      if (known !== undefined) return known;
      const s = this.sums.get(key);
      let out: number;
      if (!s) {
        const v = this.cells.get(row)?.get(col)?.value;
        out = typeof v === 'number' ? Math.round(v * 100) : 0;
      } else {
        if (seen.has(key)) throw new Error(`circular sum at ${a1(row, col)} of ${this.name}`);
        seen.add(key);
        out = s.terms.reduce((a, t) => a + t.sign * valueOf(t.row, t.col, seen), 0);
        seen.delete(key);
      }
      fen.set(key, out);
      return out;
    };
    for (const s of this.sums.values()) {
      const cell = this.cells.get(s.row)!.get(s.col)!;
      cell.formula = formulaText(s.terms);
      cell.value = valueOf(s.row, s.col, new Set()) / 100;
    }
    const cells: (GridCell | null)[][] = [];
    for (let r = 0; r <= this.maxRow; r++) {
      const row = this.cells.get(r);
      const width = row ? Math.max(...row.keys()) + 1 : 0;
      cells.push(Array.from({ length: width }, (_, c) => row?.get(c) ?? null));
    }
    return {
      grid: { name: this.name, cells, merges: this.merges },
      inputs: this.inputs,
      titles: this.titles,
      headerRows: this.headerRows,
      widths: Array.from(this.widths, (w) => w ?? 0),
    };
  }
}
