import { NarrativeContext } from '../narrative/context';
import { PartKey } from '../narrative/styles';
import { gpbDetailClaims, gpbOverallClaims, gpbStructureClaims, basicClaims } from './claims-gpb';
import { fundClaims, runningCostClaims, soeClaims, supplementClaims } from './claims-other';
import { sangongClaims } from './claims-sangong';
import { expenditureClaims, fiscalTotalClaims, incomeClaims, totalClaims } from './claims-summary';
import { Claim } from './types';

/**
 * The figures each part of the report may claim (the narrative's parts, so a style's
 * section list decides where a sentence looks). Built once per workbook.
 */
const BUILDERS: Record<PartKey, (ctx: NarrativeContext) => Claim[]> = {
  total: totalClaims,
  income: incomeClaims,
  expenditure: expenditureClaims,
  fiscalTotal: fiscalTotalClaims,
  gpbOverall: gpbOverallClaims,
  gpbStructure: gpbStructureClaims,
  gpbDetail: gpbDetailClaims,
  basic: basicClaims,
  sangongOverall: sangongClaims,
  sangongDetail: sangongClaims,
  fund: fundClaims,
  soe: soeClaims,
  runningCost: runningCostClaims,
  procurement: (ctx) => supplementClaims(ctx, '政府采购'),
  assets: (ctx) => supplementClaims(ctx, '国有资产'),
  performance: (ctx) => supplementClaims(ctx, '预算绩效管理'),
};

/** Claims by part. */
export function buildCatalogue(ctx: NarrativeContext): Map<PartKey, Claim[]> {
  const out = new Map<PartKey, Claim[]>();
  for (const [key, build] of Object.entries(BUILDERS) as [PartKey, (c: NarrativeContext) => Claim[]][]) out.set(key, build(ctx));
  return out;
}
