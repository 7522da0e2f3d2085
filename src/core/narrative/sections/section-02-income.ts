import { Fact, fact } from '../../compare/facts';
import { INCOME_ITEMS } from '../../schedules/catalogue/schedules';
import { ShareItem, shareClauses } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { para } from '../paragraph';


/**
 * 二 收入决算情况说明: "{Y}本年收入合计{A}万元，其中：{item}{v}万元，占{p}%；…" (图2). Only the items
 * that occur, as published reports write it; the listZeroItems setting lists all eight.
 * Shares add up to 100 over the items present. Items the template lacks are left out.
 */
export function incomePart(ctx: NarrativeContext): Paragraph[] {
  const total = fact(ctx.model, 'T01', '本年收入合计', '金额');
  const p = para();
  p.slots(ctx.style.leads.income, { Y: ctx.Y, A: () => amountOrMissing(ctx, p, total, '本年收入合计', '本年收入合计') });
  const items: ShareItem[] = INCOME_ITEMS.map((name) => ({ name, fact: fact(ctx.model, 'T01', name, '金额') }))
    .filter((i): i is { name: string; fact: Fact } => i.fact !== undefined);
  if (total && items.some((i) => i.fact.value !== 0)) {
    p.text('，其中：');
    shareClauses(ctx, p, items, ctx.listZero('income'), { whole: total });
  }
  p.text('。');
  return [p.build(ctx.chart('incomeStructure'))];
}
