/**
 * Titles, table codes and footnotes of each schedule as the templates print them.
 */
import { ScheduleId } from '../../src/core/schedules/model';
import { FOOTNOTES, printedTitle } from '../../src/core/templates/blank/titles';

/** The title a template prints for a schedule (the blank workbook's table, src/core/templates/blank). */
export const scheduleTitle = printedTitle;
export { FOOTNOTES };

/** The sentence an empty fund table carries. */
export function emptyStatement(id: ScheduleId, unitName: string, year: number): string | undefined {
  if (id === 'T09' || id === 'T09E') {
    return `注：${unitName}${year}年度没有国有资本经营预算财政拨款收入，也没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。`;
  }
  if (id === 'T08') return `注：${unitName}${year}年度没有政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出，故本表无数据。`;
  return undefined;
}

/** 财决 code of a national schedule (财决01表 …), for reporting-software exports. */
export function exportCode(id: ScheduleId): string | undefined {
  const m = /^T0(\d)$/.exec(id);
  return m ? `财决0${m[1]}表` : undefined;
}

/** A valid Excel sheet name: no []:*?/\ and quotes, at most 31 characters. */
export function sheetName(text: string): string {
  return text.replace(/[[\]:*?/\\“”"「」]/g, '').slice(0, 31);
}
