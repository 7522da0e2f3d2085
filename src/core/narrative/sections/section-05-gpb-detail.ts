import { budgetCompletion } from '../../compare/completion';
import { Fact, fact, sumFacts } from '../../compare/facts';
import { SubjectLine, subjectLines } from '../../compare/lines';
import { toFen } from '../../grid/units';
import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { amountOrMissing } from '../lines';
import { ParagraphBuilder, para } from '../paragraph';

export type Basis = { kind: 'column'; col: '年初预算数' | '全年预算数'; name: string } | { kind: 'supplement'; name: string } | { kind: 'none'; name: string };

/** Where budget figures come from: the style's preferred T05 column, else the Supplement. */
export function budgetBasis(ctx: NarrativeContext): Basis {
  const cols = ctx.model.schedules.get('T05')?.columns.map((c) => c.key) ?? [];
  for (const col of ctx.style.budgetColumns) if (cols.includes(col)) return { kind: 'column', col, name: col === '年初预算数' ? '年初预算' : '全年预算' };
  if (ctx.supplement && ctx.supplement.budgets.size > 0) return { kind: 'supplement', name: '预算' };
  return { kind: 'none', name: '预算' };
}

function supplementBudget(ctx: NarrativeContext, key: string): Fact | undefined {
  const e = ctx.supplement?.budgets.get(key);
  if (!e || e.number === undefined) return undefined;
  return { value: toFen(e.number, '万元'), sources: [{ supplement: `预算:${key}`, ref: e.ref }] };
}

/** The budget of a T05 row (合计 or a 项 code). */
export function budgetOf(ctx: NarrativeContext, basis: Basis, row: string, items: SubjectLine[]): Fact | undefined {
  if (basis.kind === 'column') return fact(ctx.model, 'T05', row, basis.col);
  if (basis.kind !== 'supplement') return undefined;
  const direct = supplementBudget(ctx, row);
  if (direct || row !== '合计') return direct;
  // No total typed: the 项 budgets add up to it when every 项 has one.
  return sumFacts(items.map((i) => supplementBudget(ctx, i.key)));
}

/** "完成预算{p}%", or the zero budget with its reason, or a budget placeholder. */
function completionClause(ctx: NarrativeContext, p: ParagraphBuilder, basis: Basis, actual: Fact, budget: Fact | undefined, key: string, what: string, ask: boolean): void {
  if (!budget) {
    p.text('，').run(ctx.placeholder('budget', `budget:${key}`, '【请补充预算数】', `请补充${what}的预算数（T05预算数列，或补充信息表“预算:${key}”，万元）`));
    return;
  }
  const c = budgetCompletion(actual.value, budget.value, ctx.decimals);
  if (c.rate) p.text('，完成预算').percent(c.rate, 'completion', [...actual.sources, ...budget.sources]).text('%');
  else p.text(`，${basis.name}为`).amount(budget).text('万元');
  if (!ask || c.relation === 'equal') return;
  p.text(`，决算数${c.relation === 'over' ? '大于' : '小于'}预算数的主要原因是`);
  p.run(ctx.reason(`预算:${key}`, `${what}决算数与预算数差异`, [], '【请填写决算数与预算数差异原因】'));
}

/**
 * 五(三): "{Y}年一般公共预算财政拨款支出决算数为{A}万元，完成预算{p}%。其中：" then per 项 in table
 * order "{n}.{类}（类）{款}（款）{项}（项）：支出决算为{v}万元，完成预算{p}%，决算数大于预算数的主要原因
 * 是{reason}。" Items whose 决算 equals 预算 need no reason; a budget of 0 gets no rate.
 */
export function gpbDetailPart(ctx: NarrativeContext): Paragraph[] {
  const basis = budgetBasis(ctx);
  const items = subjectLines(ctx.model, 'T05', '合计', 3);
  const classes = subjectLines(ctx.model, 'T05', '合计', 1);
  const kuan = subjectLines(ctx.model, 'T05', '合计', 2);
  const total = fact(ctx.model, 'T05', '合计', '合计');
  const head = para().text(`${ctx.Y}一般公共预算财政拨款支出决算数为`);
  amountOrMissing(ctx, head, total, '一般公共预算财政拨款支出', '一般公共预算财政拨款支出');
  head.text('万元');
  if (total) completionClause(ctx, head, basis, total, budgetOf(ctx, basis, '合计', items), '合计', '一般公共预算财政拨款支出', false);
  head.text(items.length > 0 ? '。其中：' : '。');
  const out = [head.build()];
  let n = 0;
  for (const item of items) {
    const budget = budgetOf(ctx, basis, item.key, items);
    if (item.fact.value === 0 && (!budget || budget.value === 0)) continue;
    n += 1;
    const cls = classes.find((c) => c.code === item.code.slice(0, 3))?.label ?? '';
    const k = kuan.find((c) => c.code === item.code.slice(0, 5))?.label ?? '';
    const path = `${cls}（类）${k}（款）${item.label}（项）`;
    const p = para().text(`${n}.${path}：支出决算为`).amount(item.fact).text('万元');
    completionClause(ctx, p, basis, item.fact, budget, item.key, path, true);
    p.text('。');
    out.push(p.build());
  }
  return out;
}
