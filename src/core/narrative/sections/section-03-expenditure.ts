import { Fact, fact } from '../../compare/facts';
import { ShareItem, shareClauses } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { para } from '../paragraph';

/** Columns of T03's 合计 row the sentence lists, in table order. */
export const EXPENDITURE_ITEMS = ['基本支出', '项目支出', '上缴上级支出', '经营支出', '对附属单位补助支出'];

/**
 * 三 支出决算情况说明: "{Y}本年支出合计{A}万元，其中：基本支出{v}万元，占{p}%；项目支出…" from the
 * 合计 row of T03 (图3). Zero items are left out unless the listZeroItems setting asks for them.
 */
export function expenditurePart(ctx: NarrativeContext): Paragraph[] {
  const total = fact(ctx.model, 'T03', '合计', '本年支出合计');
  const p = para();
  p.slots(ctx.style.leads.expenditure, { Y: ctx.Y, A: () => amountOrMissing(ctx, p, total, '本年支出合计', '本年支出合计') });
  const items: ShareItem[] = EXPENDITURE_ITEMS.map((name) => ({ name, fact: fact(ctx.model, 'T03', '合计', name) }))
    .filter((i): i is { name: string; fact: Fact } => i.fact !== undefined);
  if (total && items.some((i) => i.fact.value !== 0)) {
    p.text('，其中：');
    shareClauses(ctx, p, items, ctx.listZero('expenditure'), { whole: total });
  }
  p.text('。');
  return [p.build(ctx.chart('expenditureStructure'))];
}
