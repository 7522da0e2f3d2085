import { Fen } from '../grid/units';
import { Percent, ratioPercent } from './format';

/** The direction of a change, with its words (narrative.md §3). */
export type Direction = 'up' | 'down' | 'flat';

export interface YearOnYear {
  current: Fen;
  prior: Fen;
  /** current − prior, exact, in 分. */
  difference: Fen;
  direction: Direction;
  /** 增加 / 减少 / 持平: the word before an amount. */
  amountWord: '增加' | '减少' | '持平';
  /** 增长 / 下降 before a rate; undefined when 持平. */
  rateWord?: '增长' | '下降';
  /**
   * (current − prior) / prior at the requested decimals; undefined when 持平 or when the
   * prior year had nothing (上年无此项) or a negative base, where a rate would mislead.
   */
  rate?: Percent;
  /** Last year's figure was 0: say 上年无此项, give no rate. */
  priorZero: boolean;
}

/**
 * Compare this year's figure with last year's. The words follow the sign of the exact
 * difference; a zero base gives no rate (never "增长100%").
 * @example compareYears(120_000_000, 100_000_000, 0).rate?.scaled === 20
 */
export function compareYears(current: Fen, prior: Fen, decimals: number): YearOnYear {
  const difference = current - prior;
  const direction: Direction = difference > 0 ? 'up' : difference < 0 ? 'down' : 'flat';
  const out: YearOnYear = {
    current,
    prior,
    difference,
    direction,
    amountWord: direction === 'up' ? '增加' : direction === 'down' ? '减少' : '持平',
    priorZero: prior === 0,
  };
  if (direction === 'flat') return out;
  out.rateWord = direction === 'up' ? '增长' : '下降';
  if (prior > 0) out.rate = ratioPercent(difference, prior, decimals);
  return out;
}
