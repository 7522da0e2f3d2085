import { shareList } from '../../compare/shares';
import { VerifyCheck, cellsOf, leaveUnchecked } from '../context';
import { VerifyFinding } from '../types';
import { comparePercent, percentFinding } from './percent';

/**
 * "占p%": the line over its whole (named after 占, else the total its list belongs to),
 * rounded half up at the text's decimals; the largest-remainder value of the listed lines
 * (which add up to 100, as the narrative writes them) is accepted too.
 */
export const checkShares: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind !== 'share' || !t.claim) {
      if (t.figure.kind === 'share') leaveUnchecked(ctx, t);
      continue;
    }
    const whole = t.whole?.fact ?? t.claim.whole;
    if (!whole) {
      leaveUnchecked(ctx, t);
      continue;
    }
    if (whole.value === 0) continue; // checkZeroBases
    const siblings = !t.whole && t.claim.siblings ? t.claim.siblings : [];
    const at = siblings.indexOf(t.claim.fact);
    const alternative = at >= 0 ? [shareList(siblings.map((s) => s.value), t.figure.decimals)[at]] : [];
    const c = comparePercent(t.figure, t.claim.fact.value, whole.value, alternative);
    if (c.ok) continue;
    const cells = cellsOf(t.claim.fact, whole);
    out.push(percentFinding('share', t, '所占比重', c, cells));
  }
  return out;
};
