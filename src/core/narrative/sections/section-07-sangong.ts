import { Fact, fact, statFact } from '../../compare/facts';
import { ITEM, LEAD, budgetSentence } from '../budget-sentence';
import { shareClauses, yoySentence } from '../clauses';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { namedRows, suggestionsFrom } from '../lines';
import { ParagraphBuilder, para } from '../paragraph';

const SUBJECT = '“三公”经费财政拨款支出';
const ABROAD = '因公出国（境）费';
const CARS = '公务用车购置及运行维护费';
const PURCHASE = '公务用车购置费';
const RUNNING = '公务用车运行维护费';
const RECEPTION = '公务接待费';

const actual = (ctx: NarrativeContext, row: string, prior = false) => fact(prior ? ctx.prior : ctx.model, 'T07', row, '决算数');

/** A count from T07's statistics or the Supplement, else a placeholder. */
function count(ctx: NarrativeContext, p: ParagraphBuilder, key: string, unit: string): void {
  const f: Fact | undefined = statFact(ctx.model, 'T07', key) ?? ctx.supplementCount(key);
  if (f) p.count(f);
  else p.run(ctx.missingSupplement(key, unit));
}

/** What the T07 budget column is: 全年预算 when its header says so, else 年初预算 (national). */
function sangongBasis(ctx: NarrativeContext): string {
  const col = ctx.model.schedules.get('T07')?.columns.find((c) => c.key === '预算数');
  return col && col.label.includes('全年') ? '全年预算' : '年初预算';
}

/**
 * 七(一) with the style's budget wording: Sichuan "{Y}度“三公”经费财政拨款支出决算为{A}万元，完成
 * 预算{p}%。"; national "{Y}度“三公”经费财政拨款支出年初预算为{B}万元，支出决算为{A}万元，完成年初
 * 预算的{p}%，其中：{item}年初预算为{b}万元，支出决算为{a}万元，完成年初预算的{q}%；…。" A budget of
 * 0 gets no rate (an item with budget and 决算 both 0 included).
 */
function budgetLead(ctx: NarrativeContext, p: ParagraphBuilder, a: Fact, budget: Fact | undefined): void {
  const w = ctx.style.budgetWording;
  const basis = sangongBasis(ctx);
  budgetSentence(ctx, p, [w.sangongLead, w.sangongLeadNoRate, w.sangongLeadNoBudget], LEAD, { Y: ctx.Y }, { actual: a, budget, basis });
  const items = [ABROAD, CARS, RECEPTION].map((name) => ({ name, actual: actual(ctx, name), budget: fact(ctx.model, 'T07', name, '预算数') }));
  const forms = w.sangongItem;
  if (budget && forms && items.every((i) => i.actual && i.budget)) {
    p.text('，其中：');
    items.forEach((i, n) => {
      if (n > 0) p.text('；');
      budgetSentence(ctx, p, [forms.rate, forms.noRate, forms.noRate], ITEM, { name: i.name }, { actual: i.actual!, budget: i.budget, basis });
    });
  }
  p.text('。');
}

/**
 * 七(一): the budget sentence of the style (budgetLead), then "与{Y-1}年相比，…" (图7 when
 * non-zero). Nothing spent and nothing budgeted: the style's sentence that there was no such
 * spending.
 */
export function sangongOverallPart(ctx: NarrativeContext): Paragraph[] {
  const a = actual(ctx, '合计');
  const p = para();
  if (!a) {
    p.text(`${ctx.Y}度${SUBJECT}决算为`).run(ctx.missingCurrent(SUBJECT, SUBJECT)).text('万元。');
    return [p.build()];
  }
  const budget = fact(ctx.model, 'T07', '合计', '预算数');
  // The national wording states a budget even when nothing was spent.
  const statesBudget = ctx.style.budgetWording.sangongItem !== undefined && budget !== undefined && budget.value !== 0;
  if (a.value === 0 && !statesBudget) p.text(ctx.sentence(ctx.style.sentences.noSangong));
  else budgetLead(ctx, p, a, budget);
  const prior = actual(ctx, '合计', true);
  yoySentence(ctx, p, {
    key: '三公经费',
    subject: SUBJECT,
    current: a,
    prior,
    reasonLead: '，主要原因是',
    suggestions: () =>
      suggestionsFrom(ctx, prior ? a.value - prior.value : 0, [
        (m) => namedRows(m, 'T07', '决算数', [ABROAD, PURCHASE, RUNNING, RECEPTION].map((k): [string, string] => [k, k])),
      ]),
  });
  return [p.build(a.value !== 0 ? ctx.chart('sangong') : undefined)];
}

/**
 * 七(二): one paragraph with the three items and their shares of the total (adding up to
 * 100), then one per item with its counts (团组, 人次, 车辆, 批次) from T07's statistics or the
 * Supplement. Counts are asked for only where the item was spent.
 */
export function sangongDetailPart(ctx: NarrativeContext): Paragraph[] {
  const total = actual(ctx, '合计');
  const items = [ABROAD, CARS, RECEPTION].map((name) => ({ name, fact: actual(ctx, name) }));
  if (!total || items.some((i) => !i.fact)) return [];
  const facts = items as { name: string; fact: Fact }[];
  const head = para();
  if (total.value === 0) {
    facts.forEach((i, n) => head.text(`${n > 0 ? '，' : ''}${i.name}`).amount(i.fact).text('万元'));
    return [head.text('。').build()];
  }
  head.text(`${ctx.Y}度${SUBJECT}中，`);
  shareClauses(ctx, head, facts, true, { whole: total });
  head.text('。');
  const out = [head.build()];

  const [abroad, cars, reception] = facts.map((i) => i.fact);
  const p1 = para().text(`1.${ABROAD}`).amount(abroad).text('万元');
  if (abroad.value > 0) {
    p1.text('，全年因公出国（境）团组');
    count(ctx, p1, '因公出国团组数', '个');
    p1.text('个、');
    count(ctx, p1, '因公出国人次', '人次');
    p1.text('人次');
  }
  out.push(p1.text('。').build());

  const p2 = para().text(`2.${CARS}`).amount(cars).text('万元');
  const purchase = actual(ctx, PURCHASE);
  const running = actual(ctx, RUNNING);
  if (purchase && running) {
    p2.text(`，其中：${PURCHASE}`).amount(purchase).text('万元');
    if (purchase.value > 0) {
      p2.text('，购置车辆');
      count(ctx, p2, '公务用车购置数', '辆');
      p2.text('辆');
    }
    p2.text(`；${RUNNING}`).amount(running).text('万元');
    if (running.value > 0) {
      p2.text(`，截至${ctx.Y}12月31日公务用车保有量`);
      count(ctx, p2, '公务用车保有量', '辆');
      p2.text('辆');
    }
  }
  out.push(p2.text('。').build());

  const p3 = para().text(`3.${RECEPTION}`).amount(reception).text('万元');
  if (reception.value > 0) {
    p3.text('，国内公务接待');
    count(ctx, p3, '国内公务接待批次', '批次');
    p3.text('批次、');
    count(ctx, p3, '国内公务接待人次', '人次');
    p3.text('人次');
    const foreign = statFact(ctx.model, 'T07', '外事接待批次') ?? ctx.supplementCount('外事接待批次');
    const foreignPeople = statFact(ctx.model, 'T07', '外事接待人次') ?? ctx.supplementCount('外事接待人次');
    if (foreign && foreignPeople && foreign.value > 0) p3.text('；外事接待').count(foreign).text('批次、').count(foreignPeople).text('人次');
  }
  out.push(p3.text('。').build());
  return out;
}
