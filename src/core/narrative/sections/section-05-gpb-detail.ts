import { Fact, fact, sumFacts } from '../../compare/facts';
import { SubjectLine, subjectLines } from '../../compare/lines';
import { toFen } from '../../grid/units';
import { BUDGET_PREFIX } from '../../supplement';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { ParagraphBuilder, para } from '../paragraph';
import { ITEM, LEAD, budgetSentence } from '../budget-sentence';

type BudgetColumn = '年初预算数' | '全年预算数';
export type Basis = { kind: 'column'; col: BudgetColumn } | { kind: 'supplement' } | { kind: 'none' };

/** A line's budget and how the sentence names it. */
export interface Budget {
  fact?: Fact;
  /** 年初预算, 全年预算 or 预算. */
  name: string;
}

const BUDGET_NAME: Record<BudgetColumn, string> = { 年初预算数: '年初预算', 全年预算数: '全年预算' };

/** Where budget figures come from: the style's preferred T05 column, else the Supplement. */
export function budgetBasis(ctx: NarrativeContext): Basis {
  const cols = ctx.model.schedules.get('T05')?.columns.map((c) => c.key) ?? [];
  for (const col of ctx.style.budgetColumns) if (cols.includes(col)) return { kind: 'column', col };
  if (ctx.supplement && ctx.supplement.budgets.size > 0) return { kind: 'supplement' };
  return { kind: 'none' };
}

function supplementBudget(ctx: NarrativeContext, key: string): Fact | undefined {
  const e = ctx.supplement?.budgets.get(key);
  if (!e || e.number === undefined) return undefined;
  return { value: toFen(e.number, '万元'), sources: [{ supplement: `预算:${key}`, ref: e.ref }] };
}

/**
 * The budget of a T05 row (合计 or a 项 code). With the national wording, a 年初预算数 of 0
 * beside a non-zero 全年预算数 (a unit or a line set up during the year) gives the 全年 figure,
 * named 全年预算, so no rate is ever written "完成年初预算的…" over a 全年 figure.
 */
export function budgetOf(ctx: NarrativeContext, basis: Basis, row: string, items: SubjectLine[]): Budget {
  if (basis.kind === 'column') {
    const f = fact(ctx.model, 'T05', row, basis.col);
    if (basis.col === '年初预算数' && ctx.style.fullBudgetWhenInitialZero && (!f || f.value === 0)) {
      const full = fact(ctx.model, 'T05', row, '全年预算数');
      if (full && full.value !== 0) return { fact: full, name: BUDGET_NAME['全年预算数'] };
    }
    return { fact: f, name: BUDGET_NAME[basis.col] };
  }
  if (basis.kind !== 'supplement') return { name: '预算' };
  const direct = supplementBudget(ctx, row);
  if (direct || row !== '合计') return { fact: direct, name: '预算' };
  // No total typed: the 项 budgets add up to it when every 项 has one.
  return { fact: sumFacts(items.map((i) => supplementBudget(ctx, i.key))), name: '预算' };
}

/** The placeholder asking for a line's budget. */
const askBudget = (ctx: NarrativeContext, key: string, what: string) => (p: ParagraphBuilder) =>
  p.run(ctx.placeholder('budget', `budget:${key}`, '【请补充预算数】', `请补充${what}的预算数（万元）：在T05预算数列填写，或${ctx.fillHint(`${BUDGET_PREFIX}${key}`)}`));

/**
 * 五(三): the lead "{Y}度一般公共预算财政拨款支出年初预算为{B}万元，支出决算为{A}万元，完成年初预算的
 * {p}%。其中：" (national) or "{Y}一般公共预算财政拨款支出决算数为{A}万元，完成预算{p}%。其中："
 * (Sichuan), then per 项 in table order its budget sentence from the style (budgetWording).
 * Items whose 决算 equals 预算 need no reason; a budget of 0 gets no rate; a 项 whose budget
 * and 决算 are both 0 is left out.
 */
export function gpbDetailPart(ctx: NarrativeContext): Paragraph[] {
  const w = ctx.style.budgetWording;
  const basis = budgetBasis(ctx);
  const items = subjectLines(ctx.model, 'T05', '合计', 3);
  const classes = subjectLines(ctx.model, 'T05', '合计', 1);
  const kuan = subjectLines(ctx.model, 'T05', '合计', 2);
  const total = fact(ctx.model, 'T05', '合计', '合计');
  const head = para();
  if (total) {
    const b = budgetOf(ctx, basis, '合计', items);
    budgetSentence(ctx, head, [w.gpbLead, w.gpbLeadNoRate, w.gpbLeadNoBudget], LEAD, { Y: ctx.Y }, { actual: total, budget: b.fact, basis: b.name }, askBudget(ctx, '合计', '一般公共预算财政拨款支出'));
  } else {
    head.text(`${ctx.Y}一般公共预算财政拨款支出决算数为`);
    amountOrMissing(ctx, head, total, '一般公共预算财政拨款支出', '一般公共预算财政拨款支出');
    head.text('万元');
  }
  head.text(items.length > 0 ? '。其中：' : '。');
  const out = [head.build()];
  let n = 0;
  for (const item of items) {
    const budget = budgetOf(ctx, basis, item.key, items);
    if (item.fact.value === 0 && (!budget.fact || budget.fact.value === 0)) continue;
    n += 1;
    const cls = classes.find((c) => c.code === item.code.slice(0, 3))?.label ?? '';
    const k = kuan.find((c) => c.code === item.code.slice(0, 5))?.label ?? '';
    const path = `${cls}（类）${k}（款）${item.label}（项）`;
    const p = para();
    const line = { actual: item.fact, budget: budget.fact, basis: budget.name };
    const c = budgetSentence(ctx, p, [w.item, w.itemNoRate, w.itemNoBudget], ITEM, { n: String(n), path }, line, askBudget(ctx, item.key, path));
    if (c) {
      p.fill(c.relation === 'equal' ? w.equal : c.relation === 'over' ? w.over : w.under, {
        basis: budget.name,
        reason: (x) => x.run(ctx.reason(`预算:${item.key}`, `${path}决算数与预算数差异`, [], '【请填写决算数与预算数差异原因】')),
      });
    }
    p.text('。');
    out.push(p.build());
  }
  return out;
}
