import { VerifyCheck, cellsOf, leaveUnchecked } from '../context';
import { VerifyFinding } from '../types';
import { comparePercent, percentFinding } from './percent';

/** "完成预算p%": 决算数 / 预算数 of the line, rounded half up at the text's decimals. */
export const checkCompletionRates: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind !== 'completion') continue;
    if (!t.claim?.budget) {
      leaveUnchecked(ctx, t);
      continue;
    }
    const { fact, budget } = t.claim;
    if (budget.value <= 0) continue; // checkZeroBases
    const c = comparePercent(t.figure, fact.value, budget.value);
    if (c.ok) continue;
    const cells = cellsOf(fact, budget);
    out.push(percentFinding('completion', t, '的预算完成率', c, cells));
  }
  return out;
};
