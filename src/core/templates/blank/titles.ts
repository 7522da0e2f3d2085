import type { ScheduleId, TemplateId } from '../../schedules/model';

/** Each schedule's title as the templates print it (the catalogue keeps them normalised, without quotes). */
const TITLES: Record<ScheduleId, string> = {
  T01: '收入支出决算总表',
  T02: '收入决算表',
  T03: '支出决算表',
  T04: '财政拨款收入支出决算总表',
  T05: '一般公共预算财政拨款支出决算表',
  T06: '一般公共预算财政拨款基本支出决算表',
  T07: '一般公共预算财政拨款“三公”经费支出决算表',
  T08: '政府性基金预算财政拨款收入支出决算表',
  T09: '国有资本经营预算财政拨款收入支出决算表',
  T05D: '财政拨款支出决算明细表',
  T05DG: '一般公共预算财政拨款支出决算明细表',
  T05P: '一般公共预算财政拨款项目支出决算表',
  T08S: '政府性基金预算财政拨款“三公”经费支出决算表',
  T09E: '国有资本经营预算财政拨款支出决算表',
};

/**
 * The title template `template` prints for schedule `id`.
 * @example printedTitle('T07', 'sichuan2023') === '财政拨款“三公”经费支出决算表'
 */
export function printedTitle(id: ScheduleId, template: TemplateId): string {
  // The national 公开09表 is the 支出 table; Sichuan 2023 merges both 三公 tables into one.
  if (id === 'T09' && template === 'national') return '国有资本经营预算财政拨款支出决算表';
  if (id === 'T07' && template === 'sichuan2023') return '财政拨款“三公”经费支出决算表';
  return TITLES[id];
}

/** The footnote (注：…) each schedule carries under its table. */
export const FOOTNOTES: Partial<Record<ScheduleId, string>> = {
  T01: '注：本表反映部门本年度的总收支和年末结转结余情况。',
  T02: '注：本表反映部门本年度取得的各项收入情况。',
  T03: '注：本表反映部门本年度各项支出情况。',
  T04: '注：本表反映部门本年度一般公共预算财政拨款、政府性基金预算财政拨款和国有资本经营预算财政拨款的总收支和年末结转结余情况。',
  T05: '注：本表反映部门本年度一般公共预算财政拨款实际支出情况。',
  T06: '注：本表反映部门本年度一般公共预算财政拨款基本支出明细情况。',
  T07: '注：本表反映部门本年度“三公”经费支出预决算情况。其中，预算数为“三公”经费全年预算数，反映按规定程序调整后的预算数；决算数是包括当年一般公共预算财政拨款和以前年度结转资金安排的实际支出。',
  T08: '注：本表反映部门本年度政府性基金预算财政拨款收入、支出及结转和结余情况。',
  T05D: '注：本表反映部门本年度财政拨款支出按功能分类和经济分类的明细情况。',
  T05DG: '注：本表反映部门本年度一般公共预算财政拨款支出按功能分类和经济分类的明细情况。',
  T05P: '注：本表反映部门本年度一般公共预算财政拨款项目支出明细情况。',
  T08S: '注：本表反映部门本年度政府性基金预算财政拨款“三公”经费支出预决算情况。',
};
