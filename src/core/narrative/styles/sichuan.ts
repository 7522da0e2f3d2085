import { CHARTS, FIRST_NINE, LEADS, SENTENCES } from './common';
import { NarrativeStyle } from './style';

/** Sichuan style (narrative.md §1): 十 其他重要事项 with four parts; 0 decimals; zero items left out, as the seed report does. */
export const SICHUAN_STYLE: NarrativeStyle = {
  id: 'sichuan',
  label: '四川',
  percentDecimals: 0,
  listZeroIncomeItems: false,
  listZeroExpenditureItems: false,
  budgetColumns: ['年初预算数', '全年预算数'],
  fullBudgetWhenInitialZero: false,
  budgetWording: {
    gpbLead: '{Y}一般公共预算财政拨款支出决算数为{A}万元，完成预算{p}%',
    gpbLeadNoRate: '{Y}一般公共预算财政拨款支出决算数为{A}万元，{basis}为{B}万元',
    gpbLeadNoBudget: '{Y}一般公共预算财政拨款支出决算数为{A}万元，{B}',
    item: '{n}.{path}：支出决算为{a}万元，完成预算{q}%',
    itemNoRate: '{n}.{path}：支出决算为{a}万元，{basis}为{b}万元',
    itemNoBudget: '{n}.{path}：支出决算为{a}万元，{b}',
    over: '，决算数大于预算数的主要原因是{reason}',
    under: '，决算数小于预算数的主要原因是{reason}',
    equal: '',
    sangongLead: '{Y}度“三公”经费财政拨款支出决算为{A}万元，完成预算{p}%',
    sangongLeadNoRate: '{Y}度“三公”经费财政拨款支出决算为{A}万元，预算为{B}万元',
    sangongLeadNoBudget: '{Y}度“三公”经费财政拨款支出决算为{A}万元',
  },
  sections: [
    ...FIRST_NINE,
    {
      id: '十',
      heading: '十、其他重要事项的情况说明',
      subsections: [
        { id: '十.一', heading: '（一）机关运行经费支出情况', parts: ['runningCost'] },
        { id: '十.二', heading: '（二）政府采购支出情况', parts: ['procurement'] },
        { id: '十.三', heading: '（三）国有资产占有使用情况', parts: ['assets'] },
        { id: '十.四', heading: '（四）预算绩效管理情况', parts: ['performance'] },
      ],
    },
  ],
  charts: CHARTS,
  leads: LEADS,
  sentences: SENTENCES,
};
