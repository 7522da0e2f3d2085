import { fact } from '../../compare/facts';
import { VerifyCheck, cellsOf, finding, where } from '../context';
import { REQUIRED_COUNTS } from '../claims-sangong';
import { VerifyFinding } from '../types';
import { partSentences } from './package-content';

/** Words that name each required count near its figure, and its unit. */
const SIGNS: Record<string, [RegExp, string]> = {
  因公出国团组数: [/团组/, '个'],
  因公出国人次: [/出国|团组/, '人次'],
  公务用车购置数: [/购置/, '辆'],
  公务用车保有量: [/保有/, '辆'],
  国内公务接待批次: [/接待/, '批次'],
  国内公务接待人次: [/接待/, '人次'],
};

/** The 三公 counts (团组/人次, 购置数/保有量, 接待批次/人次) stated wherever their item was spent. */
export const checkSangongCounts: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  const sentences = [...partSentences(ctx, 'sangongDetail'), ...partSentences(ctx, 'sangongOverall')];
  if (sentences.length === 0) return out;
  const counts = ctx.figures.filter((t) => t.figure.kind === 'count' && sentences.includes(t.figure.sentence));
  for (const [item, keys] of REQUIRED_COUNTS) {
    const spent = fact(ctx.model, 'T07', item, '决算数');
    if (!spent || spent.value <= 0) continue;
    for (const key of keys) {
      const [words, unit] = SIGNS[key];
      const stated = counts.some((t) => t.figure.unit === unit && words.test(ctx.texts[t.figure.sentence.index].slice(0, t.figure.start)));
      if (stated) continue;
      const cells = cellsOf(spent);
      out.push(finding('missing-count', 'error', sentences[0], `${item}有支出（${where(cells)}），报告没有说明${key}。`, { expected: key, cells }));
    }
  }
  return out;
};
