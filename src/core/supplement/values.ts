import { Unit, isSafeFen, toFen } from '../grid/units';
import { Finding } from '../rules/finding';
import { SupplementItemDef } from './items';
import type { Supplement } from './read';

/**
 * What a number typed in 补充信息 must be before the report may state it: never negative,
 * a whole number for counts (辆, 个, 人次 …), and an amount within the range a figure can
 * hold (MAX_FIGURE_FEN). The pane's form and the sheet reader use the same rules.
 */

/**
 * Why `n` cannot be the value of `item`, as a phrase to follow the item's name ("不能为负数"),
 * or undefined when it can.
 * @example numberProblem({ name: '车辆总数', unit: '辆', group: '国有资产' }, 1.5) === '应为整数（单位：辆）'
 */
export function numberProblem(item: SupplementItemDef, n: number): string | undefined {
  if (!Number.isFinite(n) || !isSafeFen(toFen(n, '万元'))) return '数值过大，超出可核对的范围';
  if (n < 0) return '不能为负数';
  if (item.unit !== '万元' && !Number.isInteger(n)) return `应为整数（单位：${item.unit}）`;
  return undefined;
}

/** The phrase for an item whose content is not a number at all. */
export function notANumberProblem(item: SupplementItemDef): string {
  return `应填写数字（单位：${item.unit}）`;
}

/**
 * The rows of 补充信息 whose content the report cannot use, as warnings at their cells, so
 * the check shows them where the user can correct them (the report asks for the item).
 * @example supplementFindings(readSupplement(sheets), '万元')
 */
export function supplementFindings(supplement: Supplement | undefined, unit: Unit): Finding[] {
  return (supplement?.problems ?? []).map((e) => ({
    rule: SUPPLEMENT_VALUE_RULE,
    severity: 'warning',
    outcome: 'fail',
    message: `补充信息表中“${e.item}”填写的“${e.text}”${e.problem}，说明中不采用该数，请更正`,
    unit,
    cells: [e.ref],
  }));
}

/** The rule id of supplementFindings. */
export const SUPPLEMENT_VALUE_RULE = 'supplement-value';
