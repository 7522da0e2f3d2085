/**
 * One worksheet through the ET object model into the parts the Excel host's sheet builder
 * assembles (../excel/sheet-builder.ts), so both spreadsheet hosts lay out a grid the same way.
 *
 * Calls per sheet: the used range's position and size, its `Value2` (one 2-D array), its
 * `NumberFormat` (one string when every cell shares it), its `MergeCells`; then only where
 * needed: number formats per row and per non-empty cell, `MergeArea` of merged cells in rows
 * that have any, `HasFormula`/`Text` of cells whose value looks like an error, and `Hidden`
 * of every row and column up to the used range's end.
 *
 * Behaviour, from the VBA-compatible ET reference the WPS open platform documents (the members
 * are declared in wps-jsapi lib.et.d.ts, EtRange / EtWorksheet):
 * - `UsedRange` counts formatted cells too, so it covers every merged area and may start
 *   below or right of A1 (`Row`, `Column` are 1-based).
 * - `Value2` of one cell is a scalar, of a block a 2-D array of rows; dates come as serial
 *   numbers (that is why Value2 and not Value), empty cells as undefined or "".
 * - `NumberFormat` of a block is null when its cells differ (VBA Range.NumberFormat).
 * - `MergeCells` of a block is true when all of it is merged, false when none, null when mixed.
 * - An error value's representation in JS is not documented: as its text ("#DIV/0!") or as
 *   the COM error code (-2146826281). Both are recognised; text only when the cell holds a
 *   formula (a typed "#N/A" stays text), a code only when the cell's `Text` is an error text.
 */
import type { CellRange } from '../../core/grid/sheet-grid';
import type { SheetParts } from '../excel/sheet-builder';
import { type SheetExtent, areaText, isHuge } from '../read-bounds';
import { type WpsObject, call, get, getNumber, getObject } from './members';
import { boundHugeSheet } from './read-bounds';
import { isHiddenSheet, sheetName } from './workbook';

const ERROR_TEXTS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!']);

/** COM error codes (0x800A0000 + xlErr…) as a bridge may hand them over. */
export const ERROR_CODES: Record<number, string> = {
  [-2146826288]: '#NULL!',
  [-2146826281]: '#DIV/0!',
  [-2146826273]: '#VALUE!',
  [-2146826265]: '#REF!',
  [-2146826259]: '#NAME?',
  [-2146826252]: '#NUM!',
  [-2146826246]: '#N/A',
};

/** Value2 (or NumberFormat) of a rows × cols block as rows of cells. */
export function matrixOf(raw: unknown, rows: number, cols: number): unknown[][] {
  if (!Array.isArray(raw)) return [[raw]];
  if (raw.length > 0 && raw.every((r) => Array.isArray(r))) return raw as unknown[][];
  // A flat array: one row, or one column.
  return rows === 1 || cols !== 1 ? [raw] : raw.map((v) => [v]);
}

function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '';
}

function rowOf(used: WpsObject, r: number): WpsObject {
  return call(getObject(used, 'Rows'), 'Item', r + 1) as WpsObject;
}

function cellOf(used: WpsObject, r: number, c: number): WpsObject {
  return call(used, 'Item', r + 1, c + 1) as WpsObject;
}

/** Number formats per cell: one call when uniform, else per row, else per non-empty cell. */
function formatsOf(used: WpsObject, values: unknown[][], rows: number, cols: number): unknown[][] {
  const all = get(used, 'NumberFormat');
  if (typeof all === 'string') return values.map((row) => row.map(() => all));
  if (Array.isArray(all)) return matrixOf(all, rows, cols);
  return values.map((row, r) => {
    if (row.every(isEmpty)) return row.map(() => undefined);
    const f = get(rowOf(used, r), 'NumberFormat');
    if (typeof f === 'string') return row.map(() => f);
    return row.map((v, c) => (isEmpty(v) ? undefined : get(cellOf(used, r, c), 'NumberFormat')));
  });
}

