import { VerifyCheck, finding } from '../context';
import { VerifyFinding } from '../types';

/** A reason given: "原因是…" with some words after it that are not a placeholder. */
const REASON = /原因(?:主要)?(?:是|为|：|在于)?(?!【)([^。；]{2,})/;
const BUDGET_GAP = /决算数?(?:大于|小于|高于|低于)(?:年初|全年)?预算/;

/** A reason wherever the text states a change from last year or a gap to the budget. */
export const checkReasons: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  const changed = new Set(ctx.figures.filter((t) => (t.figure.kind === 'difference' || t.figure.kind === 'rate') && t.figure.value !== 0).map((t) => t.figure.sentence.index));
  for (const s of ctx.report.sentences) {
    const text = ctx.texts[s.index];
    if (!changed.has(s.index) && !BUDGET_GAP.test(text)) continue;
    const next = ctx.report.sentences[s.index + 1];
    const following = next && next.paragraph === s.paragraph ? ctx.texts[next.index] : '';
    if (REASON.test(text) || REASON.test(following) || /【/.test(text + following)) continue;
    out.push(finding('missing-reason', 'error', s, '报告说明了变动或预算差异，但没有说明原因。', { expected: '变动原因' }));
  }
  return out;
};
