import { Fact, fact } from '../../compare/facts';
import { ShareItem, shareClauses } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { para } from '../paragraph';

/** The eight income items of T01, in table order. */
export const INCOME_ITEMS = [
  '一般公共预算财政拨款收入',
  '政府性基金预算财政拨款收入',
  '国有资本经营预算财政拨款收入',
  '上级补助收入',
  '事业收入',
  '经营收入',
  '附属单位上缴收入',
  '其他收入',
];

/**
 * 二 收入决算情况说明: "{Y}本年收入合计{A}万元，其中：{item}{v}万元，占{p}%；…" (图2). Only the items
 * that occur, as published reports write it; the listZeroItems setting lists all eight.
 * Shares add up to 100 over the items present. Items the template lacks are left out.
 */
export function incomePart(ctx: NarrativeContext): Paragraph[] {
  const total = fact(ctx.model, 'T01', '本年收入合计', '金额');
  const p = para().text(`${ctx.Y}本年收入合计`);
  amountOrMissing(ctx, p, total, '本年收入合计', '本年收入合计');
  p.text('万元');
  const items: ShareItem[] = INCOME_ITEMS.map((name) => ({ name, fact: fact(ctx.model, 'T01', name, '金额') }))
    .filter((i): i is { name: string; fact: Fact } => i.fact !== undefined);
  if (total && items.some((i) => i.fact.value !== 0)) {
    p.text('，其中：');
    shareClauses(ctx, p, items, ctx.listZero('income'), { whole: total });
  }
  p.text('。');
  return [p.build(ctx.chart('incomeStructure'))];
}
