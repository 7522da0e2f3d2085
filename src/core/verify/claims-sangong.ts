import { Fact, statFact } from '../compare/facts';
import { NarrativeContext } from '../narrative/context';
import { asShares, cellClaim, countClaim, present, rowAliases, statAliases } from './claim';
import { Claim } from './types';

/**
 * Claims of section 七: T07's items (named as the schedule catalogue names them) with their
 * budgets, the three items' shares of the total, and the counts (团组, 人次, 车辆, 批次) from
 * T07's statistics or the 补充信息 sheet.
 */

const ITEMS = ['因公出国（境）费', '公务用车购置及运行维护费', '公务接待费'];
const PARTS = ['公务用车购置费', '公务用车运行维护费', '国内接待费', '外事接待费'];

/** Words written before each count, and its unit (narrative section 七(二)). */
const COUNTS: [key: string, words: string[], unit: string][] = [
  ['因公出国团组数', ['团组'], '个'],
  ['因公出国人次', ['团组', '出国'], '人次'],
  ['公务用车购置数', ['购置车辆', '购置'], '辆'],
  ['公务用车保有量', ['保有量'], '辆'],
  ['国内公务接待批次', ['国内公务接待', '公务接待', '接待'], '批次'],
  ['国内公务接待人次', ['国内公务接待', '公务接待', '接待'], '人次'],
  ['外事接待批次', ['外事接待'], '批次'],
  ['外事接待人次', ['外事接待'], '人次'],
];

function line(ctx: NarrativeContext, row: string, names: string[]): Claim | undefined {
  const budget = cellClaim(ctx, ['T07', row, '预算数'], [])?.fact;
  return cellClaim(ctx, ['T07', row, '决算数'], [...rowAliases('T07', row), ...names], budget ? { budget } : {});
}

/** The count of `key`: T07's statistic, else the 补充信息 item. */
export function sangongCount(ctx: NarrativeContext, key: string): Fact | undefined {
  return statFact(ctx.model, 'T07', key) ?? ctx.supplementCount(key);
}

export function sangongClaims(ctx: NarrativeContext): Claim[] {
  const total = line(ctx, '合计', ['三公经费财政拨款支出', '三公经费支出', '三公经费']);
  const items = asShares(
    ITEMS.map((row) => line(ctx, row, [])),
    total?.fact,
  );
  const counts = COUNTS.map(([key, words, unit]) => countClaim(key, [...words, ...statAliases('T07', key)], unit, sangongCount(ctx, key)));
  return present([total, ...items, ...PARTS.map((row) => line(ctx, row, [])), ...counts]);
}

/** The count keys the report must state when their item was spent (issue 13, item 2). */
export const REQUIRED_COUNTS: [item: string, keys: string[]][] = [
  ['因公出国（境）费', ['因公出国团组数', '因公出国人次']],
  ['公务用车购置费', ['公务用车购置数']],
  ['公务用车运行维护费', ['公务用车保有量']],
  ['公务接待费', ['国内公务接待批次', '国内公务接待人次']],
];
