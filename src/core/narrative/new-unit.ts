import { fact } from '../compare/facts';
import { WorkbookModel } from '../schedules/model';
import { Supplement } from '../supplement';

/** The 补充信息 row that marks a unit set up this year: 新设单位 | 是. */
export const NEW_UNIT_ITEM = '新设单位';

const YES = /^(?:是|Y|YES|TRUE|1|√)$/i;

/** Last year's headline totals, all present and all 0: a unit without a real last year. */
function priorAllZero(prior: WorkbookModel): boolean {
  const totals = [fact(prior, 'T01', '收入总计', '金额'), fact(prior, 'T01', '支出总计', '金额'), fact(prior, 'T04', '收入总计', '金额')].filter((f) => f !== undefined);
  return totals.length > 0 && totals.every((f) => f.value === 0);
}

/**
 * A unit set up this year (issue 10.5, narrative.md §3): 补充信息 says 新设单位 = 是, or last
 * year's workbook has its totals all at 0. Such a unit gets no comparison with last year.
 * @example isNewUnit(undefined, supplement) // true when 补充信息 has 新设单位 | 是
 */
export function isNewUnit(prior: WorkbookModel | undefined, supplement: Supplement | undefined): boolean {
  const flag = supplement?.facts.get(NEW_UNIT_ITEM)?.text.trim();
  if (flag !== undefined && YES.test(flag)) return true;
  return prior !== undefined && priorAllZero(prior);
}
