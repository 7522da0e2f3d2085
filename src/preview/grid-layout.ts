import { GridCell, SheetGrid, a1, colCount, columnLetters, isCellError } from '../core/grid/sheet-grid';

/** One cell of the read-only table; covered parts of a merged area are left out. */
export interface LayoutCell {
  col: number;
  address: string;
  text: string;
  rowSpan: number;
  colSpan: number;
  numeric: boolean;
}

export interface LayoutRow {
  /** 0-based sheet row. */
  row: number;
  hidden: boolean;
  cells: LayoutCell[];
}

export interface SheetLayout {
  /** Column letters, A … */
  columns: { letter: string; hidden: boolean }[];
  rows: LayoutRow[];
  /** Rows or columns were cut off at the limits. */
  truncated: boolean;
}

export interface LayoutLimits {
  rows: number;
  cols: number;
}

const DEFAULT_LIMITS: LayoutLimits = { rows: 2000, cols: 60 };

/** A number as the sheet shows it, from its format: decimals, thousands separators, percent. */
export function formatNumber(value: number, numFmt?: string): string {
  const fmt = (numFmt ?? '').split(';')[0];
  if (!fmt || fmt === 'General' || fmt === '@') return String(Math.round(value * 1e9) / 1e9);
  const decimals = /\.(0+)/.exec(fmt)?.[1].length ?? 0;
  const percent = fmt.includes('%');
  const n = percent ? value * 100 : value;
  const text = n.toLocaleString('en-US', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: fmt.includes(','),
  });
  return percent ? `${text}%` : text;
}

function displayText(cell: GridCell | null): string {
  if (!cell) return '';
  if (cell.text) return cell.text;
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  if (typeof v === 'number') return formatNumber(v, cell.numFmt);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v;
}

/**
 * Lay a sheet out as table rows: merged areas as one cell with spans, values shown as the
 * number format says, up to `limits` rows and columns.
 */
export function layoutSheet(grid: SheetGrid, limits: LayoutLimits = DEFAULT_LIMITS): SheetLayout {
  const rowTotal = grid.cells.length;
  const colTotal = colCount(grid);
  const nRows = Math.min(rowTotal, limits.rows);
  const nCols = Math.min(colTotal, limits.cols);
  const hiddenRows = new Set(grid.hiddenRows ?? []);
  const hiddenCols = new Set(grid.hiddenCols ?? []);
  const covered = new Set<string>();
  const spans = new Map<string, { rowSpan: number; colSpan: number }>();
  for (const m of grid.merges) {
    spans.set(`${m.top},${m.left}`, {
      rowSpan: Math.min(m.bottom, nRows - 1) - m.top + 1,
      colSpan: Math.min(m.right, nCols - 1) - m.left + 1,
    });
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);
  }
  const rows: LayoutRow[] = [];
  for (let r = 0; r < nRows; r++) {
    const cells: LayoutCell[] = [];
    for (let c = 0; c < nCols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = grid.cells[r]?.[c] ?? null;
      const span = spans.get(`${r},${c}`) ?? { rowSpan: 1, colSpan: 1 };
      cells.push({ col: c, address: a1(r, c), text: displayText(cell), ...span, numeric: typeof cell?.value === 'number' });
    }
    rows.push({ row: r, hidden: hiddenRows.has(r), cells });
  }
  const columns = Array.from({ length: nCols }, (_, c) => ({ letter: columnLetters(c), hidden: hiddenCols.has(c) }));
  return { columns, rows, truncated: rowTotal > nRows || colTotal > nCols };
}
