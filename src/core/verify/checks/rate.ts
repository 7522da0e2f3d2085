import { VerifyCheck, cellsOf, leaveUnchecked } from '../context';
import { VerifyFinding } from '../types';
import { comparePercent, percentFinding } from './percent';

/**
 * "增长p%": (this year − last year) / last year, rounded half up at the text's decimals. A
 * rate over a zero last year is an error of its own (zero-base), not a wrong rate.
 */
export const checkGrowthRates: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind !== 'rate') continue;
    if (!t.claim?.prior) {
      leaveUnchecked(ctx, t);
      continue;
    }
    const { fact, prior } = t.claim;
    const cells = cellsOf(fact);
    if (prior.value <= 0) continue; // checkZeroBases
    const c = comparePercent(t.figure, fact.value - prior.value, prior.value);
    if (c.ok) continue;
    out.push(percentFinding('rate', t, '的增长率', c, cells));
  }
  return out;
};
