/** Range and RangeAreas over the fake model. Reads happen on sync; writes are queued. */
import type { CellRange } from '../../../../src/core/grid/sheet-grid';
import { boundsAddress, parseArea, sheetPrefix } from './address';
import { CELL_PROPERTIES, type CellProperty, cellProperty, writtenFormat, writtenValue } from './cell-data';
import { type FakeClientResult, FakeClientObject, type FakeQueue, type Source } from './client-object';
import { FakeOfficeError, invalidArgument } from './errors';
import { type FakeSheet, type FakeWorkbookModel, getCell, setCell, usedExtent } from './model';
import { FakeRangeAreas, selectIn } from './range-areas';

export interface RangeTarget {
  sheet: FakeSheet;
  b: CellRange;
}

/**
 * "On all platforms, a range is limited to five million cells for get operations"
 * (learn.microsoft.com/office/dev/add-ins/excel/performance#payload-size-limit-best-practices).
 */
export const MAX_CELLS_PER_GET = 5_000_000;
const MAX_MERGED_AREAS = 512;

export interface FakeContextLike extends FakeQueue {
  readonly model: FakeWorkbookModel;
  /** See FakeEnvironment.overLimitCells and maxCellsPerGet. */
  readonly overLimitCells: 'null' | 'error';
  readonly maxCellsPerGet: number;
  /** See FakeEnvironment.activateNewSheet and activateHidden. */
  readonly activateNewSheet: 'ignored' | 'works';
  readonly activateHidden: 'error' | 'ignored';
}

const cells = (b: CellRange): number => (b.bottom - b.top + 1) * (b.right - b.left + 1);
const inside = (b: CellRange, r: number, c: number): boolean => r >= b.top && r <= b.bottom && c >= b.left && c <= b.right;
const intersect = (a: CellRange, b: CellRange): CellRange | null => {
  const out = { top: Math.max(a.top, b.top), left: Math.max(a.left, b.left), bottom: Math.min(a.bottom, b.bottom), right: Math.min(a.right, b.right) };
  return out.top <= out.bottom && out.left <= out.right ? out : null;
};

/** true / false when all / none of `count` indexes from `from` are in `set`, else null. */
function allOrNone(set: Set<number>, from: number, to: number): boolean | null {
  let hidden = 0;
  for (const i of set) if (i >= from && i <= to) hidden++;
  return hidden === 0 ? false : hidden === to - from + 1 ? true : null;
}

