import { NarrativeContext } from '../context';
import { Paragraph } from '../document';
import { namedRows, subjectNamed } from '../lines';
import { TotalsSpec, totalsParagraph } from './section-01-total';

const FUNDS = ['一般公共预算财政拨款', '政府性基金预算财政拨款', '国有资本经营预算财政拨款'];

const T04_TOTALS: TotalsSpec = {
  schedule: 'T04',
  income: ['收入总计', '金额'],
  expenditure: ['支出总计', '合计'],
  key: '财政拨款收支总计',
  subject: '收、支总计',
  incomeName: '收入总计',
  expenditureName: '支出总计',
  chart: 'fiscalTotals',
  lines: [
    (m) =>
      namedRows(m, 'T04', '金额', [
        ...FUNDS.map((f): [string, string] => [f, `${f}收入`]),
        ['年初财政拨款结转和结余', '年初财政拨款结转和结余'],
      ]),
    (m) => [...subjectNamed(m, 'T04', '合计', 1), ...namedRows(m, 'T04', '合计', [['年末财政拨款结转和结余', '年末财政拨款结转和结余']])],
  ],
};

/**
 * 四 财政拨款收入支出决算总体情况说明: "{Y}度财政拨款收、支总计{A}万元。与{Y-1}年相比，财政拨款收、支
 * 总计各增加Δ万元，增长p%。主要变动原因是{reason}。" (图4).
 */
export function fiscalTotalPart(ctx: NarrativeContext): Paragraph[] {
  return [totalsParagraph(ctx, T04_TOTALS, '财政拨款')];
}
