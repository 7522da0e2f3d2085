import { VerifyCheck, cellsOf, finding, nameOf, statedText, where } from '../context';
import { VerifyFinding } from '../types';

/**
 * A rate over a zero base: "增长100%" for a line last year did not have, a completion rate
 * over a zero budget, a share of a zero total (narrative.md §3: 上年无此项, no rate).
 */
export const checkZeroBases: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    const c = t.claim;
    if (!c) continue;
    const k = t.figure.kind;
    const base = k === 'rate' ? c.prior : k === 'completion' ? c.budget : k === 'share' ? (t.whole?.fact ?? c.whole) : undefined;
    if (!base || base.value > 0) continue;
    const what = k === 'rate' ? '上年数' : k === 'completion' ? '预算数' : '合计数';
    const instead = k === 'rate' ? '应写明上年无此项，不计算增长率' : k === 'completion' ? '应写明预算数为0，不计算完成率' : '不应计算比重';
    const cells = cellsOf(c.fact, k === 'rate' ? undefined : base);
    out.push(
      finding('zero-base', 'error', t.figure.sentence, `${nameOf(c)}的${what}为0（${where(cells)}），报告却写了${statedText(t)}：${instead}。`, {
        stated: statedText(t),
        expected: '不计算比率',
        cells,
      }),
    );
  }
  return out;
};
