import { ChartKey, LeadSentences, NarrativeStyle, SectionSpec } from './style';

/** Sections 一 … 九, the same in both styles (narrative.md §1). */
export const FIRST_NINE: SectionSpec[] = [
  { id: '一', heading: '一、收入支出决算总体情况说明', parts: ['total'] },
  { id: '二', heading: '二、收入决算情况说明', parts: ['income'] },
  { id: '三', heading: '三、支出决算情况说明', parts: ['expenditure'] },
  { id: '四', heading: '四、财政拨款收入支出决算总体情况说明', parts: ['fiscalTotal'] },
  {
    id: '五',
    heading: '五、一般公共预算财政拨款支出决算情况说明',
    subsections: [
      { id: '五.一', heading: '（一）一般公共预算财政拨款支出决算总体情况', parts: ['gpbOverall'] },
      { id: '五.二', heading: '（二）一般公共预算财政拨款支出决算结构情况', parts: ['gpbStructure'] },
      { id: '五.三', heading: '（三）一般公共预算财政拨款支出决算具体情况', parts: ['gpbDetail'] },
    ],
  },
  { id: '六', heading: '六、一般公共预算财政拨款基本支出决算情况说明', parts: ['basic'] },
  {
    id: '七',
    heading: '七、“三公”经费财政拨款支出决算情况说明',
    subsections: [
      { id: '七.一', heading: '（一）“三公”经费财政拨款支出决算总体情况说明', parts: ['sangongOverall'] },
      { id: '七.二', heading: '（二）“三公”经费财政拨款支出决算具体情况说明', parts: ['sangongDetail'] },
    ],
  },
  { id: '八', heading: '八、政府性基金预算支出决算情况说明', parts: ['fund'] },
  { id: '九', heading: '九、国有资本经营预算支出决算情况说明', parts: ['soe'] },
];

/** Captions of narrative.md §2 and §5. */
export const CHARTS: Record<ChartKey, { id: string; caption: string }> = {
  totals: { id: '图1', caption: '图1：收、支决算总计变动情况图' },
  incomeStructure: { id: '图2', caption: '图2：收入决算结构图' },
  expenditureStructure: { id: '图3', caption: '图3：支出决算结构图' },
  fiscalTotals: { id: '图4', caption: '图4：财政拨款收、支决算总计变动情况图' },
  gpbChange: { id: '图5', caption: '图5：一般公共预算财政拨款支出决算变动情况图' },
  gpbStructure: { id: '图6', caption: '图6：一般公共预算财政拨款支出决算结构图' },
  sangong: { id: '图7', caption: '图7：“三公”经费财政拨款支出决算情况图' },
};

export const SENTENCES: NarrativeStyle['sentences'] = {
  noFund: '{unit}{Y}度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故《政府性基金预算财政拨款收入支出决算表》无数据。',
  noSoe: '{unit}{Y}度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，故《国有资本经营预算财政拨款收入支出决算表》无数据。',
  noSangong: '{unit}{Y}度没有使用一般公共预算财政拨款安排“三公”经费支出。',
  noProcurement: '{unit}{Y}度未发生政府采购支出。',
  newUnit: '{unit}于{Y}新设立，无上年可比数据。',
};

/** The lead sentences both built-in styles share (narrative.md §2). */
export const LEADS: LeadSentences = {
  totalsEqual: '{Y}度{subject}{A}万元。',
  totalsBoth: '{Y}度{subject}各是{A1}、{A2}万元。',
  income: '{Y}本年收入合计{A}万元',
  expenditure: '{Y}本年支出合计{A}万元',
};
