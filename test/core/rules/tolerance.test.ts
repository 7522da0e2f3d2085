import { coarsestUnit, roundingTolerance, toleranceFen } from '../../../src/core/rules/tolerance';

describe('rounding tolerance', () => {
  it('allows 0.005 × (n + 1) of the unit for rounded units', () => {
    expect(roundingTolerance('万元', 3)).toBe(20_000); // 0.02 万元
    expect(roundingTolerance('万元', 1)).toBe(10_000); // 0.01 万元
    expect(roundingTolerance('千元', 2)).toBe(1_500); // 0.015 千元
  });

  it('allows no whole 分 of difference in 元', () => {
    expect(roundingTolerance('元', 30)).toBe(0);
  });

  it('uses the coarsest unit of mixed operands and honours a pack override', () => {
    expect(coarsestUnit(['元', '万元', '千元'])).toBe('万元');
    expect(toleranceFen(0.5, '万元', '万元', 3)).toBe(500_000);
    expect(toleranceFen(undefined, '元', '万元', 1)).toBe(10_000);
  });
});
