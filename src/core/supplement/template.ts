import { BUDGET_PREFIX, REASON_PREFIX, SUPPLEMENT_ITEMS } from './items';

/**
 * Rows of an empty 补充信息 sheet: the header 项目 | 内容, then every item a user may fill,
 * grouped under 【…】 heading rows (which the reader ignores because they have no content),
 * each with its unit in brackets. The host writes it as a sheet named 补充信息.
 * @example supplementTemplate()[0] // ['项目', '内容']
 */
export function supplementTemplate(): (string | null)[][] {
  const rows: (string | null)[][] = [['项目', '内容']];
  let group = '';
  for (const item of SUPPLEMENT_ITEMS) {
    if (item.group !== group) {
      group = item.group;
      rows.push([`【${group}】`, null]);
    }
    rows.push([`${item.name}（${item.unit}）`, null]);
  }
  rows.push([`【预算数：表六（一般公共预算财政拨款支出决算表）没有预算数列时填写，每个项一行，项目写“${BUDGET_PREFIX}科目编码”，单位万元】`, null]);
  rows.push([`${BUDGET_PREFIX}合计（万元）`, null]);
  rows.push([`【原因：项目写“${REASON_PREFIX}”加待填事项编号，如“${REASON_PREFIX}reason:收支总计”，内容写原因；编号见说明末尾的待填事项】`, null]);
  rows.push([`${REASON_PREFIX}reason:收支总计`, null]);
  return rows;
}
