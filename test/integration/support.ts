/** Helpers shared by the whole-engine tests: run a fixture through the engine, mutate one cell. */
import { CheckReport, checkWorkbook } from '../../src/core/check';
import { parseNumberText } from '../../src/core/grid/amount';
import { GridCell, SheetGrid, isCellError, parseA1 } from '../../src/core/grid/sheet-grid';
import { Finding } from '../../src/core/rules/finding';
import { WorkbookModel } from '../../src/core/schedules/model';

export function checkSheets(sheets: SheetGrid[], prior?: WorkbookModel, file = 'fixture.xlsx'): CheckReport {
  return checkWorkbook({ file, sheets }, { prior });
}

/** Failures of error severity, as short text for readable test failures. */
export function errorsOf(findings: Finding[]): string[] {
  return findings.filter((f) => f.outcome === 'fail' && f.severity === 'error').map((f) => `${f.rule} ${f.message}`);
}

function bumpedText(text: string, delta: number): string {
  const n = parseNumberText(text);
  if (n === undefined) return String(delta);
  return (n + delta).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}

/** The cell with `delta` added to its figure (numbers, text numbers, formula results, blanks). */
export function bumpedCell(cell: GridCell | null, delta: number): GridCell {
  if (!cell || cell.value === null || cell.value === '' || cell.value === '-' || cell.value === '—') {
    return { value: delta, numFmt: '#,##0.00' };
  }
  const v = cell.value;
  if (typeof v === 'number') return { ...cell, value: Math.round((v + delta) * 1e6) / 1e6, text: undefined };
  if (typeof v === 'string') return { ...cell, value: bumpedText(v, delta), text: undefined };
  if (isCellError(v)) return { value: delta };
  return { ...cell, value: delta };
}

/** A copy of the workbook with one cell changed; other sheets and rows are shared, not copied. */
export function withCellBumped(sheets: SheetGrid[], sheet: string, address: string, delta: number): SheetGrid[] {
  const { row, col } = parseA1(address);
  return sheets.map((g) => {
    if (g.name !== sheet) return g;
    const cells = g.cells.slice();
    const r = (cells[row] ?? []).slice();
    while (r.length <= col) r.push(null);
    r[col] = bumpedCell(r[col] ?? null, delta);
    cells[row] = r;
    return { ...g, cells };
  });
}