/** 'Error' where a cell holds an error value; its text is put into `values`. */
function errorTypes(used: WpsObject, values: unknown[][]): string[][] {
  return values.map((row, r) =>
    row.map((v, c) => {
      if (typeof v === 'string' && ERROR_TEXTS.has(v)) {
        return get(cellOf(used, r, c), 'HasFormula') === true ? 'Error' : 'String';
      }
      if (typeof v === 'number' && ERROR_CODES[v] !== undefined) {
        const text = String(get(cellOf(used, r, c), 'Text'));
        if (!ERROR_TEXTS.has(text)) return 'Double';
        row[c] = text;
        return 'Error';
      }
      return '';
    }),
  );
}

/** The merged areas anchored in the used range, 0-based sheet coordinates. */
function mergesOf(used: WpsObject, rows: number, cols: number): CellRange[] {
  if (get(used, 'MergeCells') === false) return [];
  const merges: CellRange[] = [];
  const covered = new Set<string>();
  for (let r = 0; r < rows; r++) {
    if (get(rowOf(used, r), 'MergeCells') === false) continue;
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const cell = cellOf(used, r, c);
      if (get(cell, 'MergeCells') !== true) continue;
      const area = getObject(cell, 'MergeArea');
      const top = getNumber(area, 'Row') - 1;
      const left = getNumber(area, 'Column') - 1;
      const bottom = top + getNumber(getObject(area, 'Rows'), 'Count') - 1;
      const right = left + getNumber(getObject(area, 'Columns'), 'Count') - 1;
      merges.push({ top, left, bottom, right });
      const r0 = top - (getNumber(used, 'Row') - 1);
      const c0 = left - (getNumber(used, 'Column') - 1);
      for (let i = r0; i <= r0 + bottom - top; i++) for (let j = c0; j <= c0 + right - left; j++) covered.add(`${i},${j}`);
    }
  }
  return merges;
}

/** 0-based indexes of the hidden rows (or columns) among the first `count`. */
function hiddenLines(lines: WpsObject, count: number): Set<number> {
  const hidden = new Set<number>();
  for (let i = 0; i < count; i++) if (get(call(lines, 'Item', i + 1) as WpsObject, 'Hidden') === true) hidden.add(i);
  return hidden;
}

/**
 * Read one worksheet; a used range over the cap (a stray far value) is read in its schedule
 * region only, with a notice naming the far cells (read-bounds.ts). Members WPS refuses
 * surface as WpsCallError (members.ts).
 */
export function readSheetParts(ws: WpsObject): { parts: SheetParts; notice?: string } {
  const usedRange = getObject(ws, 'UsedRange');
  const extent: SheetExtent = {
    top: getNumber(usedRange, 'Row') - 1,
    left: getNumber(usedRange, 'Column') - 1,
    rows: getNumber(getObject(usedRange, 'Rows'), 'Count'),
    cols: getNumber(getObject(usedRange, 'Columns'), 'Count'),
  };
  if (!isHuge(extent)) return { parts: readArea(ws, usedRange, extent) };
  const name = sheetName(ws);
  const bounded = boundHugeSheet(ws, name, extent);
  const parts: SheetParts = bounded.extent
    ? readArea(ws, call(ws, 'Range', areaText(bounded.extent)) as WpsObject, bounded.extent)
    : { name, hidden: isHiddenSheet(ws), blocks: [], hiddenRows: new Set(), hiddenCols: new Set(), merges: [] };
  return { parts, notice: bounded.notice };
}

/** The parts of the block `used` (the used range, or the region of a huge one) at `extent`. */
function readArea(ws: WpsObject, used: WpsObject, { top, left, rows, cols }: SheetExtent): SheetParts {
  const values = matrixOf(get(used, 'Value2'), rows, cols);
  const valueTypes = errorTypes(used, values);
  const numberFormat = formatsOf(used, values, rows, cols);
  return {
    name: sheetName(ws),
    hidden: isHiddenSheet(ws),
    blocks: [{ firstRow: top, left, values, valueTypes, numberFormat }],
    hiddenRows: hiddenLines(getObject(ws, 'Rows'), top + rows),
    hiddenCols: hiddenLines(getObject(ws, 'Columns'), left + cols),
    merges: mergesOf(used, rows, cols),
  };
}
