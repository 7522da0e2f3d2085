import { fact, sumFacts } from '../compare/facts';
import { subjectLines } from '../compare/lines';
import { NarrativeContext } from '../narrative/context';
import { budgetBasis, budgetOf } from '../narrative/sections/section-05-gpb-detail';
import { asShares, cellClaim, claimNames, present, subjectClaims } from './claim';
import { spendingBaseClaim } from './claims-summary';
import { Claim } from './types';

/**
 * Claims of sections 五 and 六: the 一般公共预算 total with its budget (the narrative's budget
 * basis: the style's T05 budget column, else the 补充信息 budgets), every subject row of T05,
 * and T06's 人员经费 / 公用经费 with their items.
 */

const GPB = ['一般公共预算财政拨款支出', '一般公共预算财政拨款支出决算', '一般公共预算支出'];

function gpbTotal(ctx: NarrativeContext): Claim | undefined {
  const basis = budgetBasis(ctx);
  const items = subjectLines(ctx.model, 'T05', '合计', 3);
  const budget = budgetOf(ctx, basis, '合计', items).fact;
  return cellClaim(ctx, ['T05', '合计', '合计'], GPB, budget ? { budget } : {});
}

export function gpbOverallClaims(ctx: NarrativeContext): Claim[] {
  return present([gpbTotal(ctx), spendingBaseClaim(ctx)]);
}

export function gpbStructureClaims(ctx: NarrativeContext): Claim[] {
  const total = gpbTotal(ctx);
  const classes = subjectClaims(ctx, 'T05', '合计').filter((c) => c.parents?.length === 0);
  return present([total, ...asShares(classes, total?.fact)]);
}

export function gpbDetailClaims(ctx: NarrativeContext): Claim[] {
  const basis = budgetBasis(ctx);
  const items = subjectLines(ctx.model, 'T05', '合计', 3);
  return present([gpbTotal(ctx), ...subjectClaims(ctx, 'T05', '合计', (row) => budgetOf(ctx, basis, row, items).fact)]);
}

export function basicClaims(ctx: NarrativeContext): Claim[] {
  const t06 = ctx.model.schedules.get('T06');
  const basic =
    cellClaim(ctx, ['T05', '合计', '基本支出'], ['一般公共预算财政拨款基本支出', '基本支出']) ??
    (() => {
      const f = sumFacts([fact(ctx.model, 'T06', '人员经费合计', '决算数'), fact(ctx.model, 'T06', '公用经费合计', '决算数')]);
      return f ? { id: 'T06:基本支出', names: claimNames(['一般公共预算财政拨款基本支出', '基本支出']), label: 'T06 基本支出', kind: 'amount' as const, fact: f } : undefined;
    })();
  const items = (t06?.rows ?? []).filter((r) => r.code && !r.duplicateOf).map((r) => cellClaim(ctx, ['T06', r.key, '决算数'], [r.label]));
  return present([
    basic,
    cellClaim(ctx, ['T06', '人员经费合计', '决算数'], ['人员经费']),
    cellClaim(ctx, ['T06', '公用经费合计', '决算数'], ['公用经费']),
    ...items,
  ]);
}
