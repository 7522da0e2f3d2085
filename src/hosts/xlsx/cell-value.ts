/**
 * One ExcelJS cell → GridCell. ExcelJS's own `cell.value` for formulas drops falsy results
 * (a cached 0 disappears), so results are taken from `cell.result` instead.
 */
import type { CellValue as ExcelCellValue } from 'exceljs';
import type { CellValue, GridCell } from '../../core/grid/sheet-grid';

// ExcelJS ValueType numbers (exceljs/lib/doc/enums.js), copied so that this module needs
// only ExcelJS's types, not its runtime.
export const enum ValueType {
  Null = 0,
  Merge = 1,
  Number = 2,
  String = 3,
  Date = 4,
  Hyperlink = 5,
  Formula = 6,
  SharedString = 7,
  RichText = 8,
  Boolean = 9,
  Error = 10,
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900_OFFSET = 25569; // serial of 1970-01-01 in the 1900 date system

/**
 * ExcelJS turns a number into a Date when its format has any of "ymdhsb" outside quotes and
 * brackets, but it does not skip padding and fill characters (_m, *y), so a few number
 * formats are taken for dates. Those numbers are given back as numbers. (ExcelJS strips the
 * backslash of escaped characters such as \d on reading, so those cannot be told apart.)
 */
function isRealDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*]/g, '')
    .replace(/[_*]./g, '');
  return /[ymdhsb]/i.test(bare);
}

function dateToSerial(date: Date, date1904: boolean): number {
  const serial = date.getTime() / MS_PER_DAY + EPOCH_1900_OFFSET - (date1904 ? 1462 : 0);
  // ExcelJS kept whole milliseconds (1e-8 day) of (value - 25569); rounding to that step
  // undoes the float noise of the round trip (88.1 → 88.0999999999985 → 88.1).
  return Math.abs(serial) < 1e7 ? Math.round(serial * 1e8) / 1e8 : Number.parseFloat(serial.toPrecision(15));
}

function dateValue(date: Date, numFmt: string | undefined, date1904: boolean): CellValue {
  if (Number.isNaN(date.getTime())) return null;
  if (!isRealDateFormat(numFmt)) return dateToSerial(date, date1904);
  // ExcelJS builds dates in UTC from the serial number, so the UTC date is the sheet's date.
  return date.toISOString().slice(0, 10);
}

function richTextOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (value && typeof value === 'object' && Array.isArray((value as { richText?: unknown }).richText)) {
    return (value as { richText: { text?: string }[] }).richText.map((run) => run.text ?? '').join('');
  }
  return undefined;
}

/** A plain value as found in a cell or in a formula's cached result. */
function plainValue(raw: ExcelCellValue | unknown, numFmt: string | undefined, date1904: boolean): CellValue {
  if (raw === null || raw === undefined) return null;
  if (typeof raw === 'number' || typeof raw === 'boolean') return raw;
  if (typeof raw === 'string') return raw;
  if (raw instanceof Date) return dateValue(raw, numFmt, date1904);
  if (typeof raw === 'object') {
    const obj = raw as { error?: unknown; text?: unknown; richText?: unknown };
    if (typeof obj.error === 'string') return { error: obj.error };
    const rich = richTextOf(raw);
    if (rich !== undefined) return rich;
    // Hyperlink values are { text, hyperlink }; text itself may be rich text.
    if (obj.text !== undefined) return richTextOf(obj.text) ?? null;
  }
  return null;
}

/**
 * What toGridCell reads of a cell: an ExcelJS Cell has it, and so has the cell model
 * sheet-xml-grid.ts builds the way ExcelJS would (same types, values, results, formats).
 */
export interface CellLike {
  readonly type: number;
  readonly numFmt?: string;
  readonly formula?: string;
  readonly result?: unknown;
  readonly value?: unknown;
}

/**
 * Convert a cell (not a merged slave: the caller skips those). Returns null for a cell with
 * nothing in it, including an empty string, so style-only cells do not widen the grid.
 */
export function toGridCell(cell: CellLike, date1904: boolean): GridCell | null {
  const numFmt = cell.numFmt || undefined;
  const type = cell.type as number;
  if (type === ValueType.Null || type === ValueType.Merge) return null;

  if (type === ValueType.Formula) {
    const formula = String(cell.formula ?? '').replace(/^=/, '');
    const result = cell.result as unknown;
    const out: GridCell = { value: null };
    if (result === undefined) out.formulaWithoutValue = true;
    else out.value = plainValue(result, numFmt, date1904);
    if (formula) out.formula = formula;
    if (numFmt) out.numFmt = numFmt;
    return out;
  }

  const value = plainValue(cell.value, numFmt, date1904);
  if (value === null || value === '') return null;
  return numFmt ? { value, numFmt } : { value };
}
