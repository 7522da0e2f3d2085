import { styleSections } from '../sections';
import { VerifyCheck, finding } from '../context';
import { VerifyFinding } from '../types';

/**
 * Every section of the style is present (一 … 九, 机关运行经费, 政府采购, 国有资产, 预算绩效), matched
 * by the words of its heading; 名词解释 is expected with the published package.
 */
export const checkSectionsPresent: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  const found = new Set(ctx.report.headings.map((h) => h.sectionId).filter(Boolean));
  for (const { spec, parent } of styleSections(ctx.style)) {
    if (found.has(spec.id)) continue;
    // A section without sub-headings in the text still counts when its parent is there and has text.
    if (parent && found.has(parent.id) && !parent.subsections?.some((s) => found.has(s.id))) continue;
    const heading = parent ? `${parent.heading}${spec.heading}` : spec.heading;
    out.push(finding('missing-section', 'error', undefined, `报告缺少“${heading}”部分。`, { expected: heading }));
  }
  const all = [...ctx.report.headings.map((h) => h.text), ...ctx.report.sentences.map((s) => s.text)];
  if (!all.some((t) => t.includes('名词解释'))) {
    out.push(finding('missing-section', 'warning', undefined, '公开报告中没有找到“名词解释”部分。', { expected: '名词解释' }));
  }
  return out;
};
