import { VerifyCheck, cellsOf, finding, leaveUnchecked, nameOf, statedText, where } from '../context';
import { VerifyFinding } from '../types';
import { comparePercent, percentProblem } from './percent';

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
    out.push(
      finding('completion', 'error', t.figure.sentence, `${nameOf(t.claim)}的预算完成率应为${c.expected}（${where(cells)}），报告写作${statedText(t)}${percentProblem(c)}。`, {
        stated: statedText(t),
        expected: c.expected,
        cells,
      }),
    );
  }
  return out;
};
