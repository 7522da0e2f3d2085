import { VerifyCheck, cellsOf, finding, leaveUnchecked, statedText, where } from '../context';
import { VerifyFinding } from '../types';

/** Counts (团组, 人次, 车辆, 批次, 项目) against T07's statistics or the 补充信息 sheet. */
export const checkCounts: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind !== 'count') continue;
    if (!t.claim) {
      leaveUnchecked(ctx, t);
      continue;
    }
    if (t.figure.value === t.claim.fact.value) continue;
    const cells = cellsOf(t.claim.fact);
    const exp = `${t.claim.fact.value}${t.figure.unit}`;
    out.push(finding('amount', 'error', t.figure.sentence, `${t.claim.label.replace(/^补充信息:/, "")}应为${exp}（${where(cells)}），报告写作${statedText(t)}。`, { stated: statedText(t), expected: exp, cells }));
  }
  return out;
};
