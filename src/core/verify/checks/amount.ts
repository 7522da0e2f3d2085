import { formatAmount, toFen, Unit } from '../../grid/units';
import { roundingTolerance } from '../../rules/tolerance';
import { VerifyCheck, VerifyContext, cellsOf, finding, leaveUnchecked, nameOf, statedText, wanAt, where } from '../context';
import { Claim, TiedFigure, VerifyFinding } from '../types';

/** The unit a claim's schedule was read in (万元 when unknown). */
export function scheduleUnit(ctx: VerifyContext, claim: Claim): Unit {
  const schedule = claim.fact.sources[0]?.schedule;
  return (schedule ? ctx.model.schedules.get(schedule)?.unit : undefined) ?? '万元';
}

/**
 * The stated amount against the schedule's (or the budget's) figure: equal once rounded to
 * the unit and decimals the text uses. A figure computed from `operands` cells of a
 * schedule kept in 元 may differ by the rounding of its operands (the workbook's tolerance).
 */
export function amountMatches(ctx: VerifyContext, t: TiedFigure, expected: number, claim: Claim, operands = 1): boolean {
  const f = t.figure;
  const unit = f.unit as Unit;
  if (formatAmount(Math.abs(expected), unit, f.decimals).replace(/,/g, '') === f.text) return true;
  if (operands < 2 || scheduleUnit(ctx, claim) === '万元') return false;
  return Math.abs(toFen(f.value, unit) - Math.abs(expected)) <= roundingTolerance('万元', operands - 1);
}

/** Amounts (万元, 元, 亿元) against the cell they name, or against its budget. */
export const checkAmounts: VerifyCheck = (ctx) => {
  const out: VerifyFinding[] = [];
  for (const t of ctx.figures) {
    if (t.figure.kind !== 'amount') continue;
    if (!t.claim) {
      leaveUnchecked(ctx, t);
      continue;
    }
    const expected = t.budget ? t.claim.budget : t.claim.fact;
    if (!expected) {
      leaveUnchecked(ctx, t);
      continue;
    }
    if (amountMatches(ctx, t, expected.value, t.claim)) continue;
    const cells = cellsOf(expected);
    const what = `${nameOf(t.claim)}${t.budget ? '的预算数' : ''}`;
    const exp = `${wanAt(expected.value, 2)}万元`;
    out.push(finding('amount', 'error', t.figure.sentence, `${what}应为${exp}（${where(cells)}），报告写作${statedText(t)}。`, { stated: statedText(t), expected: exp, cells }));
  }
  return out;
};
