import { budgetCompletion } from '../../../src/core/compare/completion';

describe('budgetCompletion', () => {
  it('is 决算 / 预算, half up', () => {
    const c = budgetCompletion(41_400_000, 37_260_000, 0);
    expect(c.rate?.scaled).toBe(111);
    expect(c.relation).toBe('over');
    expect(budgetCompletion(41_400_000, 37_260_000, 2).rate?.scaled).toBe(11111);
  });

  it('gives no rate for a budget of 0', () => {
    const c = budgetCompletion(135_000_000, 0, 0);
    expect(c.rate).toBeUndefined();
    expect(c.relation).toBe('over');
  });

  it('marks equal figures, which need no reason', () => {
    const c = budgetCompletion(30_700_000, 30_700_000, 2);
    expect(c.relation).toBe('equal');
    expect(c.rate?.scaled).toBe(10000);
  });

  it('marks an underspent line', () => {
    expect(budgetCompletion(90, 100, 0).relation).toBe('under');
  });
});
