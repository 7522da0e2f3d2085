import { CHARTS, FIRST_NINE, LEADS, SENTENCES } from './common';
import { NarrativeStyle } from './style';

/** Sichuan style (narrative.md §1): 十 其他重要事项 with four parts; 0 decimals; all income items. */
export const SICHUAN_STYLE: NarrativeStyle = {
  id: 'sichuan',
  label: '四川',
  percentDecimals: 0,
  listZeroIncomeItems: true,
  listZeroExpenditureItems: true,
  budgetColumns: ['年初预算数', '全年预算数'],
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
