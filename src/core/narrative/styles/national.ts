import { CHARTS, FIRST_NINE, LEADS, SENTENCES } from './common';
import { NarrativeStyle } from './style';

/**
 * National style (Shanghai and most provinces, narrative.md §1): 十 预算绩效管理情况, then
 * 十一 其他重要事项; 2 decimals; only income and expenditure items that occur; budgets stated
 * as 年初预算 (全年预算 where the 年初 figure is 0) with 完成年初预算的{p}% (issue 10.3).
 */
export const NATIONAL_STYLE: NarrativeStyle = {
  id: 'national',
  label: '全国',
  percentDecimals: 2,
  listZeroIncomeItems: false,
  listZeroExpenditureItems: false,
  budgetColumns: ['年初预算数', '全年预算数'],
  fullBudgetWhenInitialZero: true,
  budgetWording: {
    gpbLead: '{Y}度一般公共预算财政拨款支出{basis}为{B}万元，支出决算为{A}万元，完成{basis}的{p}%',
    gpbLeadNoRate: '{Y}度一般公共预算财政拨款支出{basis}为{B}万元，支出决算为{A}万元',
    gpbLeadNoBudget: '{Y}度一般公共预算财政拨款支出决算为{A}万元，{B}',
    item: '{n}.{path}。{basis}为{b}万元，支出决算为{a}万元，完成{basis}的{q}%',
    itemNoRate: '{n}.{path}。{basis}为{b}万元，支出决算为{a}万元',
    itemNoBudget: '{n}.{path}。支出决算为{a}万元，{b}',
    over: '，决算数大于{basis}数的主要原因是{reason}',
    under: '，决算数小于{basis}数的主要原因是{reason}',
    equal: '，决算数与{basis}数持平',
    sangongLead: '{Y}度“三公”经费财政拨款支出{basis}为{B}万元，支出决算为{A}万元，完成{basis}的{p}%',
    sangongLeadNoRate: '{Y}度“三公”经费财政拨款支出{basis}为{B}万元，支出决算为{A}万元',
    sangongLeadNoBudget: '{Y}度“三公”经费财政拨款支出决算为{A}万元',
    sangongItem: {
      rate: '{name}{basis}为{b}万元，支出决算为{a}万元，完成{basis}的{q}%',
      noRate: '{name}{basis}为{b}万元，支出决算为{a}万元',
    },
  },
  sections: [
    ...FIRST_NINE,
    { id: '十', heading: '十、预算绩效管理情况', parts: ['performance'] },
    {
      id: '十一',
      heading: '十一、其他重要事项',
      subsections: [
        { id: '十一.一', heading: '（一）机关运行经费支出情况', parts: ['runningCost'] },
        { id: '十一.二', heading: '（二）政府采购支出情况', parts: ['procurement'] },
        { id: '十一.三', heading: '（三）国有资产占用使用情况', parts: ['assets'] },
      ],
    },
  ],
  charts: CHARTS,
  leads: LEADS,
  sentences: SENTENCES,
};
