import { compareYears } from '../../../src/core/compare/yoy';

describe('compareYears', () => {
  it('gives 增加 / 增长 and the rate (this − last) / last for a rise', () => {
    const y = compareYears(120_000_000, 100_000_000, 0);
    expect(y.difference).toBe(20_000_000);
    expect(y.direction).toBe('up');
    expect([y.amountWord, y.rateWord]).toEqual(['增加', '增长']);
    expect(y.rate?.scaled).toBe(20);
  });

  it('gives 减少 / 下降 with a negative rate for a fall, rounded half up away from zero', () => {
    const y = compareYears(87_500_000, 100_000_000, 0);
    expect(y.difference).toBe(-12_500_000);
    expect([y.amountWord, y.rateWord]).toEqual(['减少', '下降']);
    expect(y.rate?.scaled).toBe(-13);
    expect(compareYears(87_500_000, 100_000_000, 2).rate?.scaled).toBe(-1250);
  });

  it('gives 持平 with no rate', () => {
    const y = compareYears(5_000_000, 5_000_000, 2);
    expect(y.direction).toBe('flat');
    expect(y.amountWord).toBe('持平');
    expect(y.rateWord).toBeUndefined();
    expect(y.rate).toBeUndefined();
  });

  it('gives no rate when last year had nothing (上年无此项)', () => {
    const y = compareYears(5_000_000, 0, 2);
    expect(y.priorZero).toBe(true);
    expect(y.direction).toBe('up');
    expect(y.rate).toBeUndefined();
  });

  it('is exact in 分 where floats are not', () => {
    expect(compareYears(30_000, 10_000, 0).difference).toBe(20_000);
    expect(compareYears(1_005, 100_000, 2).rate?.scaled).toBe(-9900);
  });
});
