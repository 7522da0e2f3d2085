import { VerifyCheck, cellsOf, finding, nameOf, where } from '../context';
import { VerifyFinding } from '../types';

const UP = new Set(['增加', '增长', '上升']);

/** 增加 / 增长 against a decrease and 减少 / 下降 against an increase (the word follows the sign). */
export const checkDirections: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    const word = t.figure.direction;
    if (!word || !t.claim?.prior || (t.figure.kind !== 'difference' && t.figure.kind !== 'rate' && t.figure.kind !== 'bare')) continue;
    const difference = t.claim.fact.value - t.claim.prior.value;
    const up = UP.has(word);
    if (difference === 0 ? false : up === difference > 0) continue;
    const right = difference === 0 ? '持平' : difference > 0 ? (t.figure.kind === 'difference' ? '增加' : '增长') : t.figure.kind === 'difference' ? '减少' : '下降';
    const cells = cellsOf(t.claim.fact);
    out.push(finding('direction', 'error', t.figure.sentence, `${nameOf(t.claim)}较上年实为${right}（${where(cells)}），报告写作“${word}”。`, { stated: word, expected: right, cells }));
  }
  return out;
};