export function rangeAddress(t: RangeTarget): string {
  return sheetPrefix(t.sheet.name) + boundsAddress(t.b);
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly scalars = ['address', 'rowCount', 'columnCount', 'cellCount', 'rowIndex', 'columnIndex', ...CELL_PROPERTIES, 'rowHidden', 'columnHidden'];

  constructor(
    override readonly context: FakeContextLike,
    source: Source<RangeTarget>,
  ) {
    super(context, source);
  }

  protected read(t: RangeTarget, name: string): unknown {
    const b = t.b;
    switch (name) {
      case 'address':
        return rangeAddress(t);
      case 'rowCount':
        return b.bottom - b.top + 1;
      case 'columnCount':
        return b.right - b.left + 1;
      case 'cellCount':
        return cells(b);
      case 'rowIndex':
        return b.top;
      case 'columnIndex':
        return b.left;
      case 'rowHidden':
        return allOrNone(t.sheet.hiddenRows, b.top, b.bottom);
      case 'columnHidden':
        return allOrNone(t.sheet.hiddenCols, b.left, b.right);
    }
    if (t.sheet.broken) throw new FakeOfficeError('GeneralException', 'An internal error has occurred.');
    if (cells(b) > this.context.maxCellsPerGet) {
      if (this.context.overLimitCells === 'null') return null;
      throw new FakeOfficeError('RangeExceedsLimit', 'The cell count in the range has exceeded the maximum supported number.');
    }
    const out: unknown[][] = [];
    for (let r = b.top; r <= b.bottom; r++) {
      const row: unknown[] = [];
      const cellsOfRow = t.sheet.rows.get(r);
      for (let c = b.left; c <= b.right; c++) row.push(cellProperty(cellsOfRow?.get(c), name as CellProperty));
      out.push(row);
    }
    return out;
  }

  get address(): string {
    return this.prop('address');
  }
  get rowCount(): number {
    return this.prop('rowCount');
  }
  get columnCount(): number {
    return this.prop('columnCount');
  }
  get cellCount(): number {
    return this.prop('cellCount');
  }
  get rowIndex(): number {
    return this.prop('rowIndex');
  }
  get columnIndex(): number {
    return this.prop('columnIndex');
  }
  get text(): string[][] {
    return this.prop('text');
  }
  get valueTypes(): string[][] {
    return this.prop('valueTypes');
  }
  get rowHidden(): boolean | null {
    return this.prop('rowHidden');
  }
  get columnHidden(): boolean | null {
    return this.prop('columnHidden');
  }
  /** null when the range held more than MAX_CELLS_PER_GET cells and the fake answers with null. */
  get values(): unknown[][] {
    return this.prop('values');
  }
  set values(v: unknown[][]) {
    this.writeCells('values', v, writtenValue);
  }
  get numberFormat(): unknown[][] {
    return this.prop('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.writeCells('numberFormat', v, writtenFormat);
  }
  get formulas(): unknown[][] {
    return this.prop('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeCells('formulas', v, (cell, input) => writtenValue(cell?.numFmt === '@' ? { ...cell, numFmt: undefined } : cell, input));
  }

  private writeCells(prop: string, matrix: unknown[][], write: typeof writtenValue): void {
    this.act({ op: 'set', prop, value: matrix }, (t) => {
      const rows = t.b.bottom - t.b.top + 1;
      const cols = t.b.right - t.b.left + 1;
      if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== cols)) {
        throw invalidArgument(`${prop} must be ${rows} × ${cols}`);
      }
      matrix.forEach((row, i) => row.forEach((input, j) => setCell(t.sheet, t.b.top + i, t.b.left + j, write(getCell(t.sheet, t.b.top + i, t.b.left + j), input))));
      this.context.model.fireChanged(t.sheet, boundsAddress(t.b), 'ThisLocalAddin');
    });
  }

  private child(op: string, args: unknown[], make: (t: RangeTarget) => CellRange | null): FakeRange {
    return new FakeRange(this.context, {
      op: { op, args },
      resolve: () => {
        const t = this.need();
        const b = make(t);
        return b ? { sheet: t.sheet, b } : null;
      },
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.child('getCell', [row, column], ({ b }) => {
      if (!inside(b, b.top + row, b.left + column)) throw invalidArgument(`getCell(${row}, ${column})`);
      return { top: b.top + row, left: b.left + column, bottom: b.top + row, right: b.left + column };
    });
  }

  getRow(row: number): FakeRange {
    return this.child('getRow', [row], ({ b }) => {
      if (row < 0 || b.top + row > b.bottom) throw invalidArgument(`getRow(${row})`);
      return { ...b, top: b.top + row, bottom: b.top + row };
    });
  }

  getColumn(column: number): FakeRange {
    return this.child('getColumn', [column], ({ b }) => {
      if (column < 0 || b.left + column > b.right) throw invalidArgument(`getColumn(${column})`);
      return { ...b, left: b.left + column, right: b.left + column };
    });
  }

  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    return this.child('getIntersectionOrNullObject', [typeof other === 'string' ? other : 'range'], (t) => {
      const b = typeof other === 'string' ? parseArea(other).bounds : (other as unknown as { need(): RangeTarget }).need().b;
      return intersect(t.b, b);
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.requireApi('1.4', 'Range.getUsedRangeOrNullObject');
    return this.child('getUsedRangeOrNullObject', [valuesOnly], (t) => usedExtent(t.sheet, valuesOnly, t.b));
  }

  /**
   * ExcelApi 1.13. Fails when the range holds more than 512 merged areas, as documented
   * ("if the merged areas count in this range is more than 512, then this method will fail to
   * return the result", Excel.Range reference). Only merged areas whose top-left cell lies in
   * the range come back; one that merely overlaps it is left out (office-js #3611).
   */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi('1.13', 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, {
      op: { op: 'getMergedAreasOrNullObject' },
      resolve: () => {
        const t = this.need();
        const areas = t.sheet.merges.filter((m) => inside(t.b, m.top, m.left));
        if (areas.length > MAX_MERGED_AREAS) throw new FakeOfficeError('GeneralException', 'An internal error has occurred. (more than 512 merged areas)');
        return areas.length ? { sheet: t.sheet, areas: areas.map((m) => ({ ...m })) } : null;
      },
    });
  }

  /** ExcelApi 1.9; only rowIndex, rowHidden and address are modelled. */
  getRowProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[]> {
    this.context.requireApi('1.9', 'Range.getRowProperties');
    return this.lineProperties('getRowProperties', options, ['rowIndex', 'rowHidden', 'address'], (t, i) => ({
      rowIndex: i,
      rowHidden: t.sheet.hiddenRows.has(i),
      address: sheetPrefix(t.sheet.name) + boundsAddress({ ...t.b, top: i, bottom: i }),
    }));
  }

  /** ExcelApi 1.9; only columnIndex, columnHidden and address are modelled. */
  getColumnProperties(options: Record<string, unknown>): FakeClientResult<Record<string, unknown>[]> {
    this.context.requireApi('1.9', 'Range.getColumnProperties');
    return this.lineProperties('getColumnProperties', options, ['columnIndex', 'columnHidden', 'address'], (t, i) => ({
      columnIndex: i,
      columnHidden: t.sheet.hiddenCols.has(i),
      address: sheetPrefix(t.sheet.name) + boundsAddress({ ...t.b, left: i, right: i }),
    }));
  }

  private lineProperties(
    op: string,
    options: Record<string, unknown>,
    known: string[],
    one: (t: RangeTarget, index: number) => Record<string, unknown>,
  ): FakeClientResult<Record<string, unknown>[]> {
    const wanted = Object.keys(options).filter((k) => options[k] === true);
    for (const k of Object.keys(options)) if (!known.includes(k)) throw invalidArgument(`${op} option ${k} is not modelled`);
    const rows = op === 'getRowProperties';
    return this.result({ op, options }, (t) => {
      const [from, to] = rows ? [t.b.top, t.b.bottom] : [t.b.left, t.b.right];
      const out: Record<string, unknown>[] = [];
      for (let i = from; i <= to; i++) {
        const all = one(t, i);
        out.push(Object.fromEntries(wanted.map((k) => [k, all[k]])));
      }
      return out;
    });
  }

  select(): void {
    this.act({ op: 'select' }, (t) => selectIn(this.context.model, t.sheet, boundsAddress(t.b)));
  }

  clear(applyTo: string = 'All'): void {
    this.act({ op: 'clear', applyTo }, (t) => {
      for (const [r, row] of [...t.sheet.rows]) {
        if (r < t.b.top || r > t.b.bottom) continue;
        for (const [c, cell] of [...row]) {
          if (!inside(t.b, r, c)) continue;
          if (applyTo === 'Contents') setCell(t.sheet, r, c, cell.numFmt ? { value: null, numFmt: cell.numFmt } : undefined);
          else if (applyTo === 'Formats') setCell(t.sheet, r, c, { value: cell.value, formula: cell.formula });
          else setCell(t.sheet, r, c, undefined);
        }
      }
      if (applyTo !== 'Contents') t.sheet.merges = t.sheet.merges.filter((m) => !(inside(t.b, m.top, m.left) && inside(t.b, m.bottom, m.right)));
      this.context.model.fireChanged(t.sheet, boundsAddress(t.b), 'ThisLocalAddin');
    });
  }
}
