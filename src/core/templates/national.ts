import common from '../rules/packs/common.json';
import common2020 from '../rules/packs/common-2020.json';
import national from '../rules/packs/national.json';
import { NATIONAL_STYLE } from '../narrative/styles/national';
import { ScheduleDef, scheduleDef } from '../schedules/catalogue/schedules';
import { TemplateEntry, TemplateSet } from './template-set';

const entry = (id: TemplateEntry['id'], number: string, mandatory = true): TemplateEntry => ({ id, number, mandatory });

/**
 * The national 公开09表 titled …支出决算表 is read as T09, but it shows only the 本年支出 columns
 * (合计 | 基本支出 | 项目支出): its carry-over columns become optional.
 */
const NATIONAL_T09_EXPENDITURE: ScheduleDef = (() => {
  const t09 = scheduleDef('T09');
  const spent = new Set(['本年支出合计', '基本支出', '项目支出']);
  return { ...t09, columns: t09.columns.map((c) => (spent.has(c.key) ? c : { ...c, optional: true })) };
})();

/** The national nine-table set (公开01表 … 公开09表): what is left when no other set's cues are found. */
export const NATIONAL_SET: TemplateSet = {
  id: 'national',
  name: '全国通用九表',
  priority: 0,
  detect: () => true,
  schedules: [
    entry('T01', '公开01表'),
    entry('T02', '公开02表'),
    entry('T03', '公开03表'),
    entry('T04', '公开04表'),
    entry('T05', '公开05表'),
    entry('T06', '公开06表'),
    entry('T07', '公开07表'),
    entry('T08', '公开08表', false),
    entry('T09', '公开09表', false),
  ],
  packs: [
    { file: 'common.json', json: common },
    { file: 'common-2020.json', json: common2020, years: { from: 2020 } },
    { file: 'national.json', json: national },
  ],
  style: NATIONAL_STYLE.id,
  // 国有资本经营预算财政拨款支出决算表 is T09 here and T09E in the Sichuan sets.
  resolveDef: (def) => (def.id === 'T09E' ? NATIONAL_T09_EXPENDITURE : def),
};
