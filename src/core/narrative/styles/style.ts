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

/**
 * Sentence templates of budget completion (narrative.md §2 五(三), 七). Slots: {Y} the year
 * ("2024年"); {A} / {a} the 决算 amount; {B} / {b} the budget amount (or, in the NoBudget forms,
 * the placeholder asking for it); {p} / {q} the completion rate; {basis} what the budget is
 * (年初预算, 全年预算, 预算); {n} the item's number; {path} "{类}（类）{款}（款）{项}（项）";
 * {name} a 三公 item; {reason} the reason (typed or a placeholder).
 */
export interface BudgetWording {
  /** 五(三) lead with a rate, with a zero budget (no rate), without any budget figure. */
  gpbLead: string;
  gpbLeadNoRate: string;
  gpbLeadNoBudget: string;
  /** 五(三) one 项, the same three forms. */
  item: string;
  itemNoRate: string;
  itemNoBudget: string;
  /** After an item whose 决算 differs from / equals its budget. */
  over: string;
  under: string;
  equal: string;
  /** 七(一) lead, the same three forms. */
  sangongLead: string;
  sangongLeadNoRate: string;
  sangongLeadNoBudget: string;
  /**
   * 七(一) each of the three items with its budget, 决算 and rate (no rate when the budget is 0),
   * joined by "；" after "其中："; absent: the items are not listed in 七(一).
   */
  sangongItem?: { rate: string; noRate: string };
}

export interface NarrativeStyle {
  /** Registry id (src/core/templates): sichuan, national … */
  id: string;
  /** Name in settings: 四川, 全国 … */
  label: string;
  /** Default decimals of rates and shares. */
  percentDecimals: number;
  /** 二: list all eight income items, zeros included ("0.00万元，占0%"); NarrativeOptions.listZeroItems overrides. */
  listZeroIncomeItems: boolean;
  /** 三: list 上缴上级支出, 经营支出, 对附属单位补助支出 even when zero. */
  listZeroExpenditureItems: boolean;
  /**
   * 五(三): which T05 budget column the completion rate uses, first present wins (the
   * Supplement's budgets come after both).
   */
  budgetColumns: ('年初预算数' | '全年预算数')[];
  /**
   * A line whose 年初预算数 is 0 while its 全年预算数 is not (a unit set up during the year) is
   * stated and computed against 全年预算 (national wording); otherwise the zero 年初预算 is stated.
   */
  fullBudgetWhenInitialZero: boolean;
  /** Sentences of 五(三) and 七(一) that state a budget and its completion. */
  budgetWording: BudgetWording;
  sections: SectionSpec[];
  /** Chart ids and captions; a style without a key draws no such chart. */
  charts: Partial<Record<ChartKey, { id: string; caption: string }>>;
  /** The lead sentences of 一 … 四 as slot templates. */
  leads: LeadSentences;
  /**
   * Fixed sentences; {Y} is the year ("2024年"), {unit} the unit name (本部门 when unknown).
   */
  sentences: {
    noFund: string;
    noSoe: string;
    noSangong: string;
    noProcurement: string;
    /** In place of every comparison with last year, for a unit set up this year. */
    newUnit: string;
  };
}
