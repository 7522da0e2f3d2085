import { shareList } from '../../../src/core/compare/shares';

const scaled = (amounts: number[], d: number) => shareList(amounts, d).map((p) => p.scaled);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('shareList (largest remainder)', () => {
  it('gives the narrative.md example: 25, 75, 100 of 200 → 12, 38, 50', () => {
    expect(scaled([25, 75, 100], 0)).toEqual([12, 38, 50]);
  });

  it('breaks equal remainders in favour of the larger amount, then the earlier line', () => {
    // 37.5 and 12.5 tie on remainder .5: the larger amount (75) gets the unit, whatever the order.
    expect(scaled([75, 25, 100], 0)).toEqual([38, 12, 50]);
    // equal amounts and remainders: the earlier line.
    expect(scaled([1, 1, 1], 0)).toEqual([34, 33, 33]);
    expect(scaled([1, 1, 1], 2)).toEqual([3334, 3333, 3333]);
  });

  it('adds up to exactly 100 at every decimals where plain rounding does not', () => {
    const amounts = [3056_930000, 40_000000, 0, 20_000000, 70_800000, 0, 0, 9_300000];
    for (const d of [0, 1, 2]) expect(sum(scaled(amounts, d))).toBe(100 * 10 ** d);
    // plain rounding of 1/6 ×6 at 0 decimals gives 17 ×6 = 102.
    expect(sum(scaled([1, 1, 1, 1, 1, 1], 0))).toBe(100);
  });

  it('never gives a unit to a zero amount', () => {
    const s = scaled([1, 1, 1, 0], 0);
    expect(s[3]).toBe(0);
  });

  it('gives zeros for an all-zero list', () => {
    expect(scaled([0, 0], 2)).toEqual([0, 0]);
  });

  it('falls back to plain rounding when an amount is negative', () => {
    expect(scaled([150, -50], 0)).toEqual([150, -50]);
  });
});
