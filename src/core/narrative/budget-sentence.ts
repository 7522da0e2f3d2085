import { Completion, budgetCompletion } from '../compare/completion';
import { Fact } from '../compare/facts';
import { NarrativeContext } from './context';
import { ParagraphBuilder } from './paragraph';

/** Slot values of a sentence template: text, or a writer that adds runs. */
export type Slots = Record<string, string | ((p: ParagraphBuilder) => void)>;

/** The three forms of one budget sentence of the style: with a rate, with a zero budget, without a budget figure. */
export type BudgetForms = [rate: string, noRate: string, noBudget: string];

/** Slot names of a lead sentence ({A}, {B}, {p}) and of an item ({a}, {b}, {q}). */
export const LEAD = { actual: 'A', budget: 'B', rate: 'p' };
export const ITEM = { actual: 'a', budget: 'b', rate: 'q' };

/** A line's 决算, its budget (absent when none is known) and what the budget is called. */
export interface BudgetLine {
  actual: Fact;
  budget?: Fact;
  /** 年初预算, 全年预算 or 预算: the {basis} slot. */
  basis: string;
}

/**
 * Write one budget sentence of the style (narrative.md §2 五(三), 七): the 决算 amount, the
 * budget and the completion rate in the slots `names` gives ({A}/{B}/{p} for a lead, {a}/{b}/{q}
 * for an item); a budget of 0 takes the no-rate form, no budget the no-budget form, whose
 * budget slot `missing` fills (a placeholder asking for it).
 * @returns the completion, undefined without a budget.
 */
export function budgetSentence(
  ctx: NarrativeContext,
  p: ParagraphBuilder,
  forms: BudgetForms,
  names: { actual: string; budget: string; rate: string },
  slots: Slots,
  line: BudgetLine,
  missing?: (p: ParagraphBuilder) => void,
): Completion | undefined {
  const { actual, budget } = line;
  const all: Slots = { ...slots, basis: line.basis, [names.actual]: (x) => x.amount(actual) };
  if (!budget) {
    if (missing) all[names.budget] = missing;
    p.fill(forms[2], all);
    return undefined;
  }
  const c = budgetCompletion(actual.value, budget.value, ctx.decimals);
  all[names.budget] = (x) => x.amount(budget);
  const rate = c.rate;
  if (rate) all[names.rate] = (x) => x.percent(rate, 'completion', [...actual.sources, ...budget.sources]);
  p.fill(rate ? forms[0] : forms[1], all);
  return c;
}
