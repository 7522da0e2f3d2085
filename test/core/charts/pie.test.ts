import { percentShares, pieSlices } from '../../../src/core/charts/pie';
import { chartSpec, figure2, figure6, series } from './sample-charts';

const sumHundredths = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 100);

describe('percentShares', () => {
  it('gives the leftover hundredth to the largest remainder', () => {
    expect(percentShares([1, 1, 1])).toEqual([33.34, 33.33, 33.33]);
    expect(percentShares([2, 1])).toEqual([66.67, 33.33]);
  });

  it('keeps exact shares exact', () => {
    expect(percentShares([25, 75])).toEqual([25, 75]);
    expect(percentShares([1210.53])).toEqual([100]);
  });

  it('adds up to exactly 100.00 where rounding each share would not', () => {
    // Rounded one by one these are 14.29 × 7 = 100.03.
    const shares = percentShares([1, 1, 1, 1, 1, 1, 1]);
    expect(shares).toEqual([14.29, 14.29, 14.29, 14.29, 14.28, 14.28, 14.28]);
    expect(sumHundredths(shares)).toBe(10000);
    const figures = [862.3, 12.5, 215.6, 98.41, 110.2, 99.2];
    expect(percentShares(figures)).toEqual([61.67, 0.89, 15.42, 7.04, 7.88, 7.1]);
  });

  it('breaks equal remainders towards the larger value, then the earlier one', () => {
    // In hundredths 1, 4 and 7 of 12: every share leaves the same remainder (1/3 of 0.01).
    expect(percentShares([0.01, 0.04, 0.07])).toEqual([8.33, 33.33, 58.34]);
    expect(percentShares([0.04, 0.01, 0.07])).toEqual([33.33, 8.33, 58.34]);
  });

  it('rejects zero, negative and non-numbers', () => {
    expect(() => percentShares([1, 0])).toThrow(RangeError);
    expect(() => percentShares([1, -2])).toThrow(RangeError);
    expect(() => percentShares([Number.NaN])).toThrow(RangeError);
    expect(percentShares([])).toEqual([]);
  });
});

describe('pieSlices', () => {
  it('leaves out slices of zero and keeps the category order', () => {
    expect(pieSlices(figure2())).toEqual([
      { category: '财政拨款收入', value: 1402.18, percent: 83.1 },
      { category: '事业收入', value: 156.4, percent: 9.27 },
      { category: '其他收入', value: 38.77, percent: 2.3 },
      { category: '年初结转和结余', value: 90, percent: 5.33 },
    ]);
  });

  it('gives shares that add up to 100', () => {
    expect(sumHundredths(pieSlices(figure6()).map((s) => s.percent))).toBe(10000);
  });

  it('leaves out negative values and returns nothing when no value is above zero', () => {
    const spec = chartSpec('图3', '支出决算结构', 'pie', ['基本支出', '项目支出', '其他'], [series('2024年', [-5, 5, 0])]);
    expect(pieSlices(spec)).toEqual([{ category: '项目支出', value: 5, percent: 100 }]);
    spec.series[0].values = [0, 0, 0];
    expect(pieSlices(spec)).toEqual([]);
  });
});
