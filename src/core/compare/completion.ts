import { Fen } from '../grid/units';
import { Percent, ratioPercent } from './format';

export interface Completion {
  actual: Fen;
  budget: Fen;
  /** 决算 / 预算 at the requested decimals; undefined when the budget is 0 (or negative). */
  rate?: Percent;
  /** How the actual figure stands against the budget; 'equal' needs no reason. */
  relation: 'over' | 'under' | 'equal';
}

/**
 * Budget completion of one line: 决算数 / 预算数 (narrative.md §2 五(三), §3). A budget of 0 gives
 * no rate: the sentence states the zero budget and asks for the reason instead.
 * @example budgetCompletion(90_000_000, 100_000_000, 0).rate?.scaled === 90
 */
export function budgetCompletion(actual: Fen, budget: Fen, decimals: number): Completion {
  const out: Completion = { actual, budget, relation: actual > budget ? 'over' : actual < budget ? 'under' : 'equal' };
  if (budget > 0) out.rate = ratioPercent(actual, budget, decimals);
  return out;
}
