import { fact, firstFact } from '../../compare/facts';
import { ratioPercent } from '../../compare/format';
import { levelSuffix, subjectLines } from '../../compare/lines';
import { shareClauses, yoySentence } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing, subjectNamed, suggestionsFrom } from '../lines';
import { para } from '../paragraph';

const SUBJECT = '一般公共预算财政拨款支出';

/**
 * 五(一): "{Y}度一般公共预算财政拨款支出{A}万元，占本年支出合计的{p}%。与{Y-1}年相比，…增加Δ万元，
 * 增长q%。主要变动原因是{reason}。" (图5). The proportion of 本年支出合计 is a lone ratio, so it is
 * a 'rate' run: the 'share' runs of a paragraph are always a list adding up to 100.
 */
export function gpbOverallPart(ctx: NarrativeContext): Paragraph[] {
  const a = fact(ctx.model, 'T05', '合计', '合计');
  const base = firstFact(ctx.model, [
    ['T01', '本年支出合计', '金额'],
    ['T03', '合计', '本年支出合计'],
  ]);
  const p = para().text(`${ctx.Y}度${SUBJECT}`);
  amountOrMissing(ctx, p, a, SUBJECT, SUBJECT);
  p.text('万元');
  if (a && base && base.value > 0) {
    p.text('，占本年支出合计的').percent(ratioPercent(a.value, base.value, ctx.decimals), 'rate', [...a.sources, ...base.sources]).text('%');
  }
  p.text('。');
  if (a) {
    const prior = fact(ctx.prior, 'T05', '合计', '合计');
    yoySentence(ctx, p, {
      key: SUBJECT,
      subject: SUBJECT,
      current: a,
      prior,
      suggestions: () =>
        suggestionsFrom(ctx, prior ? a.value - prior.value : 0, [(m) => subjectNamed(m, 'T05', '合计', 1), (m) => subjectNamed(m, 'T05', '合计', 3)]),
    });
  }
  return [p.build(ctx.chart('gpbChange'))];
}

/**
 * 五(二): "{Y}度一般公共预算财政拨款支出{A}万元，主要用于以下方面：{类}（类）{v}万元，占{p}%；…" —
 * one clause per class with a non-zero amount, in classification order (图6). Class names
 * already end in 支出, so "{类名}（类）支出" is written "{类名}（类）".
 */
export function gpbStructurePart(ctx: NarrativeContext): Paragraph[] {
  const a = fact(ctx.model, 'T05', '合计', '合计');
  const classes = subjectLines(ctx.model, 'T05', '合计', 1);
  const p = para().text(`${ctx.Y}度${SUBJECT}`);
  amountOrMissing(ctx, p, a, SUBJECT, SUBJECT);
  p.text('万元');
  if (classes.some((c) => c.fact.value !== 0)) {
    p.text('，主要用于以下方面：');
    shareClauses(
      ctx,
      p,
      classes.map((c) => ({ name: c.label + levelSuffix(1), fact: c.fact })),
      false,
      a ? { whole: a } : {},
    );
  }
  p.text('。');
  return [p.build(ctx.chart('gpbStructure'))];
}
