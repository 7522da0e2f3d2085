import { ChartSpec } from './chart-spec';

/** One drawn slice of a pie chart. */
export interface PieSlice {
  category: string;
  /** In the spec's unit, as given. */
  value: number;
  /** Share of the pie in percent, two decimals; the shares of one pie add up to exactly 100. */
  percent: number;
}

/**
 * Percent shares of `values` (each > 0) rounded to `decimals` places so that they add up to
 * exactly 100, by the largest-remainder method: every share is rounded down, and the
 * hundredths left over go one each to the shares with the largest remainders (ties: the
 * larger value, then the earlier one). Values are taken to the nearest hundredth first and
 * the arithmetic is done in integers, so 1/3 each gives 33.34, 33.33, 33.33, not a float sum
 * of 99.99999.
 * @throws RangeError when a value is not a finite number > 0.
 * @example percentShares([1, 1, 1]) // [33.34, 33.33, 33.33]
 */
export function percentShares(values: number[], decimals = 2): number[] {
  if (values.length === 0) return [];
  const cents = values.map((v) => {
    if (!Number.isFinite(v) || v <= 0) throw new RangeError(`percentShares: value ${v} is not > 0`);
    return Math.max(1, Math.round(v * 100));
  });
  const total = cents.reduce((a, b) => a + b, 0);
  const units = 100 * 10 ** decimals;
  const parts = cents.map((c, index) => ({
    index,
    cents: c,
    floor: Math.floor((c * units) / total),
    remainder: (c * units) % total,
  }));
  let left = units - parts.reduce((sum, p) => sum + p.floor, 0);
  const order = [...parts].sort((a, b) => b.remainder - a.remainder || b.cents - a.cents || a.index - b.index);
  for (const p of order) {
    if (left <= 0) break;
    p.floor += 1;
    left -= 1;
  }
  return parts.map((p) => p.floor / 10 ** decimals);
}

/**
 * The slices a pie chart draws from its spec: the first series' values by category, leaving
 * out values that are zero, negative or not numbers (a pie cannot show them, and zero slices
 * only pile their labels on top of each other), with largest-remainder percentages.
 * The SVG renderer and the Excel chart plan both use it, so image and native chart agree.
 * @example pieSlices(spec) // [{ category: '基本支出', value: 812.4, percent: 67.7 }, …]
 */
export function pieSlices(spec: ChartSpec): PieSlice[] {
  const values = spec.series[0]?.values ?? [];
  const kept = spec.categories
    .map((category, i) => ({ category, value: values[i] }))
    .filter((s): s is { category: string; value: number } => typeof s.value === 'number' && Number.isFinite(s.value) && s.value > 0);
  const shares = percentShares(kept.map((s) => s.value));
  return kept.map((s, i) => ({ ...s, percent: shares[i] }));
}
