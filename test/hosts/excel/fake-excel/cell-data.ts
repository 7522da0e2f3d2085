/**
 * What a range reports per cell (values, text, numberFormat, valueTypes, formulas) and how
 * a written value becomes a cell, following Excel: "" clears, "=…" is a formula, numeric
 * text becomes a number unless the cell is formatted as text ("@"), "'…" stays text.
 */
import { isCellError } from '../../../../src/core/grid/sheet-grid';
import { invalidArgument } from './errors';
import type { FakeCell } from './model';

export type CellProperty = 'values' | 'text' | 'numberFormat' | 'valueTypes' | 'formulas';
export const CELL_PROPERTIES: readonly CellProperty[] = ['values', 'text', 'numberFormat', 'valueTypes', 'formulas'];

function value(cell: FakeCell | undefined): string | number | boolean {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  return v;
}

/** A small number formatter: decimals, thousands separators and percent of the first section. */
function formatNumber(n: number, fmt: string): string {
  if (fmt === 'General' || fmt === '@') return String(Number.parseFloat(n.toPrecision(11)));
  const section = fmt.split(';')[n < 0 ? 1 : 0] ?? fmt.split(';')[0];
  const percent = section.includes('%');
  const x = Math.abs(percent ? n * 100 : n);
  const decimals = /\.(0+)/.exec(section)?.[1].length ?? 0;
  let text = x.toFixed(decimals);
  if (section.includes(',')) {
    const [int, frac] = text.split('.');
    text = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac ? `.${frac}` : '');
  }
  const sign = n < 0 && fmt.split(';').length < 2 ? '-' : '';
  return sign + text + (percent ? '%' : '');
}

function text(cell: FakeCell | undefined): string {
  const v = value(cell);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (typeof v === 'number') return formatNumber(v, cell?.numFmt ?? 'General');
  return v;
}

function valueType(cell: FakeCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined || v === '') return 'Empty';
  if (isCellError(v)) return 'Error';
  if (typeof v === 'number') return 'Double';
  if (typeof v === 'boolean') return 'Boolean';
  return 'String';
}

/** One cell's value of a per-cell range property. */
export function cellProperty(cell: FakeCell | undefined, prop: CellProperty): unknown {
  switch (prop) {
    case 'values':
      return value(cell);
    case 'text':
      return text(cell);
    case 'numberFormat':
      return cell?.numFmt ?? 'General';
    case 'valueTypes':
      return valueType(cell);
    case 'formulas':
      return cell?.formula !== undefined ? `=${cell.formula}` : value(cell);
  }
}

const NUMERIC = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** The cell after writing `input` into Range.values; null/undefined leave it unchanged. */
export function writtenValue(cell: FakeCell | undefined, input: unknown): FakeCell | undefined {
  if (input === null || input === undefined) return cell;
  const keep: FakeCell = cell?.numFmt ? { value: null, numFmt: cell.numFmt } : { value: null };
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalidArgument(`value ${input}`);
    return { ...keep, value: input };
  }
  if (typeof input === 'boolean') return { ...keep, value: input };
  if (typeof input !== 'string') throw invalidArgument(`value of type ${typeof input}`);
  if (input === '') return keep;
  if (keep.numFmt === '@') return { ...keep, value: input };
  if (input.startsWith("'")) return { ...keep, value: input.slice(1) };
  // The fake does not calculate: a written formula has no value until a test gives it one.
  if (input.startsWith('=')) return { ...keep, formula: input.slice(1) };
  if (NUMERIC.test(input.trim())) return { ...keep, value: Number(input) };
  if (/^(true|false)$/i.test(input)) return { ...keep, value: input.toLowerCase() === 'true' };
  return { ...keep, value: input };
}

/** The cell after writing a number format; null/undefined leave it unchanged. */
export function writtenFormat(cell: FakeCell | undefined, input: unknown): FakeCell | undefined {
  if (input === null || input === undefined) return cell;
  if (typeof input !== 'string') throw invalidArgument(`numberFormat of type ${typeof input}`);
  const out: FakeCell = { ...(cell ?? { value: null }) };
  if (input === 'General') delete out.numFmt;
  else out.numFmt = input;
  return out;
}
