import { FEN_PER_UNIT, Fen, Unit, toFen } from '../grid/units';

/**
 * Rounding tolerance (rules.md §1). Figures in 万元 (千元, 亿元) are rounded from 元 to two
 * decimals, so a sum of n rounded figures may differ from the rounded total by up to
 * 0.005 × (n + 1) of the unit. Figures in 元 are exact: only float noise (< 0.005 元) is
 * tolerated, which in whole 分 means no difference at all.
 */

/** The coarsest of the units (万元 over 元): rounding there dominates. */
export function coarsestUnit(units: Unit[]): Unit {
  let best: Unit = units[0] ?? '元';
  for (const u of units) if (FEN_PER_UNIT[u] > FEN_PER_UNIT[best]) best = u;
  return best;
}

/**
 * The largest difference in 分 that rounding explains, for a sum of `n` operands.
 * @example roundingTolerance('万元', 3) === 20_000 // 0.02 万元
 */
export function roundingTolerance(unit: Unit, n: number): Fen {
  if (unit === '元') return 0;
  // 0.005 of the unit is half a hundredth: FEN_PER_UNIT / 200 分.
  return Math.floor((FEN_PER_UNIT[unit] * (Math.max(n, 1) + 1)) / 200);
}

/** A pack's override (in the display unit) or the rounding tolerance. */
export function toleranceFen(override: number | undefined, displayUnit: Unit, roundingUnit: Unit, n: number): Fen {
  if (override !== undefined) return toFen(override, displayUnit);
  return roundingTolerance(roundingUnit, n);
}
