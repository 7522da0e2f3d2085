/**
 * How an amount or rate becomes a cell in each variant: a number with '#,##0.00', a text
 * number with thousands separators and '@', in 万元 or 元, rounded per cell when the data
 * carries random 分.
 */
import { GridCell } from '../../../src/core/grid/sheet-grid';
import { FEN_PER_UNIT, Fen, Unit, formatAmount } from '../../../src/core/grid/units';

export interface CellStyleOptions {
  unit: Unit;
  textNumbers: boolean;
  rounding: boolean;
}

/** The amount a cell shows, in 分: exact, or rounded half up to the unit's two decimals. */
export function shownFen(fen: Fen, s: CellStyleOptions): Fen {
  if (!s.rounding) return fen;
  const q = FEN_PER_UNIT[s.unit] / 100;
  const sign = fen < 0 ? -1 : 1;
  return sign * Math.floor((Math.abs(fen) + q / 2) / q) * q;
}

/** A cell for an amount already in shown 分; null (blank) for zero when `blankZero`. */
export function amountCell(shown: Fen, s: CellStyleOptions, blankZero = false): GridCell | null {
  if (shown === 0 && blankZero) return null;
  const text = formatAmount(shown, s.unit);
  if (s.textNumbers) return { value: text, text, numFmt: '@' };
  return { value: shown / FEN_PER_UNIT[s.unit], text, numFmt: '#,##0.00' };
}

/**
 * Completion rate in hundredths of a percentage point, from the amounts as shown (so the
 * stated rate agrees with the figures beside it); undefined when the budget is zero.
 */
export function rateOf(actual: Fen, budget: Fen): number | undefined {
  if (budget === 0) return undefined;
  return Math.round((actual * 10_000) / budget);
}

export function rateCell(rate: number, s: CellStyleOptions): GridCell {
  const text = (rate / 100).toFixed(2);
  if (s.textNumbers) return { value: text, text, numFmt: '@' };
  return { value: rate / 100, text, numFmt: '0.00' };
}
