import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { fundParagraphs } from './fund-detail';

/** 八 政府性基金预算支出决算情况说明, from T08. */
export function fundPart(ctx: NarrativeContext): Paragraph[] {
  return fundParagraphs(ctx, {
    name: '政府性基金预算财政拨款',
    spending: [['T08', '合计', '本年支出合计']],
    income: [['T08', '合计', '本年收入']],
    detail: ['T08', '本年支出合计'],
    none: ctx.style.sentences.noFund,
  });
}
