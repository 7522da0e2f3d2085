import { fact, firstFact } from '../compare/facts';
import { NarrativeContext } from '../narrative/context';
import { SUPPLEMENT_ITEMS } from '../supplement';
import { ClaimSource, cellClaim, claimNames, countClaim, present, subjectClaims } from './claim';
import { Claim } from './types';

/**
 * Claims of sections 八 … 十一: the funds' income and spending with their subject rows,
 * 机关运行经费, and the 补充信息 facts (政府采购, 国有资产, 绩效) named as the sheet names them.
 */

export function fundClaims(src: ClaimSource): Claim[] {
  const name = '政府性基金预算财政拨款';
  return present([
    cellClaim(src, ['T08', '合计', '本年支出合计'], [`${name}支出`, '支出']),
    cellClaim(src, ['T08', '合计', '本年收入'], [`${name}收入`, '收入']),
    ...subjectClaims(src, 'T08', '本年支出合计'),
  ]);
}

export function soeClaims(src: ClaimSource): Claim[] {
  const name = '国有资本经营预算财政拨款';
  const sichuan = src.model.schedules.has('T09E');
  return present([
    sichuan ? cellClaim(src, ['T09E', '合计', '合计'], [`${name}支出`, '支出']) : cellClaim(src, ['T09', '合计', '本年支出合计'], [`${name}支出`, '支出']),
    cellClaim(src, ['T09', '合计', '本年收入'], [`${name}收入`, '收入']),
    ...(sichuan ? subjectClaims(src, 'T09E', '合计') : subjectClaims(src, 'T09', '本年支出合计')),
  ]);
}

export function runningCostClaims(ctx: NarrativeContext): Claim[] {
  const prior = fact(ctx.prior, 'T06', '公用经费合计', '决算数');
  const typed = ctx.supplementAmount('机关运行经费');
  if (typed) {
    return [{ id: '补充信息:机关运行经费', names: claimNames(['机关运行经费支出', '机关运行经费']), label: '补充信息 机关运行经费', kind: 'amount', fact: typed, ...(prior ? { prior } : {}) }];
  }
  return present([cellClaim(ctx, ['T06', '公用经费合计', '决算数'], ['机关运行经费支出', '机关运行经费'])]);
}

/** Shorter words a report uses for 补充信息 items ("货物支出" for 政府采购货物支出). */
const SHORT: Record<string, string[]> = {
  政府采购支出总额: ['政府采购支出'],
  政府采购货物支出: ['货物支出', '货物'],
  政府采购工程支出: ['工程支出', '工程'],
  政府采购服务支出: ['服务支出', '服务'],
  授予中小企业合同金额: ['中小企业合同金额', '中小企业'],
  授予小微企业合同金额: ['小微企业合同金额', '小微企业'],
  车辆总数: ['共有车辆', '车辆'],
  单价50万元以上通用设备: ['通用设备'],
  单价100万元以上专用设备: ['专用设备'],
  绩效目标管理项目数: ['绩效目标管理', '目标管理'],
  绩效运行监控项目数: ['绩效运行监控', '运行监控'],
  绩效自评项目数: ['绩效自评', '自评'],
  绩效目标管理资金: ['绩效目标管理', '目标管理'],
  绩效自评资金: ['绩效自评', '自评'],
};

/** Claims on the 补充信息 items of one group (政府采购, 国有资产, 预算绩效管理). */
export function supplementClaims(ctx: NarrativeContext, group: string): Claim[] {
  return present(
    SUPPLEMENT_ITEMS.filter((i) => i.group === group).map((i) => {
      const names = [i.name, ...(SHORT[i.name] ?? [])];
      if (i.unit !== '万元') return countClaim(`补充信息:${i.name}`, names, i.unit, ctx.supplementCount(i.name));
      const f = ctx.supplementAmount(i.name);
      return f ? { id: `补充信息:${i.name}`, names: claimNames(names), label: `补充信息 ${i.name}`, kind: 'amount', fact: f } : undefined;
    }),
  );
}

/** A fund's spending total (T08 / T09E / T09), for the empty-schedule check. */
export function fundSpending(src: ClaimSource, which: 'fund' | 'soe') {
  return which === 'fund'
    ? firstFact(src.model, [['T08', '合计', '本年支出合计']])
    : firstFact(src.model, [
        ['T09E', '合计', '合计'],
        ['T09', '合计', '本年支出合计'],
      ]);
}
