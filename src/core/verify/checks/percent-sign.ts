import { VerifyCheck, finding, leaveUnchecked } from '../context';
import { VerifyFinding } from '../types';

/** A rate, share or completion written without its % sign ("增长5.21。"). */
export const checkPercentSigns: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind === 'percent') leaveUnchecked(ctx, t);
    if (t.figure.kind !== 'bare') continue;
    out.push(finding('percent-sign', 'error', t.figure.sentence, `“${t.figure.text}”是比率，缺少“%”。`, { stated: t.figure.text, expected: `${t.figure.text}%` }));
  }
  return out;
};
