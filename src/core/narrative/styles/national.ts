import { CHARTS, FIRST_NINE, LEADS, SENTENCES } from './common';
import { NarrativeStyle } from './style';

/**
 * National style (Shanghai and most provinces, narrative.md §1): 十 预算绩效管理情况, then
 * 十一 其他重要事项; 2 decimals; only income and expenditure items that occur.
 */
export const NATIONAL_STYLE: NarrativeStyle = {
  id: 'national',
  label: '全国',
  percentDecimals: 2,
  listZeroIncomeItems: false,
  listZeroExpenditureItems: false,
  budgetColumns: ['全年预算数', '年初预算数'],
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
