import { Percent, ratioPercent } from './format';

/**
 * Shares of a whole that add up to exactly 100 at `decimals` (narrative.md §3): the
 * largest-remainder method. Each share starts at its exact value rounded down; the units
 * still missing go to the largest remainders, ties to the larger amount, then to the earlier
 * line. Example: 25, 75 and 100 of 200 at 0 decimals are 12.5, 37.5, 50 → 12, 38, 50.
 *
 * The whole is the sum of `amounts`, so the shares add up even when a published total
 * disagrees with its parts. An all-zero list gives all zeros (there is nothing to share);
 * a list with a negative amount gets plain half-up rounding, since remainders are meaningless.
 * @example shareList([25, 75, 100], 0).map((p) => p.scaled) // [12, 38, 50]
 */
export function shareList(amounts: readonly number[], decimals: number): Percent[] {
  const total = amounts.reduce((a, b) => a + b, 0);
  if (total === 0) return amounts.map(() => ({ scaled: 0, decimals }));
  if (amounts.some((a) => a < 0)) return amounts.map((a) => ratioPercent(a, total, decimals));
  const whole = 100n * 10n ** BigInt(decimals);
  const t = BigInt(total);
  const parts = amounts.map((a, index) => {
    const n = BigInt(a) * whole;
    return { index, amount: a, floor: n / t, remainder: n % t };
  });
  let missing = whole - parts.reduce((acc, p) => acc + p.floor, 0n);
  const order = [...parts].sort((x, y) => {
    if (x.remainder !== y.remainder) return x.remainder > y.remainder ? -1 : 1;
    if (x.amount !== y.amount) return y.amount - x.amount;
    return x.index - y.index;
  });
  for (const p of order) {
    if (missing <= 0n) break;
    p.floor += 1n;
    missing -= 1n;
  }
  return parts.map((p) => ({ scaled: Number(p.floor), decimals }));
}
