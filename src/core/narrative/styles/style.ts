/**
 * A report style as data (narrative.md §1): the order and headings of sections, which
 * generator fills each, the decimals of percentages, whether zero items are listed, chart
 * captions and the fixed sentences for "no such spending". Adding a province is adding one
 * of these, not code.
 */

/** What a generator writes: one per part of narrative.md §2. */
export type PartKey =
  | 'total'
  | 'income'
  | 'expenditure'
  | 'fiscalTotal'
  | 'gpbOverall'
  | 'gpbStructure'
  | 'gpbDetail'
  | 'basic'
  | 'sangongOverall'
  | 'sangongDetail'
  | 'fund'
  | 'soe'
  | 'runningCost'
  | 'procurement'
  | 'assets'
  | 'performance';

export interface SectionSpec {
  /** Stable id: 一, 五.二 … */
  id: string;
  /** As printed: "一、收入支出决算总体情况说明", "（一）总体情况". */
  heading: string;
  /** Parts whose paragraphs fill this section, in order. */
  parts?: PartKey[];
  subsections?: SectionSpec[];
}

/** The charts of narrative.md §5. */
export type ChartKey = 'totals' | 'incomeStructure' | 'expenditureStructure' | 'fiscalTotals' | 'gpbChange' | 'gpbStructure' | 'sangong';

/**
 * Lead sentences as slot templates: literal text, and {slot}s that the section fills with
 * text or figures ({Y} the year, "2024年"; {A} an amount …). A province whose wording
 * differs gives other templates with the same slots.
 */
export interface LeadSentences {
  /** 一 and 四 when income and expenditure totals are equal: slots {Y} {subject} {A}. */
  totalsEqual: string;
  /** 一 and 四 when they differ: slots {Y} {subject} {A1} (income) {A2} (expenditure). */
  totalsBoth: string;
  /** 二: slots {Y} {A}; the items follow. */
  income: string;
  /** 三: slots {Y} {A}; the items follow. */
  expenditure: string;
}

export interface NarrativeStyle {
  /** Registry id (src/core/templates): sichuan, national … */
  id: string;
  /** Name in settings: 四川, 全国 … */
  label: string;
  /** Default decimals of rates and shares. */
  percentDecimals: number;
  /** 二: list all eight income items, zeros included ("0万元，占0%"). */
  listZeroIncomeItems: boolean;
  /** 三: list 上缴上级支出, 经营支出, 对附属单位补助支出 even when zero. */
  listZeroExpenditureItems: boolean;
  /**
   * 五(三): which T05 budget column the completion rate uses, first present wins (the
   * Supplement's budgets come after both).
   */
  budgetColumns: ('年初预算数' | '全年预算数')[];
  sections: SectionSpec[];
  /** Chart ids and captions; a style without a key draws no such chart. */
  charts: Partial<Record<ChartKey, { id: string; caption: string }>>;
  /**
   * Fixed sentences; {Y} is the year ("2024年"), {unit} the unit name (本部门 when unknown).
   */
  leads: LeadSentences;
  sentences: {
    noFund: string;
    noSoe: string;
    noSangong: string;
    noProcurement: string;
  };
}
