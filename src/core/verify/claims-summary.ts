import { fact, firstFact } from '../compare/facts';
import { INCOME_ITEMS } from '../schedules/catalogue/schedules';
import { EXPENDITURE_ITEMS } from '../narrative/sections/section-03-expenditure';
import { ClaimSource, asShares, cellClaim, present } from './claim';
import { Claim } from './types';

/**
 * Claims of sections 一 … 四: the totals of T01, T03 and T04 and the income and expenditure
 * items listed with their shares (the items are the narrative's own lists).
 */

/** Income and expenditure totals; "收、支总计各是A、B万元" states both, income first. */
function totalsPair(income: Claim | undefined, expenditure: Claim | undefined): Claim[] {
  return present([income && expenditure ? { ...income, pair: expenditure } : income, expenditure]);
}

export function totalClaims(src: ClaimSource): Claim[] {
  return totalsPair(cellClaim(src, ['T01', '收入总计', '金额'], ['收、支总计', '收支总计', '收入和支出总计']), cellClaim(src, ['T01', '支出总计', '金额'], []));
}

export function incomeClaims(src: ClaimSource): Claim[] {
  const total = cellClaim(src, ['T01', '本年收入合计', '金额'], ['收入合计']);
  const items = INCOME_ITEMS.map((name) => cellClaim(src, ['T01', name, '金额'], []));
  return present([
    total,
    ...asShares(items, total?.fact),
    cellClaim(src, ['T01', '使用非财政拨款结余', '金额'], []),
    cellClaim(src, ['T01', '年初结转和结余', '金额'], []),
  ]);
}

export function expenditureClaims(src: ClaimSource): Claim[] {
  const total = cellClaim(src, ['T03', '合计', '本年支出合计'], ['本年支出合计', '支出合计']);
  const items = EXPENDITURE_ITEMS.map((col) => cellClaim(src, ['T03', '合计', col], [col]));
  return present([total, ...asShares(items, total?.fact)]);
}

export function fiscalTotalClaims(src: ClaimSource): Claim[] {
  const funds = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];
  return [
    ...totalsPair(cellClaim(src, ['T04', '收入总计', '金额'], ['财政拨款收、支总计', '收、支总计', '收支总计']), cellClaim(src, ['T04', '支出总计', '合计'], [])),
    ...present(funds.map((f) => cellClaim(src, ['T04', f, '金额'], [`${f}收入`]))),
  ];
}

/** 本年支出合计 as the base of "占本年支出合计的…%" (T01, else T03). */
export function spendingBaseClaim(src: ClaimSource): Claim | undefined {
  const f = firstFact(src.model, [
    ['T01', '本年支出合计', '金额'],
    ['T03', '合计', '本年支出合计'],
  ]);
  if (!f) return undefined;
  const s = f.sources[0];
  return cellClaim(src, [s.schedule!, s.row!, s.col!], ['本年支出合计', '支出合计'], { prior: fact(src.prior, s.schedule!, s.row!, s.col!) });
}
