import { Percent, formatPercent, ratioPercent } from '../../compare/format';
import { StatedFigure } from '../types';

/** A stated percentage against the exact ratio, at the decimals the text uses. */
export interface PercentComparison {
  ok: boolean;
  /** The ratio rounded half up at the text's decimals, as the report should write it. */
  expected: string;
  /** The stated figure is the exact ratio cut off instead of rounded (12.34 for 12.346). */
  truncated: boolean;
}

const scaledOf = (f: StatedFigure): number => Math.round(f.value * 10 ** f.decimals);

/**
 * Compare `figure` with |numerator / denominator| × 100 rounded half up to the figure's own
 * decimals; `alternatives` are other accepted values at those decimals (a largest-remainder
 * share of a list). The denominator must not be 0.
 */
export function comparePercent(figure: StatedFigure, numerator: number, denominator: number, alternatives: Percent[] = []): PercentComparison {
  const d = figure.decimals;
  const rounded = ratioPercent(Math.abs(numerator), Math.abs(denominator), d);
  const stated = scaledOf(figure);
  const ok = stated === rounded.scaled || alternatives.some((a) => a.decimals === d && Math.abs(a.scaled) === stated);
  // The exact ratio with one more digit, cut: 12.346 → 1234 at 2 decimals.
  const finer = ratioPercent(Math.abs(numerator), Math.abs(denominator), d + 3).scaled;
  const truncated = !ok && Math.floor(finer / 1000) === stated;
  return { ok, expected: `${formatPercent(rounded)}%`, truncated };
}

/** The words of a message about a percentage that does not compute. */
export function percentProblem(c: PercentComparison): string {
  return c.truncated ? '（小数被直接截断，应四舍五入）' : '';
}
