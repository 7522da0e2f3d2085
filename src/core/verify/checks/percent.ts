import { Percent, formatPercent, ratioPercent } from '../../compare/format';
import { CellRef } from '../../grid/sheet-grid';
import { finding, nameOf, statedText, where } from '../context';
import { StatedFigure, TiedFigure, VerifyFinding } from '../types';

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

/** The finding about a percentage that does not compute: "{name}{what}应为{expected}…". */
export function percentFinding(kind: 'rate' | 'share' | 'completion', t: TiedFigure, what: string, c: PercentComparison, cells: CellRef[]): VerifyFinding {
  const truncated = c.truncated ? '（小数被直接截断，应四舍五入）' : '';
  const message = `${nameOf(t.claim!)}${what}应为${c.expected}（${where(cells)}），报告写作${statedText(t)}${truncated}。`;
  return finding(kind, 'error', t.figure.sentence, message, { stated: statedText(t), expected: c.expected, cells });
}
