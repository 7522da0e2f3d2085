import { VerifyCheck, cellsOf, finding, nameOf, wanAt, where } from '../context';
import { clauseBefore } from '../figures';
import { lastNamed } from '../tie';
import { VerifyFinding } from '../types';

/**
 * "持平" where the figures changed: against last year, or against the budget when the clause
 * speaks of the budget ("决算数与年初预算数持平").
 */
export const checkFlat: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const s of ctx.report.sentences) {
    const text = ctx.texts[s.index];
    const at = text.indexOf('持平');
    if (at < 0) continue;
    const claims = ctx.partsOf(s.sectionId).flatMap((p) => ctx.catalogue.get(p) ?? []).filter((c) => c.kind === 'amount');
    const before = text.slice(0, at);
    const previous = ctx.report.sentences.filter((x) => x.paragraph === s.paragraph && x.index < s.index).map((x) => ctx.texts[x.index]).join('');
    const claim = lastNamed(before, claims) ?? lastNamed(previous, claims);
    if (!claim) continue;
    const budget = /预算/.test(clauseBefore(text, at));
    const other = budget ? claim.budget : claim.prior;
    if (!other || other.value === claim.fact.value) continue;
    const difference = claim.fact.value - other.value;
    const cells = cellsOf(claim.fact, budget ? other : undefined);
    const expected = `${difference > 0 ? '增加' : '减少'}${wanAt(difference, 2)}万元`;
    const against = budget ? '预算数' : '上年';
    out.push(finding('flat', 'error', s, `报告称${nameOf(claim)}与${against}持平，实际${expected}（${where(cells)}）。`, { stated: '持平', expected, cells }));
  }
  return out;
};
