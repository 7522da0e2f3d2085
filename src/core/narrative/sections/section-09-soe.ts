import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { fundParagraphs } from './fund-detail';

/** 九 国有资本经营预算支出决算情况说明, from T09E (Sichuan) or T09. */
export function soePart(ctx: NarrativeContext): Paragraph[] {
  const detail: ['T09E' | 'T09', string] = ctx.model.schedules.has('T09E') ? ['T09E', '合计'] : ['T09', '本年支出合计'];
  return fundParagraphs(ctx, {
    name: '国有资本经营预算财政拨款',
    spending: [
      ['T09E', '合计', '合计'],
      ['T09', '合计', '本年支出合计'],
    ],
    income: [['T09', '合计', '本年收入']],
    detail,
    none: ctx.style.sentences.noSoe,
  });
}
