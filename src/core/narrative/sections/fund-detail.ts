import { firstFact } from '../../compare/facts';
import { subjectLines } from '../../compare/lines';
import { ScheduleId } from '../../schedules/model';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { para } from '../paragraph';

export interface FundSpec {
  /** "政府性基金预算财政拨款". */
  name: string;
  /** Candidate cells of this year's spending total, first present wins. */
  spending: [ScheduleId, string, string][];
  /** Candidate cells of this year's income. */
  income: [ScheduleId, string, string][];
  /** The schedule and column of the per-项 detail. */
  detail: [ScheduleId, string];
  /** The style's sentence for no such income or spending. */
  none: string;
}

/**
 * 八 / 九: "{Y}度{fund}收入{I}万元，支出{A}万元。其中：{类}（类）{款}（款）{项}（项）{v}万元；…。"
 * or, when the schedule is absent or holds nothing, the style's "no such income or
 * spending" sentence.
 */
export function fundParagraphs(ctx: NarrativeContext, spec: FundSpec): Paragraph[] {
  const spending = firstFact(ctx.model, spec.spending);
  const income = firstFact(ctx.model, spec.income);
  if ((!spending || spending.value === 0) && (!income || income.value === 0)) return [para().text(ctx.sentence(spec.none)).build()];
  const p = para().text(`${ctx.Y}度${spec.name}`);
  if (income) p.text('收入').amount(income).text('万元，');
  p.text('支出');
  amountOrMissing(ctx, p, spending, `${spec.name}支出`, `${spec.name}支出`);
  p.text('万元');
  const [schedule, col] = spec.detail;
  const items = subjectLines(ctx.model, schedule, col, 3).filter((l) => l.fact.value !== 0);
  const classes = subjectLines(ctx.model, schedule, col, 1);
  const kuan = subjectLines(ctx.model, schedule, col, 2);
  if (items.length > 0) {
    p.text('。其中：');
    items.forEach((item, i) => {
      if (i > 0) p.text('；');
      const cls = classes.find((c) => c.code === item.code.slice(0, 3))?.label ?? '';
      const k = kuan.find((c) => c.code === item.code.slice(0, 5))?.label ?? '';
      p.text(`${cls}（类）${k}（款）${item.label}（项）`).amount(item.fact).text('万元');
    });
  }
  p.text('。');
  return [p.build()];
}
