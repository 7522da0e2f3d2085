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

export interface NarrativeStyle {
  id: 'sichuan' | 'national';
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
  sentences: {
    noFund: string;
    noSoe: string;
    noSangong: string;
    noProcurement: string;
  };
}
