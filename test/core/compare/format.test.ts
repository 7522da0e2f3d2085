import { formatPercent, formatWan, percentValue, ratioPercent } from '../../../src/core/compare/format';

const wan = (x: number) => Math.round(x * 1_000_000);

describe('formatWan', () => {
  it('writes every amount with two decimals by default, no separators (11.00万元, 0.00万元)', () => {
    expect(formatWan(wan(11))).toBe('11.00');
    expect(formatWan(0)).toBe('0.00');
    expect(formatWan(wan(17.8))).toBe('17.80');
    expect(formatWan(wan(54.8))).toBe('54.80');
    expect(formatWan(wan(2940.05))).toBe('2940.05');
    expect(formatWan(wan(1234567.89))).toBe('1234567.89');
  });

  it('writes whole 万元 bare only when asked (the integer setting)', () => {
    expect(formatWan(wan(11), true)).toBe('11');
    expect(formatWan(0, true)).toBe('0');
    expect(formatWan(wan(17.8), true)).toBe('17.80');
    expect(formatWan(10_995_000, true)).toBe('11');
  });

  it('rounds half up at 0.01 万元', () => {
    expect(formatWan(17_805_000)).toBe('17.81');
    expect(formatWan(17_804_999)).toBe('17.80');
    expect(formatWan(10_995_000)).toBe('11.00');
    expect(formatWan(4_999)).toBe('0.00');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatWan(-wan(18.44))).toBe('-18.44');
    expect(formatWan(-4_000)).toBe('0.00');
  });
});

describe('ratioPercent and formatPercent', () => {
  it('rounds half up exactly where floating point would not', () => {
    // 1.005% as a float is 1.00499…; the exact rational rounds up.
    expect(ratioPercent(1005, 100000, 2).scaled).toBe(101);
    expect(ratioPercent(25, 200, 0).scaled).toBe(13);
    expect(ratioPercent(1, 3, 2).scaled).toBe(3333);
  });

  it('rounds negative values away from zero and keeps the sign in the value only', () => {
    const p = ratioPercent(-25, 200, 0);
    expect(p.scaled).toBe(-13);
    expect(percentValue(p)).toBe(-13);
    expect(formatPercent(p)).toBe('13');
  });

  it('writes exactly the style decimals', () => {
    expect(formatPercent({ scaled: 1250, decimals: 2 })).toBe('12.50');
    expect(formatPercent({ scaled: 5, decimals: 2 })).toBe('0.05');
    expect(formatPercent({ scaled: 125, decimals: 1 })).toBe('12.5');
    expect(formatPercent({ scaled: 0, decimals: 0 })).toBe('0');
  });

  it('refuses a zero base', () => {
    expect(() => ratioPercent(1, 0, 0)).toThrow(RangeError);
  });
});
