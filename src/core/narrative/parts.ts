import { NarrativeContext } from './context';
import { Paragraph } from './document';
import { totalPart } from './sections/section-01-total';
import { incomePart } from './sections/section-02-income';
import { expenditurePart } from './sections/section-03-expenditure';
import { fiscalTotalPart } from './sections/section-04-fiscal-total';
import { gpbOverallPart, gpbStructurePart } from './sections/section-05-gpb';
import { gpbDetailPart } from './sections/section-05-gpb-detail';
import { basicPart } from './sections/section-06-basic';
import { sangongDetailPart, sangongOverallPart } from './sections/section-07-sangong';
import { fundPart } from './sections/section-08-fund';
import { soePart } from './sections/section-09-soe';
import { assetsPart, performancePart, procurementPart, runningCostPart } from './sections/section-10-other';
import { PartKey } from './styles';

/** A section generator: the paragraphs of one part of narrative.md §2. */
export type PartGenerator = (ctx: NarrativeContext) => Paragraph[];

/** Which generator writes each part a style names. */
export const PART_GENERATORS: Record<PartKey, PartGenerator> = {
  total: totalPart,
  income: incomePart,
  expenditure: expenditurePart,
  fiscalTotal: fiscalTotalPart,
  gpbOverall: gpbOverallPart,
  gpbStructure: gpbStructurePart,
  gpbDetail: gpbDetailPart,
  basic: basicPart,
  sangongOverall: sangongOverallPart,
  sangongDetail: sangongDetailPart,
  fund: fundPart,
  soe: soePart,
  runningCost: runningCostPart,
  procurement: procurementPart,
  assets: assetsPart,
  performance: performancePart,
};
