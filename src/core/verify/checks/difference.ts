import { VerifyCheck, cellsOf, finding, leaveUnchecked, nameOf, statedText, wanAt, where } from '../context';
import { VerifyFinding } from '../types';
import { amountMatches } from './amount';

/** "增加Δ万元": the change from last year's figure of the line named before it. */
export const checkDifferences: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind !== 'difference') continue;
    if (!t.claim?.prior) {
      leaveUnchecked(ctx, t);
      continue;
    }
    const difference = t.claim.fact.value - t.claim.prior.value;
    if (amountMatches(ctx, t, difference, t.claim, 2)) continue;
    const cells = cellsOf(t.claim.fact);
    const exp = `${wanAt(difference, 2)}万元`;
    out.push(
      finding('difference', 'error', t.figure.sentence, `${nameOf(t.claim)}与上年相比的变动额应为${exp}（${where(cells)}），报告写作${statedText(t)}。`, {
        stated: statedText(t),
        expected: exp,
        cells,
      }),
    );
  }
  return out;
};
